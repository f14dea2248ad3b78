using MathNet.Numerics.Distributions;
using Rssp.Theory.Validation;

namespace Rssp.Verification.Statistics;

/// <summary>The crossing ε* = min{ε : p(ε) ≤ ε} of a tail p(ε) = Pr(v &gt; ε) with the line ε (the jump ε_n of n*(ε) when
/// v = r_n), from N i.i.d. importance-sampled draws (v_i, L_i): Y_i(ε) = L_i·1{v_i &gt; ε} has mean p(ε). Same crossing
/// as <see cref="Crossing"/> (F = 1 − p), but the interval is the normal one of a mean of N i.i.d. terms, at each ε:
/// [L(ε), U(ε)] = p̂ ∓ z·s/√N, inverted at the fixed unknown ε*: Low = min{ε : L(ε) ≤ ε} (ε* &lt; Low needs
/// L(ε*) &gt; ε* ≥ p(ε*)) and High = sup{ε : U⁻(ε) ≥ ε}, U⁻ the bound of Pr(v ≥ ε) (ε* &gt; High needs U⁻(ε*) &lt; ε* ≤
/// Pr(v ≥ ε*)). Its level is nominal: it rests on the normal approximation to a mean of skewed terms, which says
/// nothing sure about errors as small as the levels used here (10⁻⁹ per side and below), and an importance sampler that
/// misses the rare heavy-weight draws underestimates the spread as well as the mean. <see cref="Result.Hits"/> says how
/// many draws (with v_i &gt; ε) the estimate rests on; callers count a jump only with enough of them.</summary>
public static class TailCrossing
{
    /// <summary>The crossing with its interval, and the draws above the estimate (its hits).</summary>
    public sealed record Result(double Estimate, double Low, double High, int Hits)
    {
        public Crossing.Result AsCrossing => new(Estimate, Low, High);
    }

    /// <param name="values">the draws v_i.</param>
    /// <param name="ratios">their weights L_i ≥ 0.</param>
    /// <param name="alpha">the error of the interval (α/2 on each side).</param>
    /// <param name="from">the resolution: values are exact above it (a value at it means "≤ from"); a crossing at or
    /// below it is reported as 0.</param>
    public static Result Of(IReadOnlyList<double> values, IReadOnlyList<double> ratios, double alpha, double from)
    {
        Guard.InOpen(alpha, 0, 1);
        var n = values.Count;
        if (n < 2 || ratios.Count != n) throw new ArgumentException("at least two draws, each with its ratio, are needed.", nameof(values));
        // Pieces [a_j, a_{j+1}): a_0 = from, then the distinct values above it, a_{M+1} = +∞. On piece j the sums run over
        // the draws at a_{j+1} and above (for p on [a_j, a_{j+1}) and for Pr(v ≥ ε) on (a_j, a_{j+1}]).
        var order = Enumerable.Range(0, n).Where(i => values[i] > from).OrderBy(i => values[i]).ToArray();
        var cuts = new List<double> { from };
        var (sum, squares, count) = (new List<double> { 0 }, new List<double> { 0 }, new List<int> { 0 });
        for (var k = order.Length - 1; k >= 0; k--)
        {
            var (v, l) = (values[order[k]], ratios[order[k]]);
            if (cuts.Count == 1 || v != cuts[^1])
            {
                cuts.Add(v);
                sum.Add(sum[^1]);
                squares.Add(squares[^1]);
                count.Add(count[^1]);
            }
            sum[^1] += l;
            squares[^1] += l * l;
            count[^1]++;
        }
        // cuts[1..] descend; piece j of the ascending order is index (pieces − j) of the sums: reverse to ascending.
        var a = cuts.Skip(1).Reverse().Prepend(from).ToArray();
        var pieces = a.Length;
        var z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        var (mean, low, high, hits) = (new double[pieces], new double[pieces], new double[pieces], new int[pieces]);
        for (var j = 0; j < pieces; j++)
        {
            // Above piece j lie the draws at a_{j+1}, …: the running sums before cut a_{j+1} was added, i.e. index pieces − 1 − j.
            var idx = pieces - 1 - j;
            var (s, q) = (sum[idx], squares[idx]);
            var m = s / n;
            var variance = Math.Max(0, (q - n * m * m) / (n - 1));
            var half = z * Math.Sqrt(variance / n);
            (mean[j], low[j], high[j], hits[j]) = (m, Math.Max(0, m - half), m + half, count[idx]);
        }
        double At(int j) => j < pieces ? a[j] : double.PositiveInfinity;
        int FirstPiece(double[] p)
        {
            for (var j = 0; j < pieces; j++)
                if (p[j] < At(j + 1)) return j;
            return pieces - 1;
        }
        var estimatePiece = FirstPiece(mean);
        var last = double.NaN;
        for (var j = pieces - 1; j >= 0 && double.IsNaN(last); j--)
            if (high[j] > At(j)) last = Math.Min(At(j + 1), high[j]);
        double Inside(double e) => e <= from ? 0 : e;
        return new(Inside(Math.Max(At(estimatePiece), mean[estimatePiece])), Inside(Math.Max(At(FirstPiece(low)), low[FirstPiece(low)])),
            double.IsNaN(last) ? 0 : Inside(last), hits[estimatePiece]);
    }
}
