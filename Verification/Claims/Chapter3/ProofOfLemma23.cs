using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Lemma 23 beyond Eq. 3.13: the use of Corollary 22 (its hypothesis Z̄_{n−1} ≤ ½ along the way,
/// and its conclusion as printed, which cannot give the factor 7/8; the proof's last line can), and the last step
/// (7/8)^{n−τ}·2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ (7/8)^{n−τ}, which drops the factor 1/ε.</summary>
[Statement(23.2, "Proof of Lemma 23")]
public static class ProofOfLemma23
{
    /// <summary>Late instances (Z̄_n ≤ ½ is common) and Z̄_n = 1 − Z_n; null where Z̄_n &gt; ½.</summary>
    private static double? WhereHalfOrLess(RsspInstance t, Func<double, double> margin)
    {
        var zbar = 1 - Approximable.Density(t.Samples, t.Eps);
        return zbar <= 0.5 ? margin(zbar) : null;
    }

    private static Arbitrary<RsspInstance> Late => RsspGens.Arbitrary(extra: 12);

    public static Claim LastStepAsPrinted => Define.Exact("Proof of Lemma 23",
        "(7/8)^{n−τ}·2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ (7/8)^{n−τ}, i.e. 2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ 1.",
        "per instance with Z̄_τ ≤ ½ (the conditional expectation given the instance is Z̄_τ itself, exact); margin 1 − 2Z̄_τ/ε",
        () => Late, t => WhereHalfOrLess(t, zbar => 1 - 2 * zbar / t.Eps), variantName: "last step as printed",
        target: ClaimTarget.ProofStep("the last step of the proof of Lemma 23 (2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ 1)"),
        mutants: [new("factor 1/ε restored", MutationKind.FactorChanged, "2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ 1/ε.", t => WhereHalfOrLess(t, zbar => (1 - 2 * zbar) / t.Eps))]);

    public static Claim Corollary22Hypothesis => Define.Exact("Proof of Lemma 23",
        "Where Eq. 3.13 uses Corollary 22 at each m with τ ≤ m < n, Z̄_m ≤ ½ (needed for 1 − ¼(1 − Z̄_m) ≤ 7/8): it follows from Z̄_τ ≤ ½ since Z_m never decreases.",
        "exact trajectories Z_0..Z_n; τ the first m with Z̄_m ≤ ½; margin min over m ≥ τ of ½ − Z̄_m",
        () => Late,
        t =>
        {
            var z = Approximable.Trajectory(t.Samples, t.Eps);
            var tau = Array.FindIndex(z, d => 1 - d <= 0.5);
            return tau < 0 ? null : z[tau..].Min(d => 0.5 - (1 - d));
        }, variantName: "use of Corollary 22: hypotheses",
        target: ClaimTarget.ProofStep("use of Corollary 22 in the proof of Lemma 23: Z̄_m ≤ ½ for τ ≤ m < n"),
        mutants: [new("½ → ¼", MutationKind.ConstantChanged, "Z̄_m ≤ ¼ for m ≥ τ.", t => { var z = Approximable.Trajectory(t.Samples, t.Eps); var tau = Array.FindIndex(z, d => 1 - d <= 0.5); return tau < 0 ? null : z[tau..].Min(d => 0.25 - (1 - d)); })]);

    public static Claim Corollary22AsPrinted => Define.Exact("Proof of Lemma 23",
        "Corollary 22 as printed, E[Z̄_{m+1} | X_1..X_m] ≤ Z̄_m(1 + ¼(1 − Z̄_m)), gives Eq. 3.13's factor: Z̄_m(1 + ¼(1 − Z̄_m)) ≤ (7/8) Z̄_m when Z̄_m ≤ ½.",
        "Z̄_m from exact instances with Z̄_m ≤ ½; margin (7/8)Z̄_m − Corollary 22's printed bound",
        () => Late, t => WhereHalfOrLess(t, zbar => 0.875 * zbar - ExpectedGrowth.Cor22Printed(zbar)), variantName: "use of Corollary 22 as printed",
        target: ClaimTarget.ProofStep("use of Corollary 22 in the proof of Lemma 23: its printed conclusion gives the factor 7/8"),
        mutants: [new("7/8 → 5/4", MutationKind.ConstantChanged, "Z̄(1 + ¼(1 − Z̄)) ≤ (5/4)Z̄.", t => WhereHalfOrLess(t, zbar => 1.25 * zbar - ExpectedGrowth.Cor22Printed(zbar)))]);

    public static Claim Corollary22ProofLine => Define.Exact("Proof of Lemma 23",
        "Corollary 22's proof line, E[Z̄_{m+1} | X_1..X_m] ≤ Z̄_m(1 − ¼(1 − Z̄_m)), gives the factor: Z̄_m(1 − ¼(1 − Z̄_m)) ≤ (7/8) Z̄_m when Z̄_m ≤ ½.",
        "as printed, with the proof line's bound",
        () => Late, t => WhereHalfOrLess(t, zbar => 0.875 * zbar - ExpectedGrowth.Cor22ProofLine(zbar)),
        Variant.Intended, "use of Corollary 22's proof line", tolerance: Tolerance.UnitSums, target: ClaimTarget.ProofStep("use of Corollary 22's proof line: the evident reading of a step of the proof of Lemma 23"),
        mutants: [new("7/8 → 3/4", MutationKind.ConstantChanged, "Z̄(1 − ¼(1 − Z̄)) ≤ (3/4)Z̄.", t => WhereHalfOrLess(t, zbar => 0.75 * zbar - ExpectedGrowth.Cor22ProofLine(zbar)))]);

    public static IReadOnlyList<Claim> Claims => [LastStepAsPrinted, Corollary22Hypothesis, Corollary22AsPrinted, Corollary22ProofLine];
}
