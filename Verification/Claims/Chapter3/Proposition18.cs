using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Proposition 18: for β ∈ (0, 1/8), Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n, Z_n ≤ ½) ≥ 1 − 7/(8(1 − β)), and its proof steps Eq. 3.5–3.8, exactly on each instance.</summary>
[Statement(18, "Proposition 18", "Eq. 3.5", "Eq. 3.7", "Eq. 3.8")]
public static class Proposition18
{
    internal static Gen<RsspInstance> Early => RsspGens.Instances(RsspGens.EpsGrid, extra: 2);

    internal static Gen<double> Beta => Gen.Frequency(
        (10, Gen.Choose(1, 9999).Select(k => 0.125 * k / 10000)),
        (1, Gen.Elements(1e-6, 0.125 - 1e-6, 1.0 / 16)));

    /// <summary>Eq. 3.5's bound Z_n(1 + 1/8).</summary>
    private static double Eq35Bound(RsspInstance t) => Approximable.Density(t.Samples, t.Eps) * 1.125;

    /// <summary>Eq. 3.5's margin E[·] − Z_n(1 + growth), where Z_n ≤ ½ (everywhere when the hypothesis is dropped).</summary>
    private static double? GrowthMargin(NextDensityLaw law, double growth = 0.125, bool hypothesis = true) =>
        !hypothesis || law.Zn <= 0.5 ? law.Expectation - law.Zn * (1 + growth) : null;

    /// <summary>Eq. 3.5's mutants, for Z and for Ẑ alike.</summary>
    private static SlackMutation<RsspInstance>[] GrowthMutants(Func<RsspInstance, NextDensityLaw> law) =>
    [
        new("1/8 → 2/8", MutationKind.ConstantChanged, "E[·] ≥ Z_n(1 + 2/8) where Z_n ≤ ½", t => GrowthMargin(law(t), growth: 0.25)),
        new("Z_n ≤ ½ dropped", MutationKind.HypothesisChanged, "E[·] ≥ Z_n(1 + 1/8) at every Z_n", t => GrowthMargin(law(t), hypothesis: false)),
    ];

    /// <summary>Proposition 18's margin Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n) − bound(β) where Z_n ≤ ½ (everywhere when the hypothesis is dropped).</summary>
    private static double? GrowthProbabilityMargin(RsspInstance t, double beta, Func<double, double> bound, bool hypothesis = true)
    {
        var law = NextDensityLaw.Of(t.Samples, t.Eps);
        return !hypothesis || law.Zn <= 0.5 ? law.ProbabilityAtLeast(law.Zn * (1 + beta)) - bound(beta) : null;
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Proposition 18",
            "For β ∈ (0, 1/8): Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n, Z_n ≤ ½) ≥ 1 − 7/(8(1 − β)).",
            "the exact conditional probability (measure of {x : Z_{n+1}(x) ≥ Z_n(1 + β)} over Unif([−1, 1])) against p_β, on instances with Z_n ≤ ½, β across (0, 1/8)",
            () => Arb.From(from t in Early from b in Beta select (Instance: t, Beta: b)),
            p => GrowthProbabilityMargin(p.Instance, p.Beta, GrowthProbability.PBeta), bound: p => GrowthProbability.PBeta(p.Beta), side: Side.AtLeast, unit: true,
            mutants:
            [
                new("p_β → 1", MutationKind.BoundTightened, "Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n, Z_n ≤ ½) = 1", p => GrowthProbabilityMargin(p.Instance, p.Beta, _ => 1)),
                new("Z_n ≤ ½ dropped", MutationKind.HypothesisChanged, "Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n) ≥ 1 − 7/(8(1 − β)) at every Z_n",
                    p => GrowthProbabilityMargin(p.Instance, p.Beta, GrowthProbability.PBeta, hypothesis: false)),
            ]),
        Define.Exact("Eq. 3.5",
            "If Z_n ≤ ½ then E[Z_{n+1} | X_1..X_n, Z_n ≤ ½] ≥ Z_n(1 + 1/8).",
            "exact conditional expectation on instances with Z_n ≤ ½",
            () => Arb.From(Early, RsspGens.Shrink),
            t => GrowthMargin(NextDensityLaw.Of(t.Samples, t.Eps)), tolerance: Tolerance.UnitSums,
            target: ClaimTarget.ProofStep("Eq. 3.5 in the proof of Proposition 18, as printed (for Z_{n+1})"), bound: Eq35Bound, side: Side.AtLeast, unit: true,
            mutants: GrowthMutants(t => NextDensityLaw.Of(t.Samples, t.Eps))),
        Define.Exact("Eq. 3.5",
            "If Z_n ≤ ½ then E[Ẑ_{n+1} | X_1..X_n] ≥ Z_n(1 + 1/8): the bound the proof feeds to Lemma 19, which is applied to Ẑ_{n+1}, not Z_{n+1}.",
            "exact conditional expectation of Ẑ_{n+1} (Eq. 3.6) on instances with Z_n ≤ ½",
            () => Arb.From(Early, RsspGens.Shrink),
            t => GrowthMargin(NextDensityLaw.OfHat(t.Samples, t.Eps)),
            Variant.Intended, "for Ẑ, as the proof uses it", tolerance: Tolerance.UnitSums,
            target: ClaimTarget.ProofStep("Eq. 3.5 in the proof of Proposition 18, read for Ẑ_{n+1} as the proof uses it"), bound: Eq35Bound, side: Side.AtLeast, unit: true,
            mutants: GrowthMutants(t => NextDensityLaw.OfHat(t.Samples, t.Eps))),
        Define.Exact("Eq. 3.7",
            "Pr(Ẑ_n ≤ Z_n) = 1, with Ŷ_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z − X_{n+1})·1[z − X_{n+1} ∈ [−1, 1]] (Eq. 3.6).",
            "Ẑ_{n+1} from Eq. 3.6 against Z_{n+1}, both computed from the sets, for X_{n+1} drawn from [−1, 1]",
            () => Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid) from x in RsspGens.Point(-1, 1) select (Instance: t, Next: x)),
            p => Approximable.Density([.. p.Instance.Samples, p.Next], p.Instance.Eps) - HatDensity.Next(p.Instance.Samples, p.Instance.Eps, p.Next), tolerance: Tolerance.UnitSums,
            target: ClaimTarget.ProofStep("Eq. 3.7 in the proof of Proposition 18"),
            bound: p => Approximable.Density([.. p.Instance.Samples, p.Next], p.Instance.Eps), unit: true,
            mutants:
            [
                new("≤ → ≥", MutationKind.DirectionFlipped, "Pr(Ẑ_{n+1} ≥ Z_{n+1}) = 1",
                    p => HatDensity.Next(p.Instance.Samples, p.Instance.Eps, p.Next) - Approximable.Density([.. p.Instance.Samples, p.Next], p.Instance.Eps)),
            ]),
        Define.Exact("Eq. 3.8",
            "Ẑ_{n+1} ≤ 2 Z_n.",
            "Ẑ_{n+1} from Eq. 3.6 against 2Z_n, for X_{n+1} drawn from [−1, 1]",
            () => Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid) from x in RsspGens.Point(-1, 1) select (Instance: t, Next: x)),
            p => 2 * Approximable.Density(p.Instance.Samples, p.Instance.Eps) - HatDensity.Next(p.Instance.Samples, p.Instance.Eps, p.Next), tolerance: Tolerance.UnitSums,
            target: ClaimTarget.ProofStep("Eq. 3.8 in the proof of Proposition 18"),
            bound: p => 2 * Approximable.Density(p.Instance.Samples, p.Instance.Eps),
            mutants:
            [
                new("2 → 1", MutationKind.ConstantChanged, "Ẑ_{n+1} ≤ Z_n", p => Approximable.Density(p.Instance.Samples, p.Instance.Eps) - HatDensity.Next(p.Instance.Samples, p.Instance.Eps, p.Next)),
            ]),
    ];
}
