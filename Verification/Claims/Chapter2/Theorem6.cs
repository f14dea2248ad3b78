using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Theorem 6 (Lueker): there is a universal C such that n ≥ C log(1/ε) uniform samples ε-cover [−1, 1] with
/// probability ≥ 1 − ε; checked by estimating C.</summary>
[Statement(6, "Theorem 6", "Problem 4")]
public static class Theorem6
{
    /// <summary>ε across (0, 1/3), dense enough to find where n*(ε)/log(1/ε) peaks.</summary>
    public static IReadOnlyList<double> EpsGrid { get; } = [0.33, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.03, 0.01, 0.003, 0.001];

    /// <summary>The ε-paths of Unif([−1, 1]) streams on [−1, 1], exact for ε ∈ (0, 1/3): N = 2.5 × the budget's trials
    /// (10⁵ at the default budget).</summary>
    public static PathExperiment Paths { get; } = new(Claim.StreamOf("Theorem 6", Claim.AsPrinted).Child("paths"),
        (seed, epsMin) => CoveringRadius.OfUniformStream(seed, epsMin, 1.0 / 3), 1.0 / 3, 2.5);

    /// <summary>The grid experiment: T_ε sampled at fixed ε (estimate-c and §4.1 run it).</summary>
    public static ConstantExperiment Grid { get; } = new(Claim.StreamOf("Theorem 6", Claim.AsPrinted), "log(1/ε)", 1,
        eps => [.. (eps ?? EpsGrid).Select(e => new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e), seed => StoppingTime.OfUniformStream(seed, e)))]);

    /// <summary>The constant claim: the smallest C under the statement's quantifiers, from ε-paths (no ε grid).</summary>
    public static Claim Constant { get; } = Define.PathConstant("Theorem 6",
        "There is a universal C such that n ≥ C log(1/ε) gives, with probability ≥ 1 − ε, every z ∈ [−1, 1] ε-approximable (ε ∈ (0, 1/3)).",
        "ε-paths r_n of N Unif([−1, 1]) streams (T_ε ≤ n ⟺ r_n ≤ ε); the jumps ε_n of n*(ε) = min{n : Pr(T_ε ≤ n) ≥ 1 − ε} with "
        + "binomial intervals (Bonferroni over the jumps); the smallest C = sup_ε (n*(ε) − 1)/ln(1/ε) over the ε the streams reach",
        Paths, 1, "smallest C", Grid);
    /// <summary>Importance-sampled Unif([−1, 1]) streams on [−1, 1] (<see cref="RareTail"/>): n*(ε) below plain Monte
    /// Carlo's reach, to 10⁻⁶ at the default and thorough budgets (10⁻³ at the quick one).</summary>
    public static RareExperiment Rare { get; } = new(Claim.StreamOf("Theorem 6", Claim.AsPrinted).Child("rare"), SymmetricLaw.Uniform, 1, 1.0 / 3);

    /// <summary>Lueker's 2(1 + log e), read with ln and with log₂, as asymptotic constants to compare the ratio with.</summary>
    public static IReadOnlyList<(string Name, double Value)> Lueker { get; } =
        [("2(1 + ln e)", CoverageConstants.LuekerNaturalLog), ("2(1 + log₂ e)", CoverageConstants.LuekerBinaryLog)];

    /// <summary>The ratio (n*(ε) − 1)/ln(1/ε) at small ε, beside Lueker's asymptotic constants: estimated, never holds.</summary>
    public static Claim SmallEps { get; } = Define.RareRatio("Theorem 6",
        "There is a universal C such that n ≥ C log(1/ε) gives, with probability ≥ 1 − ε, every z ∈ [−1, 1] ε-approximable: the ratio (n*(ε) − 1)/ln(1/ε) as ε becomes small.",
        "Pr(T_ε > n) = Pr(r_n > ε) for every n and ε at once by mixture importance sampling on the law of the samples (one sign made rarer and its magnitudes "
        + "smaller, the likelihood ratio as weight: unbiased by construction); the jumps ε_n of n*(ε) where Pr(r_n > ε) = ε with normal intervals "
        + "(Bonferroni over the jumps); the ratio n/ln(1/ε_n) that (n*(ε) − 1)/ln(1/ε) approaches at each jump, down to the ε reached",
        Rare, Lueker, Variant.Intended, "small ε by rare-event simulation",
        ClaimTarget.Reading("Theorem 6's constant at small ε: (n*(ε) − 1)/ln(1/ε) below plain Monte Carlo's reach, and whether it settles, beside Lueker's asymptotic 2(1 + log e)"));

    public static IReadOnlyList<Claim> Claims => [Constant, SmallEps];
}
