using Rssp.Theory.Networks;
using Rssp.Theory.Tensors;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Proposition 33: ‖K ∗ X‖_max ≤ ‖K‖_1·‖X‖_max, and how tight it is.</summary>
[Statement(33, "Proposition 33")]
public static class Proposition33
{
    /// <summary>factor·‖K‖_1‖X‖_max − ‖K ∗ X‖_max, the smaller over the case's input and the input aligned with the signs
    /// of K's first output channel at output (d − 1, d′ − 1) (0-based; entries the kernel does not reach are 1). The aligned
    /// input has ‖X‖_max = 1 and usually the smaller margin, so the claim's tightness is read against ‖K‖_1.</summary>
    private static double BoundMargin(TensorCase t, double factor)
    {
        var k = t.Kernel;
        var aligned = Tensor.Create([t.D, t.Dp, t.C0], i =>
            t.Kd - 1 - i[0] is var a && t.Kdp - 1 - i[1] is var b && a >= 0 && b >= 0 ? (k[a, b, i[2], 0] < 0 ? -1 : 1) : 1);
        return new[] { t.Input, aligned }.Min(x => factor * k.L1Norm() * x.MaxNorm() - Convolution.Convolve(k, x).MaxNorm());
    }

    /// <summary>−max(|the convolution at the named input − the supremum|, |supremum − ‖K‖_1| where D ≥ d, D′ ≥ d′ or the fit is not required).</summary>
    private static double TightnessMargin(TensorCase t, bool fitRequired)
    {
        var k = t.Kernel.Map(Math.Abs).SliceLast(0, 1);
        var sup = ExactSupremum.Of(k, t.D, t.Dp);
        var attained = Math.Abs(Convolution.Convolve(k, sup.WorstInput).MaxNorm() - sup.Value);
        var fits = !fitRequired || (t.D >= t.Kd && t.Dp >= t.Kdp);
        var tight = fits ? Math.Abs(sup.Value - k.L1Norm()) : 0;
        return -Math.Max(attained, tight);
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Proposition 33",
            "For real tensors K of size d×d′×c0×c1 and X of size D×D′×c0: ‖K ∗ X‖_max ≤ ‖K‖_1·‖X‖_max.",
            "random shapes (rectangular, d > D, c0 = c1 = 1 included), X with entries in [−1, 1], and the input aligned with the signs of K's first output channel (where the bound is attained for c1 = 1, D ≥ d); margin ‖K‖_1‖X‖_max − ‖K ∗ X‖_max",
            () => TensorCase.Arbitrary,
            t => BoundMargin(t, 1), tolerance: Tolerance.Convolutions,
            bound: t => t.Kernel.L1Norm(),
            mutants: [new("‖K‖_1 → ½‖K‖_1", MutationKind.BoundTightened, "‖K ∗ X‖_max ≤ ½‖K‖_1·‖X‖_max", t => BoundMargin(t, 0.5))]),
        Define.Exact("Proposition 33",
            "Tightness: over X ∈ [0, 1]^{D×D′×c0} the largest ‖K ∗ X‖_max is max over positions and channels of the larger signed tap sum, attained at a 0/1 input; it equals ‖K‖_1 when c1 = 1, K has one sign and D ≥ d, D′ ≥ d′.",
            "the exact supremum (ExactSupremum) against the convolution at the input it names, and against ‖K‖_1 for one-signed K",
            () => TensorCase.Arbitrary,
            t => TightnessMargin(t, fitRequired: true), variantName: "tightness", tolerance: Tolerance.Convolutions,
            target: ClaimTarget.Construction("the exact supremum over [0, 1] inputs that the constructions' certificates use (not part of the statement)"),
            mutants: [new("D ≥ d dropped", MutationKind.HypothesisChanged, "the supremum equals ‖K‖_1 for one-signed K, c1 = 1, whatever D and d", t => TightnessMargin(t, fitRequired: false))]),
    ];
}
