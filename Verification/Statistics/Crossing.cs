using Rssp.Theory.Validation;

namespace Rssp.Verification.Statistics;

/// <summary>The crossing ε* = min{ε : F(ε) ≥ 1 − ε} of a law's CDF F with the line 1 − ε (F right-continuous, so the
/// minimum is attained: F(ε) ≥ 1 − ε ⟺ ε ≥ ε*), from N i.i.d. draws. For the radius r_n of a stream, F is
/// Pr(T_ε ≤ n) as a function of ε and ε* is the jump ε_n of n*(ε): n*(ε) ≤ n ⟺ ε ≥ ε_n.
/// <para>Estimate: the crossing of the empirical CDF k(ε)/N, k(ε) = #{draws ≤ ε}. Interval, by inverting one binomial
/// test at the unknown but fixed ε*: Low = min{ε : U(k(ε)) ≥ 1 − ε} with U the Clopper–Pearson upper bound, since
/// ε* &lt; Low needs U(k(ε*)) &lt; 1 − ε* ≤ F(ε*) (probability ≤ α/2); High = sup{ε : L(k⁻(ε)) ≤ 1 − ε} with
/// k⁻(ε) = #{draws &lt; ε} and L the lower bound, since ε* &gt; High needs L(k⁻(ε*)) &gt; 1 − ε* ≥ F(ε*⁻) (≤ α/2).
/// No uniform band is needed, and the interval is exact for discrete laws.</para>
/// <para>The draws are known exactly only on [from, to] (a path value ε_min means "≤ ε_min", +∞ means "&gt; ε_max"):
/// an estimate or Low at or below `from` is reported as 0 (somewhere below the range), above `to` as `to`; a High
/// above `to` as +∞.</para></summary>
public static class Crossing
{
    /// <summary>The crossing's estimate and its (1 − α) interval (α/2 on each side).</summary>
    public sealed record Result(double Estimate, double Low, double High);

    /// <param name="sorted">the draws in ascending order (+∞ allowed).</param>
    public static Result Of(IReadOnlyList<double> sorted, double alpha, double from, double to)
    {
        Guard.InOpen(alpha, 0, 1);
        var n = sorted.Count;
        if (n == 0) throw new ArgumentException("the sample is empty.", nameof(sorted));
        var estimate = First(sorted, k => (double)k / n);
        var low = First(sorted, k => ClopperPearson.Interval(k, n, alpha).High);
        var high = Last(sorted, k => ClopperPearson.Interval(k, n, alpha).Low);
        double Inside(double e) => e <= from ? 0 : Math.Min(e, to);
        return new(Inside(estimate), Inside(low), high > to ? double.PositiveInfinity : high);
    }

    /// <summary>The jumps ε_n, n = 0..family − 1, of n*(ε) = min{n : Pr(v_n ≤ ε) ≥ 1 − ε} from paths v_0, v_1, … (each ending
    /// at its first value ≤ from, which stands for all later ones): the crossing of each F_n at α/family (Bonferroni), made
    /// monotone in n (the true ε_n do not increase: Low_n is raised to max_{j ≥ n} Low_j, High_n lowered to min_{j ≤ n} High_j).</summary>
    public static Result[] Jumps(IReadOnlyList<double[]> paths, int family, double alpha, double from, double to)
    {
        var values = new double[paths.Count];
        var jumps = new Result[family];
        for (var n = 0; n < family; n++)
        {
            for (var s = 0; s < values.Length; s++) values[s] = n < paths[s].Length ? paths[s][n] : from;
            Array.Sort(values);
            jumps[n] = Of(values, alpha / family, from, to);
        }
        return Monotone(jumps);
    }

    /// <summary>Jumps ε_0, ε_1, … made monotone in n (the true ε_n do not increase): Low_n raised to max_{j ≥ n} Low_j,
    /// High_n lowered to min_{j ≤ n} High_j; in place, returned.</summary>
    public static Result[] Monotone(Result[] jumps)
    {
        for (var n = jumps.Length - 2; n >= 0; n--) jumps[n] = jumps[n] with { Low = Math.Max(jumps[n].Low, jumps[n + 1].Low) };
        for (var n = 1; n < jumps.Length; n++) jumps[n] = jumps[n] with { High = Math.Min(jumps[n].High, jumps[n - 1].High) };
        return jumps;
    }

    /// <summary>min{ε : bound(k(ε)) ≥ 1 − ε}: on [u_k, u_{k+1}) (u_0 = −∞, u_{N+1} = +∞) the count is k and the condition
    /// reads ε ≥ 1 − bound(k); the first k whose piece meets it (a monotone predicate: binary search) gives
    /// max(u_k, 1 − bound(k)). A k inside a run of ties has an empty piece but gives the same value as the run's end.</summary>
    internal static double First(IReadOnlyList<double> u, Func<int, double> bound)
    {
        var n = u.Count;
        double At(int i) => i == 0 ? double.NegativeInfinity : i > n ? double.PositiveInfinity : u[i - 1];
        int lo = 0, hi = n; // the predicate holds at k = n (bound(n) ≥ … , u_{N+1} = +∞)
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (1 - bound(mid) < At(mid + 1)) hi = mid;
            else lo = mid + 1;
        }
        return Math.Max(At(lo), 1 - bound(lo));
    }

    /// <summary>sup{ε : bound(k⁻(ε)) ≤ 1 − ε}: on (u_k, u_{k+1}] the count below ε is k and the condition reads
    /// ε ≤ 1 − bound(k); the last k whose piece meets it gives min(u_{k+1}, 1 − bound(k)).</summary>
    internal static double Last(IReadOnlyList<double> u, Func<int, double> bound)
    {
        var n = u.Count;
        double At(int i) => i == 0 ? double.NegativeInfinity : i > n ? double.PositiveInfinity : u[i - 1];
        int lo = 0, hi = n; // the predicate holds at k = 0 (u_0 = −∞)
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (1 - bound(mid) > At(mid)) lo = mid;
            else hi = mid - 1;
        }
        return Math.Min(At(lo + 1), 1 - bound(lo));
    }
}
