using Rssp.Theory.Tensors;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;
using Rssp.Verification.Reference;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>The proof of Proposition 33: ‖K ∗ X‖_max ≤ max_{i,j,ℓ} Σ |K_{i′,j′,k,ℓ} X_{i−i′+1, j−j′+1, k}| ≤
/// max_{i,j,ℓ} Σ |K_{i′,j′,k,ℓ}| ‖X‖_max, the sums transcribed from Eq. 4.2 with zero padding.</summary>
[Statement(33.5, "Proof of Proposition 33")]
public static class ProofOfProposition33
{
    /// <summary>(max over i, j, ℓ of Σ |K X|, max over i, j, ℓ of Σ |K|·‖X‖_max), Eq. 4.2's sums transcribed (DirectConvolution).</summary>
    public static (double Absolute, double Bounded) Sums(Tensor k, Tensor x)
    {
        var xmax = x.MaxNorm();
        return (Max(DirectConvolution.Sum(k, x, (a, b) => Math.Abs(a * b))), Max(DirectConvolution.Sum(k, x, (a, _) => Math.Abs(a) * xmax)));
    }

    private static double Max(double[,,] sums) => sums.Cast<double>().DefaultIfEmpty(0).Max();

    public static Claim Chain => Define.Exact("Proof of Proposition 33",
        "‖K ∗ X‖_max ≤ max_{i,j,ℓ} Σ_{i′,j′,k} |K_{i′,j′,k,ℓ} X_{i−i′+1,j−j′+1,k}| ≤ max_{i,j,ℓ} Σ_{i′,j′,k} |K_{i′,j′,k,ℓ}| ‖X‖_max ≤ ‖K‖_1 ‖X‖_max.",
        "random shapes as for the statement, the sums transcribed from Eq. 4.2; margin the least of the three gaps (tightness: ‖K‖_1‖X‖_max less that gap, against ‖K‖_1‖X‖_max: 1 where some link holds with equality)",
        () => TensorCase.Arbitrary,
        t =>
        {
            var (absolute, bounded) = Sums(t.Kernel, t.Input);
            return Math.Min(Math.Min(absolute - Convolution.Convolve(t.Kernel, t.Input).MaxNorm(), bounded - absolute), t.Kernel.L1Norm() * t.Input.MaxNorm() - bounded);
        }, variantName: "the chain", tolerance: Tolerance.Convolutions, bound: t => t.Kernel.L1Norm() * t.Input.MaxNorm(),
        target: ClaimTarget.ProofStep("the chain of inequalities, the proof of Proposition 33"),
        mutants: [new("‖K‖_1 → ‖K‖_max", MutationKind.ConstantChanged, "… ≤ ‖K‖_max ‖X‖_max.", t => t.Kernel.MaxNorm() * t.Input.MaxNorm() - Sums(t.Kernel, t.Input).Bounded)]);

    public static IReadOnlyList<Claim> Claims => [Chain];
}
