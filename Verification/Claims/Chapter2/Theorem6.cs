using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Theorem 6 (Lueker): there is a universal C such that n ≥ C log(1/ε) uniform samples ε-cover [−1, 1] with
/// probability ≥ 1 − ε; checked by estimating C.</summary>
[Statement(6, "Theorem 6", "Problem 4")]
public static class Theorem6
{
    /// <summary>ε across (0, 1/3), dense enough to find where n*(ε)/log(1/ε) peaks.</summary>
    public static IReadOnlyList<double> EpsGrid { get; } = [0.33, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.03, 0.01, 0.003, 0.001];

    /// <summary>The constant claim (its experiment also serves §4.1 and estimate-c).</summary>
    public static Claim Constant { get; } = Define.Constant("Theorem 6",
        "There is a universal C such that n ≥ C log(1/ε) gives, with probability ≥ 1 − ε, every z ∈ [−1, 1] ε-approximable (ε ∈ (0, 1/3)).",
        "T_ε sampled per ε; n*(ε), the (1 − ε)-quantile of T_ε, bounded by order statistics; C = max_ε n*(ε)/log(1/ε)",
        "log(1/ε)", 1,
        eps => [.. (eps ?? EpsGrid).Select(e => new Experiments.ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e), seed => StoppingTime.OfUniformStream(seed, e)))],
        "estimated C");

    public static IReadOnlyList<Claim> Claims => [Constant];
}
