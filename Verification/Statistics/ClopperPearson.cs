using MathNet.Numerics.Distributions;
using Rssp.Theory.Validation;

namespace Rssp.Verification.Statistics;

/// <summary>The exact (Clopper–Pearson) two-sided interval for a binomial proportion: with probability at
/// least 1 − α it holds the true p. Low = B(α/2; k, n − k + 1), High = B(1 − α/2; k + 1, n − k).</summary>
public static class ClopperPearson
{
    public static (double Low, double High) Interval(long successes, long trials, double alpha)
    {
        if (trials <= 0) throw new ArgumentException($"trials must be > 0, got {trials}.", nameof(trials));
        if (successes < 0 || successes > trials) throw new ArgumentException($"successes must lie in 0..{trials}, got {successes}.", nameof(successes));
        Guard.InOpen(alpha, 0, 1);
        var low = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        var high = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2);
        return (low, high);
    }
}
