using FsCheck;
using Rssp.Theory.Tensors;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Remark 29: a bias is one more term of the RSS problem — K ∗ X + b equals K′ ∗ X′ where X′ has an extra
/// channel of ones and K′ holds b at tap (1, 1) of that channel: d²c + 1 terms instead of d²c.</summary>
[Statement(29, "Remark 29")]
public static class Remark29
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Remark 29",
            "With biases the proof still works, giving an equivalent RSS problem where d_i² terms become d_i² + 1 terms: K ∗ X + b = K′ ∗ X′ with X′ = [X, 1] and K′ = [K, b at tap (1, 1)], and K′ has d²c + 1 entries that can be nonzero.",
            "both sides on random tensors and biases b ∈ [−1, 1]^{c1}",
            () => TensorCase.Arbitrary,
            t => Margin(t, extraTerms: t.C1), tolerance: Tolerance.Convolutions,
            mutants: [new("d²c + 1 → d²c terms", MutationKind.ConstantChanged, "K′ has d²c·c1 entries that can be nonzero (no more than K)", t => Margin(t, extraTerms: 0))]),
    ];

    /// <summary>−‖K ∗ X + b − K′ ∗ X′‖_max when K′ has at most d²c0c1 + extraTerms nonzero entries, −1 otherwise.</summary>
    private static double Margin(TensorCase t, int extraTerms)
    {
        var (k, x) = (t.Kernel, t.Input);
        var bias = Tensor.Uniform(new Theory.Random.Rng(t.Seed + 17), t.C1);
        var left = Convolution.Convolve(k, x).Add(Tensor.Create([t.D, t.Dp, t.C1], i => bias[i[2]]));
        var xAug = Tensor.Create([t.D, t.Dp, t.C0 + 1], i => i[2] < t.C0 ? x[i[0], i[1], i[2]] : 1);
        var kAug = Tensor.Create([t.Kd, t.Kdp, t.C0 + 1, t.C1], i =>
            i[2] < t.C0 ? k[i[0], i[1], i[2], i[3]] : i[0] == 0 && i[1] == 0 ? bias[i[3]] : 0);
        var terms = Enumerable.Range(0, kAug.Length).Count(f => kAug.ToArray()[f] != 0);
        return terms <= t.Kd * t.Kdp * t.C0 * t.C1 + extraTerms ? -left.Subtract(Convolution.Convolve(kAug, xAug)).MaxNorm() : -1;
    }
}
