using Rssp.Theory.Networks;
using Rssp.Theory.Tensors;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Proposition 33: ‖K ∗ X‖_max ≤ ‖K‖_1·‖X‖_max, and how tight it is.</summary>
[Statement(33, "Proposition 33")]
public static class Proposition33
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Proposition 33",
            "For real tensors K of size d×d′×c0×c1 and X of size D×D′×c0: ‖K ∗ X‖_max ≤ ‖K‖_1·‖X‖_max.",
            "random shapes (rectangular, d > D, c0 = c1 = 1 included), X with entries in [−1, 1]; margin ‖K‖_1‖X‖_max − ‖K ∗ X‖_max",
            () => TensorCase.Arbitrary,
            t => t.Kernel.L1Norm() * t.Input.MaxNorm() - Convolution.Convolve(t.Kernel, t.Input).MaxNorm(), tolerance: Tolerance.Convolutions,
            bound: t => t.Kernel.L1Norm() * t.Input.MaxNorm()),
        Define.Exact("Proposition 33",
            "Tightness: over X ∈ [0, 1]^{D×D′×c0} the largest ‖K ∗ X‖_max is max over positions and channels of the larger signed tap sum, attained at a 0/1 input; it equals ‖K‖_1 when c1 = 1, K has one sign and D ≥ d, D′ ≥ d′.",
            "the exact supremum (ExactSupremum) against the convolution at the input it names, and against ‖K‖_1 for one-signed K",
            () => TensorCase.Arbitrary,
            t =>
            {
                var k = t.Kernel.Map(Math.Abs).SliceLast(0, 1);
                var sup = ExactSupremum.Of(k, t.D, t.Dp);
                var attained = Math.Abs(Convolution.Convolve(k, sup.WorstInput).MaxNorm() - sup.Value);
                var fits = t.D >= t.Kd && t.Dp >= t.Kdp;
                var tight = fits ? Math.Abs(sup.Value - k.L1Norm()) : 0;
                return -Math.Max(attained, tight);
            }, variantName: "tightness", tolerance: Tolerance.Convolutions,
            target: ClaimTarget.Construction("the exact supremum over [0, 1] inputs that the constructions' certificates use (not part of the statement)")),
    ];
}
