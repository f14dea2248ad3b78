using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>The law of Z_{n+1} (or of Ẑ_{n+1}, Eq. 3.6) given X_1..X_n, over X_{n+1} ~ Unif([−1, 1]),
/// computed exactly. With A the approximable set and G = [−1, 1] \ A its gaps,
/// Z_{n+1}(x) = Z_n + g(x), g(x) = ½ |(A + x) ∩ G| = ½ Σ_{I ⊆ A, J ⊆ G} |(I + x) ∩ J|,
/// a sum of trapezoids in x: g is piecewise linear, with slope changes ±½ at c − b, c − a, d − b, d − a
/// for I = [a, b], J = [c, d]. For Z the set A is needed on [−2, 2] (x ∈ [−1, 1]); for Ẑ it is cut to
/// [−1, 1], which is exactly the indicator 1[z − X_{n+1} ∈ [−1, 1]] of Eq. 3.6.</summary>
public sealed class NextDensityLaw
{
    private readonly double[] _x;
    private readonly double[] _g;

    private NextDensityLaw(double zn, double[] x, double[] g) => (Zn, _x, _g) = (zn, x, g);

    /// <summary>Z_n itself.</summary>
    public double Zn { get; }

    /// <summary>The law of Z_{n+1} given x_1..x_n.</summary>
    public static NextDensityLaw Of(ReadOnlySpan<double> samples, double eps) => Build(samples, eps, hat: false);

    /// <summary>The law of Ẑ_{n+1} (Eq. 3.6) given x_1..x_n.</summary>
    public static NextDensityLaw OfHat(ReadOnlySpan<double> samples, double eps) => Build(samples, eps, hat: true);

    /// <summary>Z_{n+1} (or Ẑ_{n+1}) when X_{n+1} = x, from the piecewise-linear representation.</summary>
    public double At(double x)
    {
        Guard.InClosed(x, -1, 1);
        var k = Array.BinarySearch(_x, x);
        if (k >= 0) return Zn + _g[k];
        var right = ~k;
        var left = right - 1;
        var frac = (x - _x[left]) / (_x[right] - _x[left]);
        return Zn + _g[left] + frac * (_g[right] - _g[left]);
    }

    /// <summary>E[Z_{n+1} | X_1..X_n] = Z_n + ½ ∫_{−1}^{1} g(x) dx (exact: g is linear between knots).</summary>
    public double Expectation
    {
        get
        {
            var integral = 0.0;
            for (var k = 1; k < _x.Length; k++) integral += (_x[k] - _x[k - 1]) * (_g[k] + _g[k - 1]) / 2;
            return Zn + integral / 2;
        }
    }

    /// <summary>Pr(Z_{n+1} ≥ t | X_1..X_n) = ½ |{x ∈ [−1, 1] : Z_n + g(x) ≥ t}|.</summary>
    public double ProbabilityAtLeast(double t)
    {
        var r = Guard.Finite(t) - Zn;
        if (r <= 0) return 1;
        var measure = 0.0;
        for (var k = 1; k < _x.Length; k++)
        {
            double x0 = _x[k - 1], x1 = _x[k], g0 = _g[k - 1], g1 = _g[k];
            if (g0 >= r && g1 >= r) measure += x1 - x0;
            else if (g0 >= r || g1 >= r)
            {
                var crossing = x0 + (r - g0) / (g1 - g0) * (x1 - x0);
                measure += g0 >= r ? crossing - x0 : x1 - crossing;
            }
        }
        return Math.Clamp(measure / 2, 0, 1);
    }

    /// <summary>The knots (x, Z_{n+1}(x)) of the piecewise-linear function, from −1 to 1.</summary>
    public IReadOnlyList<(double X, double Z)> Knots => _x.Select((x, k) => (x, Zn + _g[k])).ToArray();

    private static NextDensityLaw Build(ReadOnlySpan<double> samples, double eps, bool hat)
    {
        var wide = Approximable.Set(samples, eps, -2, 2);
        var unit = wide.Clip(-1, 1);
        var source = hat ? unit : wide;
        var gaps = unit.Gaps(-1, 1);
        var deltas = SlopeChanges(source, gaps);
        var (x, g) = Sweep(deltas);
        return new NextDensityLaw(unit.Measure(-1, 1) / 2, x, g);
    }

    /// <summary>(position, slope change) of g'' for every pair (I, J) whose trapezoid meets [−1, 1].</summary>
    private static List<(double Pos, double Weight)> SlopeChanges(IntervalSet source, IntervalSet gaps)
    {
        var ends = source.Ends;
        var deltas = new List<(double, double)>();
        foreach (var j in gaps.Intervals)
        {
            // I = [a, b] matters iff its support [c − b, d − a] meets [−1, 1]: b ≥ c − 1 and a ≤ d + 1.
            for (var k = IntervalKernel.FirstEndingAtOrAfter(ends, j.Lo - 1); k < source.Count && ends[2 * k] <= j.Hi + 1; k++)
            {
                double a = ends[2 * k], b = ends[2 * k + 1];
                deltas.Add((j.Lo - b, 0.5));
                deltas.Add((j.Lo - a, -0.5));
                deltas.Add((j.Hi - b, -0.5));
                deltas.Add((j.Hi - a, 0.5));
            }
        }
        deltas.Sort((p, q) => p.Item1.CompareTo(q.Item1));
        return deltas;
    }

    /// <summary>Integrates g'' twice from −∞ (where g = g' = 0), keeping knots on [−1, 1].</summary>
    private static (double[] X, double[] G) Sweep(List<(double Pos, double Weight)> deltas)
    {
        var xs = new List<double> { -1 };
        var gs = new List<double>();
        double value = 0, slope = 0, at = double.NegativeInfinity;
        var k = 0;
        for (; k < deltas.Count && deltas[k].Pos <= -1; k++)
        {
            if (at > double.NegativeInfinity) value += slope * (deltas[k].Pos - at);
            at = deltas[k].Pos;
            slope += deltas[k].Weight;
        }
        value += at > double.NegativeInfinity ? slope * (-1 - at) : 0;
        at = -1;
        gs.Add(value);
        for (; k < deltas.Count && deltas[k].Pos < 1; k++)
        {
            var pos = deltas[k].Pos;
            if (pos > at)
            {
                value += slope * (pos - at);
                at = pos;
                xs.Add(pos);
                gs.Add(value);
            }
            slope += deltas[k].Weight;
        }
        value += slope * (1 - at);
        xs.Add(1);
        gs.Add(value);
        // g ≥ 0 by definition; rounding of long sums of trapezoids can leave −1e−16.
        return ([.. xs], gs.Select(v => Math.Max(0, v)).ToArray());
    }
}
