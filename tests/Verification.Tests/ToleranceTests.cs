using MathNet.Numerics;
using Rssp.Verification.Checking;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Tests;

/// <summary>The relative allowance on binomial tails is sized by a measurement: MathNet's CDF against a log-space sum of
/// the pmf (log-gamma binomial coefficients, log-sum-exp), over the ranges the claims use, tails down to 10⁻³⁰⁰.</summary>
public class ToleranceTests
{
    private static double LogTail(double p, int n, int k)
    {
        var logs = Enumerable.Range(0, k + 1).Select(i => SpecialFunctions.GammaLn(n + 1) - SpecialFunctions.GammaLn(i + 1) - SpecialFunctions.GammaLn(n - i + 1)
            + i * Math.Log(p) + (n - i) * Math.Log(1 - p)).ToArray();
        var max = logs.Max();
        return max + Math.Log(logs.Sum(l => Math.Exp(l - max)));
    }

    [Theory]
    [InlineData(500, Tolerance.BinomialTailRelativeUpTo500)] // measured 6.2e−13 (Theorem 21's range)
    [InlineData(50000, Tolerance.BinomialTailRelative)]      // measured 6.0e−11 (Eq. 3.12 reaches n ≈ 48000)
    public void Binomial_tails_far_below_1e_minus_12_stay_within_their_relative_allowance(int maxN, double allowance)
    {
        var rng = new Theory.Random.Rng(5);
        var worst = 0.0;
        for (var trial = 0; trial < 400; trial++)
        {
            var n = 1 + (int)(rng.NextUnit() * maxN);
            var p = 0.001 + 0.998 * rng.NextUnit();
            var k = (int)(rng.NextUnit() * n * p);
            var logExact = LogTail(p, n, k);
            if (logExact < -690 || k >= n) continue;
            worst = Math.Max(worst, Math.Abs(BinomialTail.AtMost(p, n, k) / Math.Exp(logExact) - 1));
        }
        Assert.True(worst < allowance, $"relative error {worst:G3}");
    }

    [Fact]
    public void Geometric_sum_tails_stay_within_their_relative_allowance_far_below_1e_minus_12()
    {
        // Eq. 3.11's and its proof's range: p = k/100, α + 1 or α + 2 terms with α ≤ 12, n ≤ 120; a tail of t terms is
        // Pr(Bin(n, p) ≤ t − 1).
        var rng = new Theory.Random.Rng(7);
        var (worst, tiny) = (0.0, 0);
        for (var trial = 0; trial < 1500; trial++)
        {
            var p = (1 + (int)(rng.NextUnit() * 99)) / 100.0;
            var terms = 1 + (int)(rng.NextUnit() * 14);
            var n = 1 + (int)(rng.NextUnit() * 120);
            if (terms > n) continue;
            var logExact = LogTail(p, n, terms - 1);
            if (logExact < -690) continue;
            tiny += logExact < Math.Log(1e-12) ? 1 : 0;
            worst = Math.Max(worst, Math.Abs(Claims.Chapter3.Proposition20.GeometricSumTail(p, terms, n) / Math.Exp(logExact) - 1));
        }
        Assert.True(tiny > 100, $"only {tiny} tails below 1e-12");
        Assert.True(worst < Tolerance.GeometricTailRelative, $"relative error {worst:G3}");
    }

    [Fact]
    public void Proposition_18s_closing_algebra_stays_within_its_allowance_up_to_the_largest_beta_generated()
    {
        var rng = new Theory.Random.Rng(11);
        var worst = 0.0;
        foreach (var beta in new[] { 1e-6, 1.0 / 16, 0.125 * 9999 / 10000, 0.125 - 1e-6 })
            for (var i = 0; i < 20000; i++)
                worst = Math.Max(worst, -Claims.Chapter3.ProofOfProposition18.AlgebraGap(1e-6 + (0.5 - 1e-6) * rng.NextUnit(), beta));
        Assert.True(worst < Tolerance.ClosingAlgebra, $"relative error {worst:G3}");
        Assert.True(worst > Tolerance.ClosingAlgebra / 100, $"relative error {worst:G3}: the allowance is oversized");
    }
}
