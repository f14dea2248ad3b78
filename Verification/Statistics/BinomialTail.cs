using MathNet.Numerics.Distributions;

namespace Rssp.Verification.Statistics;

/// <summary>Pr(Bin(n, p) ≤ k). MathNet 5's Binomial.CDF returns NaN at k = n for some p (e.g. p = 0.83, n = 1,
/// found by the Eq. 3.11 claim), so the trivial ends are answered here: 0 for k &lt; 0, 1 for k ≥ n.</summary>
public static class BinomialTail
{
    public static double AtMost(double p, int n, int k) => k < 0 ? 0 : k >= n ? 1 : Binomial.CDF(p, n, k);
}
