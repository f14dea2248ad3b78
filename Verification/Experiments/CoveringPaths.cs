using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>n*(ε) = min{n : Pr(T_ε ≤ n) ≥ 1 − ε} for every ε at once, from the ε-paths of N streams
/// (<see cref="Rssp.Theory.SubsetSum.CoveringRadius"/>): Pr(T_ε ≤ n) = Pr(r_n ≤ ε) = F_n(ε), so n*(ε) ≤ n ⟺ ε ≥ ε_n, the
/// crossing of F_n with 1 − ε (<see cref="Crossing"/>), and n*(ε) = n on [ε_n, ε_{n−1}). Each ε_n gets an interval at
/// α/m (Bonferroni over the m jumps n = 0..m − 1, m fixed before the data: 4 log₂(1/ε_min) + 32); the true ε_n do not
/// increase with n, so Low_n is raised to max_{j ≥ n} Low_j and High_n lowered to min_{j ≤ n} High_j.</summary>
public sealed class CoveringPaths
{
    /// <param name="paths">each stream's path v_0, v_1, …, ending at its first value ≤ ε_min.</param>
    /// <param name="epsMin">the ε_min of the paths.</param>
    /// <param name="epsMax">the ε_max of the paths, also the top of the statement's range (0, ε_max).</param>
    /// <param name="alpha">the error of all the jumps' intervals together.</param>
    public CoveringPaths(IReadOnlyList<double[]> paths, double epsMin, double epsMax, double alpha)
    {
        if (paths.Count == 0) throw new ArgumentException("no paths.", nameof(paths));
        (Streams, EpsMin, EpsMax) = (paths.Count, epsMin, epsMax);
        Family = JumpFamily(epsMin);
        Floor = FloorOf(paths.Count, alpha, epsMin);
        Jumps = Crossing.Jumps(paths, Family, alpha, epsMin, epsMax);
    }

    public int Streams { get; }

    public double EpsMin { get; }

    public double EpsMax { get; }

    /// <summary>The jumps estimated: m = 4⌊log₂(1/ε_min)⌋ + 32, fixed before the data (T_ε ≥ log₂(1/ε); uniform samples need
    /// about 1.2 log₂(1/ε) + 7, laws with an atom or a narrow spread several times more).</summary>
    public int Family { get; }

    /// <summary>ε_n with its interval, n = 0..m − 1 (0: below ε_min; +∞ High: above ε_max).</summary>
    public IReadOnlyList<Crossing.Result> Jumps { get; }

    /// <summary>The smallest ε the data speak for: ε_min, or 2·ln(2m/α)/N, below which N streams cannot tell a
    /// crossing from 0 (every High of a jump whose streams all covered is about ln(2m/α)/N).</summary>
    public double Floor { get; }

    public static int JumpFamily(double epsMin) => 4 * (int)Math.Floor(Math.Log2(1 / epsMin)) + 32;

    public static double FloorOf(int streams, double alpha, double epsMin) =>
        Math.Max(epsMin, 2 * Math.Log(2 * JumpFamily(epsMin) / alpha) / streams);

    /// <summary>sup over ε ∈ [Floor, ε_max) of (n*(ε) − offset)/ln(1/ε). On a piece [ε_n, ε_{n−1}) the ratio rises with
    /// ε, so its sup is approached (not attained) at ε_{n−1}, capped at ε_max: the sup is
    /// max_n (n − offset)/ln(1/min(ε_{n−1}, ε_max)) over n with ε_{n−1} &gt; Floor (an empty piece is dominated by the next
    /// one, which ends at the same ε with a larger n). The ratio rises with each ε_{n−1}: the bounds take the jumps'
    /// bounds; High is +∞ when the last jump estimated may still lie above the floor.</summary>
    public Supremum Sup(int offset)
    {
        double Ratio(int n, double e) => (n - offset) / Math.Log(1 / Math.Min(e, EpsMax));
        (double Value, int N) Max(Func<Crossing.Result, double> pick)
        {
            var best = (Value: 0.0, N: 0);
            for (var n = 1; n <= Family; n++)
                if (pick(Jumps[n - 1]) is var e && e > Floor && Ratio(n, e) > best.Value) best = (Ratio(n, e), n);
            return best;
        }
        var estimate = Max(j => j.Estimate);
        var high = Jumps[^1].High > Floor ? double.PositiveInfinity : Max(j => j.High).Value;
        return new(estimate.Value, estimate.N, estimate.N > 0 ? Jumps[estimate.N - 1].Estimate : double.NaN, Max(j => j.Low).Value, high, Floor);
    }

    /// <summary>n*(ε) as estimated: the n with ε̂_n ≤ ε &lt; ε̂_{n−1}; null where ε is below the floor.</summary>
    public int? NStar(double eps)
    {
        if (eps < Floor) return null;
        for (var n = 0; n < Family; n++)
            if (Jumps[n].Estimate <= eps) return n;
        return null;
    }

    /// <summary>The smallest margin, over the pieces above the floor, of a printed sample size s(ε) (decreasing in ε)
    /// against n*: "n ≥ s(ε) samples suffice" holds on [Floor, ε_max) iff s(min(ε_{n−1}, ε_max)) ≥ n − 1 for every n with
    /// ε_{n−1} &gt; Floor (n = ⌈s(ε)⌉ must reach n*(ε) = n on [ε_n, ε_{n−1}), whose sup end is the worst). Returns the
    /// margin and its jump at the jumps' estimates, Low ends (a negative margin there refutes, at the stated confidence)
    /// and High ends (a margin ≥ 0 there, with a bounded tail, confirms on [Floor, ε_max)).</summary>
    public (Margin AtEstimate, Margin AtLow, Margin AtHigh) Margins(Func<double, double> size)
    {
        Margin Min(Func<Crossing.Result, double> pick)
        {
            var worst = new Margin(double.PositiveInfinity, 0, double.NaN);
            for (var n = 1; n <= Family; n++)
                if (pick(Jumps[n - 1]) is var e && e > Floor && size(Math.Min(e, EpsMax)) - (n - 1) is var m && m < worst.Value)
                    worst = new(m, n, e);
            return worst;
        }
        var high = Min(j => j.High);
        return (Min(j => j.Estimate), Min(j => j.Low), Jumps[^1].High > Floor ? high with { Value = double.NegativeInfinity } : high);
    }
}

/// <summary>A supremum over the pieces of n*(ε): its estimate, reached as ε ↑ Eps (the jump ε_{N−1}, where n*
/// steps from N down to N − 1), and its interval, over ε ∈ [Floor, ε_max).</summary>
public sealed record Supremum(double Estimate, int N, double Eps, double Low, double High, double Floor);

/// <summary>A printed sample size's margin s(ε_{N−1}) − (N − 1) at the jump N − 1, Eps being that jump's ε.</summary>
public sealed record Margin(double Value, int N, double Eps);
