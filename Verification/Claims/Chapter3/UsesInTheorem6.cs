using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The steps of the proof of Theorem 6 (end of chapter 3) around its main chain: the requirement n, k ≥ C_β log(1/(2ε))
/// (which allows n ≤ k, where Lemma 23's factor vanishes), the closing (1 − ε/2)² ≥ 1 − ε (also the last step of Corollary 10's
/// proof), and the passage from Z_{n,ε} &gt; 1 − ε/2 to coverage, which needs Lemma 15 at ε/2: at ε it gives 2ε.</summary>
[Statement(23.7, "Steps of the proof of Theorem 6")]
public static class UsesInTheorem6
{
    private const string Id = "Steps of the proof of Theorem 6";

    public static Claim Squares => Define.Exact(Id,
        "(1 − ε/2)(1 − ε/2) ≥ 1 − ε (proof of Theorem 6), and (1 − ε/2)² > 1 − ε (proof of Corollary 10), for ε ∈ (0, 1/3).",
        "floating point over ε across (0, 1/3); margin (1 − ε/2)² − (1 − ε), strict",
        () => Arb.From(ProofGens.Eps), eps => ExactCheck.Strict((1 - eps / 2) * (1 - eps / 2) - (1 - eps)), variantName: "(1 − ε/2)² ≥ 1 − ε", bound: eps => 1 - eps, side: Side.AtLeast, unit: true,
        target: ClaimTarget.ProofStep("(1 − ε/2)² ≥ 1 − ε, closing the proofs of Theorem 6 and Corollary 10"),
        mutants: [new("1 − ε → 1 − ε/2", MutationKind.ConstantChanged, "(1 − ε/2)² ≥ 1 − ε/2.", eps => (1 - eps / 2) * (1 - eps / 2) - (1 - eps / 2))]);

    public static Claim BothAtLeastAsPrinted => Define.Exact(Id,
        "(1 − (7/8)^{n−k})·(1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²)) ≥ (1 − ε/2)(1 − ε/2) for n, k ≥ C_β log(1/(2ε)), C_β large enough.",
        "for a large C_β (10⁴) and ε across (0, 1/3), k the least admitted and n = k + j, j from 0 to 3 (n, k ≥ C_β log(1/(2ε)) as printed allows n ≤ k); margin left − right",
        () => Arb.From(from e in ProofGens.Eps from j in Gen.Choose(0, 3) select (Eps: e, J: j)),
        p => Chain(p.Eps, K(p.Eps) + p.J, K(p.Eps)), variantName: "n, k ≥ C_β log(1/(2ε)) as printed",
        bound: p => (1 - p.Eps / 2) * (1 - p.Eps / 2), side: Side.AtLeast, unit: true,
        describe: p => $"ε = {p.Eps:G4}, k = {K(p.Eps)}, n − k = {p.J}: (1 − (7/8)^(n−k))·(1 − exp(…)) falls short of (1 − ε/2)² = {(1 - p.Eps / 2) * (1 - p.Eps / 2):G6} by {-Chain(p.Eps, K(p.Eps) + p.J, K(p.Eps)):G4} where negative",
        target: ClaimTarget.ProofStep("the sizes n, k ≥ C_β log(1/(2ε)) of the proof of Theorem 6, as printed"),
        mutants: [new("n − k ≥ C_β log(1/(2ε))", MutationKind.HypothesisChanged, "the chain with n = 2k.", p => Chain(p.Eps, 2 * K(p.Eps), K(p.Eps)))]);

    /// <summary>The chain's middle, (1 − (7/8)^{n−k})(1 − exp(−(2p_β²/k)(k − α/p_β)²)), at β = 1/16, minus (1 − ε/2)².</summary>
    private static double Chain(double eps, int n, int k) =>
        (1 - Math.Pow(7.0 / 8, n - k)) * Theory.Bounds.FirstPhaseTail.LowerBound(1.0 / 16, eps, k) - (1 - eps / 2) * (1 - eps / 2);

    /// <summary>k = ⌈C_β log(1/(2ε))⌉ with C_β = 10⁴, far above what β = 1/16 needs.</summary>
    private static int K(double eps) => (int)Math.Ceiling(1e4 * Math.Log(1 / (2 * eps)));

    /// <summary>k = ⌈C_β log(1/(2ε))⌉ with C_β = 1000, a witness near the least that works: on a scan of 200 000 ε across
    /// (0, 1/3) the chain with n − k = k holds at C_β = 800 and 1000 and fails near ε = 1/3 at 600 (α_{β,ε}/p_β is
    /// ceiled there, far above C_β log(1/(2ε))), so the step is checked where it can fail.</summary>
    private static int KNear(double eps) => (int)Math.Ceiling(1000 * Math.Log(1 / (2 * eps)));

    public static Claim BothAtLeastApart => Define.Exact(Id,
        "The chain with n − k, k ≥ C_β log(1/(2ε)) (the evident condition: Lemma 23 needs n − k large): (1 − (7/8)^{n−k})(1 − exp(−(2p_β²/k)(k − α/p_β)²)) ≥ (1 − ε/2)².",
        "as printed, with n − k = k and C_β = 1000 (near the least C_β with which it holds on (0, 1/3); 600 fails near ε = 1/3)",
        () => Arb.From(ProofGens.Eps), eps => Chain(eps, 2 * KNear(eps), KNear(eps)),
        Variant.Intended, "n − k, k ≥ C_β log(1/(2ε))", bound: eps => (1 - eps / 2) * (1 - eps / 2), side: Side.AtLeast, unit: true, target: ClaimTarget.ProofStep("n − k, k ≥ C_β log(1/(2ε)): the evident reading of a step of the proof of Theorem 6"),
        mutants: [new("(1 − ε/2)² → 1", MutationKind.ConstantChanged, "the chain ≥ 1.", eps => Chain(eps, 2 * KNear(eps), KNear(eps)) + (1 - eps / 2) * (1 - eps / 2) - 1)]);

    private static Arbitrary<RsspInstance?> Late => Arb.From(ProofGens.Late(RsspGens.EpsGrid));

    public static Claim CoverageAsPrinted => Define.Exact(Id,
        "Z_{n,ε} > 1 − ε/2 (what the chain bounds the probability of) gives every z ∈ [−1, 1] ε-approximable (Theorem 6's event).",
        "instances drawn until Z_{n,ε} ≥ 1 − ε/2 first holds (exact sets): is [−1, 1] ε-covered; margin 0 if so, else −(1 − Z_{n,ε})",
        () => Late,
        t => t is null || Approximable.Density(t.Samples, t.Eps) <= 1 - t.Eps / 2 ? null
            : Approximable.CoversUnitInterval(t.Samples, t.Eps) ? 0 : -(1 - Approximable.Density(t.Samples, t.Eps)),
        variantName: "use of Lemma 15: coverage at ε",
        target: ClaimTarget.ProofStep("use of Lemma 15 in the proof of Theorem 6: from Z_{n,ε} > 1 − ε/2 to coverage at ε"),
        mutants: [new("coverage at 2ε", MutationKind.ConstantChanged, "Z_{n,ε} > 1 − ε/2 gives coverage at 2ε (Lemma 15).", t => t is null || Approximable.Density(t.Samples, t.Eps) <= 1 - t.Eps / 2 ? null : Approximable.CoversUnitInterval(t.Samples, 2 * t.Eps) ? 0 : -1)]);

    public static Claim CoverageAtHalfEps => Define.Exact(Id,
        "Lemma 15 at ε/2: Z_{n,ε/2} ≥ 1 − ε/4 gives Z_{n,ε} = 1 — so the chain, run at ε/2 (n ≥ C log(2/ε), the same order), gives Theorem 6.",
        "instances drawn until Z_{n,ε/2} ≥ 1 − ε/4 first holds: is [−1, 1] ε-covered; margin 0 if so, else −(1 − Z_{n,ε})",
        () => Arb.From(ProofGens.Late(RsspGens.EpsGrid.Select(e => e / 2).ToArray())),
        t => t is null ? null : Approximable.CoversUnitInterval(t.Samples, 2 * t.Eps) ? 0 : -(1 - Approximable.Density(t.Samples, 2 * t.Eps)),
        Variant.Intended, "use of Lemma 15 at ε/2", target: ClaimTarget.ProofStep("use of Lemma 15 at ε/2: the evident reading of a step of the proof of Theorem 6"),
        mutants: [new("coverage at ε/2", MutationKind.ConstantChanged, "Z_{n,ε/2} ≥ 1 − ε/4 gives coverage at ε/2.", t => t is null ? null : Approximable.CoversUnitInterval(t.Samples, t.Eps) ? 0 : -(1 - Approximable.Density(t.Samples, t.Eps)))]);

    /// <summary>C_β = (1/log(1 + β) + 2/log(3/2))/p_β: with α ≤ log(1/(2ε))/log(1 + β) + 1 and log(1/(2ε)) ≥ log(3/2) for
    /// ε &lt; 1/3, it makes C_β log(1/(2ε)) ≥ (α + 1)/p_β.</summary>
    public static double CBeta(double beta) =>
        (1 / Math.Log(1 + beta) + 2 / Math.Log(1.5)) / Theory.Bounds.GrowthProbability.PBeta(beta);

    public static Claim Proposition20Hypothesis => Define.Exact(Id,
        "Proposition 20's hypothesis where the proof uses it at k: k ≥ (α_{β,ε} + 1)/p_β for k ≥ C_β log(1/(2ε)), with C_β = (1/log(1 + β) + 2/log(3/2))/p_β.",
        "β across (0, 1/8), ε across (0, 1/3), k = ⌈C_β log(1/(2ε))⌉; margin k − (α + 1)/p_β",
        () => Arb.From(from b in ProofGens.Beta from e in ProofGens.Eps select (Beta: b, Eps: e)),
        p => Math.Ceiling(CBeta(p.Beta) * Math.Log(1 / (2 * p.Eps))) - (Theory.Bounds.FirstPhaseTail.Alpha(p.Beta, p.Eps) + 1) / Theory.Bounds.GrowthProbability.PBeta(p.Beta),
        variantName: "use of Proposition 20: hypotheses", tolerance: Tolerance.CountRatio,
        bound: p => (Theory.Bounds.FirstPhaseTail.Alpha(p.Beta, p.Eps) + 1) / Theory.Bounds.GrowthProbability.PBeta(p.Beta), side: Side.AtLeast,
        target: ClaimTarget.ProofStep("use of Proposition 20 in the proof of Theorem 6: k ≥ (α + 1)/p_β"),
        mutants: [new("C_β ÷ 4", MutationKind.ConstantChanged, "k = ⌈C_β/4 · log(1/(2ε))⌉ ≥ (α + 1)/p_β.", p => Math.Ceiling(CBeta(p.Beta) / 4 * Math.Log(1 / (2 * p.Eps))) - (Theory.Bounds.FirstPhaseTail.Alpha(p.Beta, p.Eps) + 1) / Theory.Bounds.GrowthProbability.PBeta(p.Beta))]);

    public static IReadOnlyList<Claim> Claims => [Squares, Proposition20Hypothesis, BothAtLeastAsPrinted, BothAtLeastApart, CoverageAsPrinted, CoverageAtHalfEps];
}
