namespace Rssp.Verification.Statistics;

/// <summary>The Dvoretzky–Kiefer–Wolfowitz inequality (Massart's constant): the empirical CDF of m i.i.d. draws is within
/// √(log(2/α)/(2m)) of the true CDF everywhere, except with probability α; and the Kolmogorov–Smirnov distance it bounds.</summary>
public static class Dkw
{
    /// <summary>The DKW half-width at level α for m draws.</summary>
    public static double Bound(int m, double alpha) => Hoeffding.HalfWidthUnit(m, alpha);   // Massart: the same half-width

    /// <summary>sup_x |F̂(x) − F(x)| of the draws against a continuous CDF F (exact: checked on both sides of every jump).</summary>
    public static double Distance(IEnumerable<double> draws, Func<double, double> cdf)
    {
        var s = draws.Order().ToArray();
        var n = s.Length;
        return s.Select((v, i) => Math.Max(Math.Abs((i + 1.0) / n - cdf(v)), Math.Abs((double)i / n - cdf(v)))).DefaultIfEmpty(0).Max();
    }
}
