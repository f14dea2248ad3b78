using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Proposition 18 after Eq. 3.8: the step from Z_{n+1} to Ẑ_{n+1} (by Eq. 3.7), the use of Lemma
/// 19 (its hypotheses with B = 2Z_n and t = Z_n(1 + β), and its conclusion as invoked), and the closing algebra.</summary>
[Statement(18.5, "Proof of Proposition 18")]
public static class ProofOfProposition18
{
    /// <summary>An early instance (Z_n ≤ ½ is common) with a β; null where Z_n &gt; ½ (the hypothesis).</summary>
    private static FsCheck.Arbitrary<(RsspInstance Instance, double Beta)> Cases =>
        FsCheck.Fluent.Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid, extra: 2) from b in ProofGens.Beta select (t, b));

    private static double? WhereHalfOrLess((RsspInstance Instance, double Beta) p, Func<NextDensityLaw, NextDensityLaw, double, double> margin)
    {
        var law = NextDensityLaw.Of(p.Instance.Samples, p.Instance.Eps);
        return law.Zn <= 0.5 ? margin(law, NextDensityLaw.OfHat(p.Instance.Samples, p.Instance.Eps), law.Zn * (1 + p.Beta)) : null;
    }

    /// <summary>The bound a step compares with, on an instance where Z_n ≤ ½ (the check asks it only there), for the tightness.</summary>
    private static double BoundAt((RsspInstance Instance, double Beta) p, Func<NextDensityLaw, double, double> bound)
    {
        var hat = NextDensityLaw.OfHat(p.Instance.Samples, p.Instance.Eps);
        return bound(hat, NextDensityLaw.Of(p.Instance.Samples, p.Instance.Eps).Zn * (1 + p.Beta));
    }

    public static Claim ByEq37 => Define.Exact("Proof of Proposition 18",
        "Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n, Z_n ≤ ½) ≥ Pr(Ẑ_{n+1} ≥ Z_n(1 + β) | X_1..X_n, Z_n ≤ ½), by Eq. 3.7.",
        "both conditional probabilities exactly (the laws of Z_{n+1} and Ẑ_{n+1} given X_1..X_n), Z_n ≤ ½, β across (0, 1/8)",
        () => Cases, p => WhereHalfOrLess(p, (z, hat, t) => z.ProbabilityAtLeast(t) - hat.ProbabilityAtLeast(t)),
        variantName: "from Z to Ẑ", tolerance: Tolerance.UnitSums, bound: p => BoundAt(p, (hat, t) => hat.ProbabilityAtLeast(t)), side: Side.AtLeast, unit: true,
        target: ClaimTarget.ProofStep("the step from Z_{n+1} to Ẑ_{n+1} by Eq. 3.7, in the proof of Proposition 18"),
        mutants: [new("Z and Ẑ swapped", MutationKind.DirectionFlipped, "Pr(Ẑ_{n+1} ≥ Z_n(1 + β)) ≥ Pr(Z_{n+1} ≥ Z_n(1 + β)).", p => WhereHalfOrLess(p, (z, hat, t) => hat.ProbabilityAtLeast(t) - z.ProbabilityAtLeast(t)))]);

    public static Claim Lemma19Hypotheses => Define.Exact("Proof of Proposition 18",
        "Lemma 19's hypotheses where the proof uses it: t = Z_n(1 + β) ∈ (0, B) with B = 2Z_n (0 ≤ Ẑ_{n+1} ≤ B is Eq. 3.8, checked as such).",
        "exact Z_n, Z_n ≤ ½, β across (0, 1/8); margin min(t, B − t), t strictly inside",
        () => Cases, p => WhereHalfOrLess(p, (z, _, t) => ExactCheck.Strict(Math.Min(t, 2 * z.Zn - t))), variantName: "use of Lemma 19: hypotheses", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("use of Lemma 19 in the proof of Proposition 18: hypotheses (B = 2Z_n, t = Z_n(1 + β))"),
        mutants: [new("B = 2Z_n → B = Z_n", MutationKind.ConstantChanged, "t = Z_n(1 + β) ∈ (0, Z_n).", p => WhereHalfOrLess(p, (z, _, t) => ExactCheck.Strict(Math.Min(t, z.Zn - t))))]);

    public static Claim Lemma19AsInvoked => Define.Exact("Proof of Proposition 18",
        "Lemma 19's conclusion as invoked: Pr(Ẑ_{n+1} ≥ Z_n(1 + β) | X_1..X_n) ≥ (E[Ẑ_{n+1} | X_1..X_n] − Z_n(1 + β))/(2Z_n − Z_n(1 + β)).",
        "Ẑ_{n+1}'s exact conditional law: its probability against the reverse-Markov bound (GrowthProbability.ReverseMarkov), Z_n ≤ ½",
        () => Cases, p => WhereHalfOrLess(p, (_, hat, t) => hat.ProbabilityAtLeast(t) - GrowthProbability.ReverseMarkov(hat.Expectation, t, 2 * hat.Zn)),
        variantName: "use of Lemma 19: conclusion", tolerance: Tolerance.UnitSums,
        bound: p => BoundAt(p, (hat, t) => GrowthProbability.ReverseMarkov(hat.Expectation, t, 2 * hat.Zn)), side: Side.AtLeast, unit: true,
        target: ClaimTarget.ProofStep("use of Lemma 19 in the proof of Proposition 18: its conclusion as invoked"),
        mutants: [new("E[Ẑ] − t → E[Ẑ]", MutationKind.ConstantChanged, "Pr(Ẑ_{n+1} ≥ t) ≥ E[Ẑ_{n+1}]/(2Z_n − t).", p => WhereHalfOrLess(p, (_, hat, t) => hat.ProbabilityAtLeast(t) - hat.Expectation / (2 * hat.Zn - t)))]);

    public static Claim Algebra => Define.Exact("Proof of Proposition 18",
        "(Z_n(1 + 1/8) − Z_n(1 + β))/(2Z_n − Z_n(1 + β)) = (1/8 − β)/(1 − β) = 1 − 7/(8(1 − β)).",
        "both equalities in floating point, Z_n from exact instances (Z_n ≤ ½), β across (0, 1/8); margin −(largest relative difference)",
        () => Cases, p => WhereHalfOrLess(p, (z, _, _) => AlgebraGap(z.Zn, p.Beta)), variantName: "closing algebra", tolerance: Tolerance.ClosingAlgebra,
        target: ClaimTarget.ProofStep("the closing algebra of the proof of Proposition 18"),
        mutants: [new("1/8 → 1/4", MutationKind.ConstantChanged, "(Z_n(1 + 1/4) − Z_n(1 + β))/(2Z_n − Z_n(1 + β)) = 1 − 7/(8(1 − β)).", p => WhereHalfOrLess(p, (z, _, _) => -Math.Abs((0.25 - p.Beta) / (1 - p.Beta) - GrowthProbability.PBeta(p.Beta)) / GrowthProbability.PBeta(p.Beta)))]);

    /// <summary>The closing algebra's margin: −(the largest difference of its three expressions, relative to (1/8 − β)/(1 − β)).</summary>
    public static double AlgebraGap(double zn, double beta)
    {
        var first = (zn * 1.125 - zn * (1 + beta)) / (2 * zn - zn * (1 + beta));
        var second = (0.125 - beta) / (1 - beta);
        return -Math.Max(Math.Abs(first - second), Math.Abs(second - GrowthProbability.PBeta(beta))) / second;
    }

    public static IReadOnlyList<Claim> Claims => [ByEq37, Lemma19Hypotheses, Lemma19AsInvoked, Algebra];
}
