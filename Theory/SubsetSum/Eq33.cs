namespace Rssp.Theory.SubsetSum;

/// <summary>Eq. 3.3, the proof's route to the conditional expectation:
/// E[Z_{n+1} | X_1..X_n] = Z_n + ¼ ∫_{−1}^{1} (1 − Y_n(z)) ∫_{z−1}^{z+1} Y_n(y) dy dz.
/// With M(t) = |A ∩ [−2, t]| and Φ(t) = ∫_{−2}^{t} M, the inner integral is M(z+1) − M(z−1) and the
/// outer one, over each gap [c, d] of [−1, 1], is Φ(d+1) − Φ(c+1) − Φ(d−1) + Φ(c−1). Φ is a sum of one
/// piecewise-quadratic term per interval, evaluated with prefix sums: O((|A| + |G|) log |A|).
/// A second, independent method for <see cref="NextDensityLaw.Expectation"/>.</summary>
public static class Eq33
{
    /// <summary>Right-hand side of Eq. 3.3. With hat = true, y is restricted to [−1, 1] (the expectation of Ẑ_{n+1}).</summary>
    public static double Expectation(ReadOnlySpan<double> samples, double eps, bool hat = false)
    {
        var wide = Approximable.Set(samples, eps, -2, 2);
        var unit = wide.Clip(-1, 1);
        var inner = new Antiderivative(hat ? unit : wide);
        var outer = unit.Gaps(-1, 1).Intervals.Sum(g =>
            inner.Phi(g.Hi + 1) - inner.Phi(g.Lo + 1) - inner.Phi(g.Hi - 1) + inner.Phi(g.Lo - 1));
        return unit.Measure(-1, 1) / 2 + outer / 4;
    }

    /// <summary>Φ(t) = ∫_{−∞}^{t} |A ∩ (−∞, s]| ds. An interval [a, b] contributes 0 for t ≤ a,
    /// (t − a)²/2 on [a, b], and (b − a)²/2 + (b − a)(t − b) after b.</summary>
    private sealed class Antiderivative
    {
        private readonly double[] _ends;
        private readonly double[] _constant; // Σ over the first k intervals of (b − a)²/2 − (b − a)·b
        private readonly double[] _length;   // Σ over the first k intervals of (b − a)

        public Antiderivative(IntervalSet set)
        {
            _ends = set.Ends.ToArray();
            var m = set.Count;
            _constant = new double[m + 1];
            _length = new double[m + 1];
            for (var k = 0; k < m; k++)
            {
                double a = _ends[2 * k], b = _ends[2 * k + 1], len = b - a;
                _constant[k + 1] = _constant[k] + len * len / 2 - len * b;
                _length[k + 1] = _length[k] + len;
            }
        }

        public double Phi(double t)
        {
            var done = IntervalKernel.FirstEndingAtOrAfter(_ends, t); // intervals with b < t are complete
            var value = _constant[done] + t * _length[done];
            if (done < _length.Length - 1 && _ends[2 * done] < t)
            {
                var partial = t - _ends[2 * done];
                value += partial * partial / 2;
            }
            return value;
        }
    }
}
