using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Corollary 22 as printed (a weak bound, with + where the proof's last line has −), its proof's
/// last line, and the step of Lemma 23's proof that follows from it (Eq. 3.13, per instance).</summary>
[Statement(22, "Corollary 22", "Eq. 3.13")]
public static class Corollary22
{
    private static double? Margin(RsspInstance t, Func<double, double> bound)
    {
        var law = NextDensityLaw.Of(t.Samples, t.Eps);
        return bound(1 - law.Zn) - (1 - law.Expectation);
    }

    /// <summary>factor·Z̄_n − E[Z̄_{n+1} | X_1..X_n] where Z̄_n ≤ ½ (everywhere when the hypothesis is dropped).</summary>
    private static double? Eq313Margin(RsspInstance t, double factor, bool hypothesis = true)
    {
        var law = NextDensityLaw.Of(t.Samples, t.Eps);
        return !hypothesis || 1 - law.Zn <= 0.5 ? factor * (1 - law.Zn) - (1 - law.Expectation) : null;
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Corollary 22",
            "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 + ¼(1 − Z̄_n)), where Z̄_n = 1 − Z_n.",
            "exact conditional expectation, every stage of the process",
            () => RsspGens.Arbitrary(), t => Margin(t, ExpectedGrowth.Cor22Printed), tolerance: Tolerance.UnitSums,
            bound: t => ExpectedGrowth.Cor22Printed(1 - Approximable.Density(t.Samples, t.Eps)), unit: true,
            mutants: [new("+¼ → −1", MutationKind.ConstantChanged, "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 − (1 − Z̄_n)) = Z̄_n²", t => Margin(t, z => z * z))]),
        Define.Exact("Corollary 22",
            "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n − ¼ Z̄_n(1 − Z̄_n) = Z̄_n(1 − ¼(1 − Z̄_n)) (the proof's last line; the printed + is evidently −).",
            "exact conditional expectation, every stage of the process",
            () => RsspGens.Arbitrary(), t => Margin(t, ExpectedGrowth.Cor22ProofLine),
            Variant.Intended, "the proof's last line", tolerance: Tolerance.UnitSums,
            bound: t => ExpectedGrowth.Cor22ProofLine(1 - Approximable.Density(t.Samples, t.Eps)), unit: true,
            target: ClaimTarget.ProofStep("the last line of Corollary 22's proof (the printed + read as −)"),
            mutants:
            [
                new("¼ → ½", MutationKind.ConstantChanged, "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 − ½(1 − Z̄_n))", t => Margin(t, z => z * (1 - (1 - z) / 2))),
                new("¼ → 1", MutationKind.ConstantChanged, "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 − (1 − Z̄_n)) = Z̄_n²", t => Margin(t, z => z * z)),
            ]),
        Define.Exact("Eq. 3.13",
            "E[Z̄_n | Z̄_τ ≤ ½] ≤ (7/8)·E[Z̄_{n−1} | Z̄_τ ≤ ½]; per instance: Z̄_{n−1} ≤ ½ ⇒ E[Z̄_n | X_1..X_{n−1}] ≤ (7/8) Z̄_{n−1}, which gives Eq. 3.13 by iterated expectation.",
            "exact conditional expectation on instances with Z̄_n ≤ ½ (late in the process)",
            () => RsspGens.Arbitrary(extra: 12),
            t => Eq313Margin(t, 0.875), tolerance: Tolerance.UnitSums, target: ClaimTarget.ProofStep("Eq. 3.13 in the proof of Lemma 23, per instance"),
            bound: t => 0.875 * (1 - Approximable.Density(t.Samples, t.Eps)), unit: true,
            mutants:
            [
                new("7/8 → 6/8", MutationKind.ConstantChanged, "Z̄_{n−1} ≤ ½ ⇒ E[Z̄_n | X_1..X_{n−1}] ≤ (6/8) Z̄_{n−1}", t => Eq313Margin(t, 0.75)),
                new("Z̄ ≤ ½ dropped", MutationKind.HypothesisChanged, "E[Z̄_n | X_1..X_{n−1}] ≤ (7/8) Z̄_{n−1} at every Z̄_{n−1}", t => Eq313Margin(t, 0.875, hypothesis: false)),
            ]),
    ];
}
