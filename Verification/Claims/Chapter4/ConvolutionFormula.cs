using Rssp.Theory.Tensors;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;
using Rssp.Verification.Reference;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Eq. 4.2: (K ∗ X)_{i,j,ℓ} = Σ K_{i′,j′,k,ℓ}·X_{i−i′+1, j−j′+1, k} with zero padding; Definitions 26–27 (masks, Hadamard product) as laws of the convolution core.</summary>
[Statement(27.5, "Eq. 4.2", "Definition 26", "Definition 27")]
public static class ConvolutionFormula
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Eq. 4.2",
            "(K ∗ X)_{i,j,ℓ} = Σ_{i′,j′∈[d], k∈[c0]} K_{i′,j′,k,ℓ}·X_{i−i′+1, j−j′+1, k}, missing entries of X taken as 0; the output is D×D×c1.",
            "the core's convolution against the formula transcribed with 1-based indices, every output entry, random shapes (rectangular, d > D, c0 = c1 = 1 included)",
            () => TensorCase.Arbitrary,
            t => FormulaMargin(t, t.Kernel), tolerance: Tolerance.Convolutions,
            mutants:
            [
                new("X_{i−i′+1} → X_{i+i′−1}", MutationKind.ConstantChanged, "(K ∗ X)_{i,j,ℓ} = Σ K_{i′,j′,k,ℓ}·X_{i+i′−1, j+j′−1, k} (a correlation): the formula with the kernel flipped",
                    t => FormulaMargin(t, Tensor.Create(t.Kernel.Shape, i => t.Kernel[t.Kd - 1 - i[0], t.Kdp - 1 - i[1], i[2], i[3]]))),
            ]),
        Define.Exact("Definition 27",
            "(L ⊙ L′)_I = L_I·L′_I; a mask (Definition 26) is a binary tensor of the same size, and S ⊙ L keeps exactly the entries where S = 1; the convolution distributes: (K − L) ∗ X = K ∗ X − L ∗ X.",
            "Hadamard product, masking and distributivity on random tensors",
            () => TensorCase.Arbitrary,
            t => LawsMargin(t, sign: -1), variantName: "Definitions 26–27 and distributivity", tolerance: Tolerance.Convolutions,
            mutants: [new("(K − L) ∗ X = K ∗ X + L ∗ X", MutationKind.ConstantChanged, "the convolution distributes with the sign of L ∗ X flipped", t => LawsMargin(t, sign: 1))]),
    ];

    /// <summary>−‖(K − L) ∗ X − (K ∗ X + sign·L ∗ X)‖_max for the mask L of K's positive entries, −1 unless the mask and the
    /// Hadamard product are right.</summary>
    private static double LawsMargin(TensorCase t, int sign)
    {
        var (k, x) = (t.Kernel, t.Input);
        var mask = Masks.Where(k, v => v > 0);
        var masked = Masks.Apply(mask, k);
        var maskOk = mask.IsMask() && Enumerable.Range(0, k.Length).All(f => masked.ToArray()[f] == (k.ToArray()[f] > 0 ? k.ToArray()[f] : 0));
        var hadamardOk = k.Hadamard(k).ToArray().SequenceEqual(k.ToArray().Select(v => v * v));
        var distributive = Convolution.Convolve(k.Subtract(masked), x).Subtract(Convolution.Convolve(k, x).Add(Convolution.Convolve(masked, x).Scale(sign))).MaxNorm();
        return maskOk && hadamardOk ? -distributive : -1;
    }

    /// <summary>−max |core − formula with kernel k| over the output (−1 for a wrong output shape); the formula is
    /// Eq. 4.2 transcribed, so k = the case's kernel checks the core and a flipped k a mutant of the formula.</summary>
    private static double FormulaMargin(TensorCase t, Tensor k)
    {
        var y = Convolution.Convolve(t.Kernel, t.Input);
        if (!y.Shape.SequenceEqual([t.D, t.Dp, t.C1])) return -1;
        var formula = DirectConvolution.Convolve(k, t.Input);
        var worst = 0.0;
        for (var i = 0; i < t.D; i++)
        for (var j = 0; j < t.Dp; j++)
        for (var l = 0; l < t.C1; l++)
            worst = Math.Max(worst, Math.Abs(y[i, j, l] - formula[i, j, l]));
        return -worst;
    }
}
