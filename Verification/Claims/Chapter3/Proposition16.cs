using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Proposition 16: E[Z_{n+1} | X_1..X_n] ≥ Z_n(1 + ¼(1 − Z_n)), and its proof step Eq. 3.3, exactly on each instance.</summary>
[Statement(16, "Proposition 16", "Eq. 3.3")]
public static class Proposition16
{
    /// <summary>E[Z_{n+1} | X_1..X_n] − Z_n(1 + c(1 − Z_n)).</summary>
    private static double GrowthMargin(RsspInstance t, double c)
    {
        var law = NextDensityLaw.Of(t.Samples, t.Eps);
        return law.Expectation - law.Zn * (1 + c * (1 - law.Zn));
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Proposition 16",
            "E[Z_{n+1} | X_1..X_n] ≥ Z_n(1 + ¼(1 − Z_n)).",
            "the exact conditional expectation (integral of the piecewise-linear Z_{n+1}(x)) against the bound, at every stage of the process",
            () => RsspGens.Arbitrary(),
            t =>
            {
                var law = NextDensityLaw.Of(t.Samples, t.Eps);
                return law.Expectation - ExpectedGrowth.GrowthLowerBound(law.Zn);
            }, tolerance: Tolerance.UnitSums, bound: t => ExpectedGrowth.GrowthLowerBound(Approximable.Density(t.Samples, t.Eps)), side: Side.AtLeast, unit: true,
            mutants:
            [
                new("¼ → ½", MutationKind.ConstantChanged, "E[Z_{n+1} | X_1..X_n] ≥ Z_n(1 + ½(1 − Z_n))", t => GrowthMargin(t, 0.5)),
                new("¼ → 1", MutationKind.ConstantChanged, "E[Z_{n+1} | X_1..X_n] ≥ Z_n(1 + (1 − Z_n)) = Z_n(2 − Z_n)", t => GrowthMargin(t, 1)),
            ]),
        Define.Exact("Eq. 3.3",
            "E[Z_{n+1} | X_1..X_n] = Z_n + ¼ ∫_{−1}^{1} (1 − Y_n(z)) ∫_{z−1}^{z+1} Y_n(y) dy dz.",
            "the right-hand side by prefix sums of the interval set (Eq33) against the direct integral of Z_{n+1}(x); margin −|difference|",
            () => RsspGens.Arbitrary(),
            t => -Math.Abs(NextDensityLaw.Of(t.Samples, t.Eps).Expectation - Eq33.Expectation(t.Samples, t.Eps)), tolerance: Tolerance.Eq33Integral,
            target: ClaimTarget.ProofStep("Eq. 3.3 in the proof of Proposition 16"),
            mutants:
            [
                new("¼ → ½", MutationKind.ConstantChanged, "E[Z_{n+1} | X_1..X_n] = Z_n + ½ ∫∫ … (the double integral is (Eq. 3.3's right-hand side − Z_n)·4)",
                    t => -Math.Abs(NextDensityLaw.Of(t.Samples, t.Eps).Expectation - (2 * Eq33.Expectation(t.Samples, t.Eps) - Approximable.Density(t.Samples, t.Eps)))),
            ]),
    ];
}
