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
}
