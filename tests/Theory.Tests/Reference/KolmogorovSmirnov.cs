namespace Rssp.Theory.Tests.Reference;

/// <summary>The one-sample Kolmogorov–Smirnov statistic D_n = sup_x |F_n(x) − F(x)| and its critical value.
/// Ties are grouped, and each distinct value x is checked on both sides: F_n(x) against F(x), and
/// F_n(x−) against F(x−), so laws with atoms (V·U⁺ at 0) are handled exactly.</summary>
public static class KolmogorovSmirnov
{
    public static double Statistic(IEnumerable<double> sample, Func<double, double> cdf)
    {
        var xs = sample.Order().ToArray();
        var n = (double)xs.Length;
        var d = xs.Length == 0 ? 1.0 : 0.0;
        for (var i = 0; i < xs.Length;)
        {
            var j = i;
            while (j < xs.Length && xs[j] == xs[i]) j++;
            var below = cdf(Math.BitDecrement(xs[i]));
            d = Math.Max(d, Math.Max(Math.Abs(j / n - cdf(xs[i])), Math.Abs(i / n - below)));
            i = j;
        }
        return d;
    }

    /// <summary>D_n exceeds √(ln(2/α)/(2n)) with probability ≤ α (Dvoretzky–Kiefer–Wolfowitz–Massart).</summary>
    public static double Critical(int n, double alpha) => Math.Sqrt(Math.Log(2 / alpha) / 2 / n);
}
