using Rssp.Theory.Validation;

namespace Rssp.Verification.Statistics;

/// <summary>Hoeffding's interval for the mean of n independent values in [a, b]:
/// mean ± (b − a)·√(ln(2/α)/(2n)), clipped to [a, b].</summary>
public static class Hoeffding
{
    public static (double Low, double High) Interval(double mean, long n, double alpha, double a = 0, double b = 1)
    {
        if (n <= 0) throw new ArgumentException($"n must be > 0, got {n}.", nameof(n));
        Guard.InOpen(alpha, 0, 1);
        Guard.InClosed(mean, a, b);
        var half = (b - a) * HalfWidthUnit(n, alpha);
        return (Math.Max(a, mean - half), Math.Min(b, mean + half));
    }

    /// <summary>√(ln(2/α)/(2n)): the half-width for values in [0, 1].</summary>
    public static double HalfWidthUnit(long n, double alpha) => Math.Sqrt(Math.Log(2 / alpha) / (2.0 * n));
}
