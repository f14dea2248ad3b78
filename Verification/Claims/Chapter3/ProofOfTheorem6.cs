using Rssp.Theory.Bounds;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Theorem 6: with n = n(β*, ε) from the proof's steps (β* minimising its constant),
/// Pr(Z_n > 1 − ε/2) ≥ 1 − ε; Lemma 15 then gives coverage at precision 2·(ε/2)·… — checked as coverage.</summary>
[Statement(23.5, "Proof of Theorem 6")]
public static class ProofOfTheorem6
{
    private static readonly double[] Grid = [0.3, 0.1, 0.01, 0.001];

    private static int N(double eps) => ProofConstant.SampleSize(Chapter2.Remark7.BestBeta, eps, SecondPhaseBound.Lemma23Printed);

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Probability("Proof of Theorem 6",
            "Pr(Z_n > 1 − ε/2) ≥ (1 − (7/8)^{n−k})(1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²)) ≥ (1 − ε/2)² ≥ 1 − ε for n, k ≥ C_β log(1/(2ε)).",
            "Pr(Z_n > 1 − ε/2) by trials at the n the proof's steps give for the best β (Bounds.ProofConstant), Clopper–Pearson against 1 − ε",
            _ => Points(N),
            target: ClaimTarget.ProofStep("the proof of Theorem 6 in Chapter 3: Pr(Z_n > 1 − ε/2) ≥ 1 − ε at the n its steps give"),
            mutants:
            [
                new("C_β ÷ 100", MutationKind.ConstantChanged, "the same at n = ⌈n(β*, ε)/100⌉", _ => Points(eps => (N(eps) + 99) / 100)),
                new("C_β removed", MutationKind.FactorChanged, "the same at n = ⌈log(1/(2ε))⌉", _ => Points(eps => (int)Math.Ceiling(Math.Log(1 / (2 * eps))))),
            ]),
    ];

    /// <summary>Pr(Z_n &gt; 1 − ε/2) ≥ 1 − ε at n = size(ε), per ε of the grid.</summary>
    private static GridPoint[] Points(Func<double, int> size) =>
        [.. Grid.Select(eps => new GridPoint($"eps = {eps}, n = {size(eps)}", 1 - eps, Side.AtLeast, false,
            seed => Approximable.Density(new Rng(seed).Symmetric(size(eps)), eps) > 1 - eps / 2 ? 1 : 0))];
}
