using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>The ε-path of a stream: r_n = max_{z ∈ [lo, hi]} min_S |Σ_{i∈S} x_i − z|, the covering radius of the subset
/// sums of x_1..x_n on the target [lo, hi]. Approximability is closed (|Σ − z| ≤ ε, as in <see cref="Approximable"/>)
/// and the sums are finitely many, so the radius is attained and x_1..x_n ε-cover [lo, hi] exactly when r_n ≤ ε:
/// T_ε ≤ n ⟺ r_n ≤ ε (a tie r_n = ε covers), and one path gives T_ε for every ε at once.
/// <para>The path is read off one sweep of Lemma 14 at ε_min: A_n = sums ⊕ [−ε_min, ε_min], and between two
/// consecutive intervals of A_n lie two consecutive sums s₁ = b − ε_min, s₂ = a + ε_min whose gap contributes
/// max_{z ∈ [s₁, s₂] ∩ [lo, hi]} min(z − s₁, s₂ − z) to r_n. Only sums within r_{n−1} of [lo, hi] can be nearest to a
/// point of it (r_n ≤ r_{n−1}), so the set is kept on [lo − ρ + ε_min, hi + ρ − ε_min], ρ = min(r_{n−1}, ε_max), which
/// shrinks as the radius does: the early samples, with wide gaps, are read at the resolution their gaps have.</para>
/// <para>A path value v_n is r_n where ε_min &lt; r_n ≤ ε_max, ε_min where r_n ≤ ε_min (the path stops there) and +∞
/// where r_n &gt; ε_max: for every ε ∈ [ε_min, ε_max], r_n ≤ ε ⟺ v_n ≤ ε.</para></summary>
public static class CoveringRadius
{
    /// <summary>Relative widening of every window: a wider window is still exact, and it absorbs the rounding of the
    /// suffix sums and of lo − ρ.</summary>
    private const double WindowSlack = 1e-9;

    /// <summary>v_0, v_1, …, v_K for the samples in order: K is the first n with r_n ≤ ε_min, or samples.Length.</summary>
    public static double[] Path(ReadOnlySpan<double> samples, double epsMin, double epsMax, double lo = -1, double hi = 1)
    {
        Approximable.Validate(samples, epsMin);
        Guard.Finite(epsMax);
        Guard.Finite(lo);
        Guard.Finite(hi);
        if (epsMax < epsMin) throw new ArgumentException($"eps max {epsMax} is below eps min {epsMin}.", nameof(epsMax));
        if (lo > hi) throw new ArgumentException($"the window [{lo}, {hi}] is empty.", nameof(lo));
        var n = samples.Length;
        var (positive, negative) = ApproximableSweep.SuffixSums(samples);
        var path = new List<double>(n + 1) { Clamp(Math.Max(Math.Abs(lo), Math.Abs(hi)), epsMin, epsMax) };
        if (path[0] <= epsMin || n == 0) return [.. path];

        var buffers = SweepBuffers.Rent();
        var current = buffers.First;
        var next = buffers.Second;
        try
        {
            var rho = Math.Min(path[0], epsMax);
            var (wLo, wHi) = Window(lo, hi, rho, epsMin, positive[0], negative[0]);
            var length = IntervalKernel.UnionWithShift([-epsMin, epsMin], 0, wLo, wHi, current);
            for (var k = 1; k <= n; k++)
            {
                next = SweepBuffers.Room(next, 2 * length, 0);
                (wLo, wHi) = Window(lo, hi, rho, epsMin, positive[k], negative[k]);
                length = IntervalKernel.UnionWithShift(current.AsSpan(0, length), samples[k - 1], wLo, wHi, next);
                (current, next) = (next, current);
                var v = Math.Min(Of(current.AsSpan(0, length), epsMin, rho, epsMax, lo, hi), path[k - 1]);
                path.Add(v);
                if (v <= epsMin) break;
                rho = Math.Min(v, epsMax);
            }
        }
        finally
        {
            buffers.Return(current, next);
        }
        return [.. path];
    }

    /// <summary>The path of the stream draw(Rng(seed)), draw(…), … of any law down to ε_min: the samples up to a
    /// horizon are swept in order; the horizon grows (by max(3, h/8) samples a step) until the path reaches ε_min (the values do not depend on it).</summary>
    public static double[] OfStream(ulong seed, Func<Rng, double> draw, double epsMin, double epsMax, double lo = -1, double hi = 1, int maxSamples = 1 << 16) =>
        OfStream(seed, draw, epsMin, epsMax, lo, hi, maxSamples, HorizonSlack);

    /// <summary>The first horizon is this many samples past log₂(1/ε_min) (the mean T is about 7 past it): a longer one
    /// widens every lookahead window, a shorter one sweeps again more often. Timed over 3 to 15 at ε = 10⁻⁴, 10⁻⁵.</summary>
    internal const int HorizonSlack = 10;

    internal static double[] OfStream(ulong seed, Func<Rng, double> draw, double epsMin, double epsMax, double lo, double hi, int maxSamples, int slack)
    {
        Guard.Positive(epsMin);
        Guard.Positive(maxSamples);
        var first = epsMin >= 1 ? 8 : (int)Math.Floor(Math.Log2(1 / epsMin)) + slack;
        for (var horizon = Math.Min(first, maxSamples); ; horizon = Math.Min(horizon + Math.Max(3, horizon / 8), maxSamples))
        {
            var rng = new Rng(seed);
            var xs = new double[horizon];
            for (var i = 0; i < horizon; i++) xs[i] = draw(rng);
            var path = Path(xs, epsMin, epsMax, lo, hi);
            if (path[^1] <= epsMin) return path;
            if (horizon == maxSamples)
                throw new ArgumentException($"the stream did not cover [{lo}, {hi}] within maxSamples = {maxSamples} samples at eps = {epsMin}.", nameof(maxSamples));
        }
    }

    /// <summary>The path of the i.i.d. Unif([−1, 1]) stream of <see cref="Rng"/>(seed) on [−1, 1]: the same stream
    /// as <see cref="StoppingTime.OfUniformStream(ulong, double, int)"/>, so T_ε = <see cref="FirstBelow"/>(path, ε).</summary>
    public static double[] OfUniformStream(ulong seed, double epsMin, double epsMax, int maxSamples = 1 << 16) =>
        OfStream(seed, rng => rng.NextSymmetric(), epsMin, epsMax, -1, 1, maxSamples);

    /// <summary>T_ε from a path: the first n with v_n ≤ ε (ε ∈ [ε_min, ε_max]); null when the path never gets there.</summary>
    public static int? FirstBelow(ReadOnlySpan<double> path, double eps)
    {
        for (var n = 0; n < path.Length; n++)
            if (path[n] <= eps) return n;
        return null;
    }

    /// <summary>The path value of a radius r: r on (ε_min, ε_max], ε_min below, +∞ above.</summary>
    public static double Clamp(double r, double epsMin, double epsMax) => r <= epsMin ? epsMin : r > epsMax ? double.PositiveInfinity : r;

    /// <summary>[lo − ρ + ε_min, hi + ρ − ε_min] seen through the lookahead of the samples after this step, widened.</summary>
    private static (double Lo, double Hi) Window(double lo, double hi, double rho, double epsMin, double positiveAfter, double negativeAfter)
    {
        var reach = Math.Max(rho - epsMin, 0);
        var (l, h) = (lo - reach - positiveAfter, hi + reach - negativeAfter);
        return (l - WindowSlack * (1 + Math.Abs(l)), h + WindowSlack * (1 + Math.Abs(h)));
    }

    /// <summary>The path value from A = sums ⊕ [−ε_min, ε_min], exact on [lo − ρ + ε_min, hi + ρ − ε_min] where ρ ≥ r
    /// (or ρ = ε_max): the largest distance from a point of [lo, hi] to the sums, from each gap between A's intervals.
    /// A gap open at the end of that range has no sum beyond it within ρ of [lo, hi].</summary>
    internal static double Of(ReadOnlySpan<double> set, double epsMin, double rho, double epsMax, double lo, double hi)
    {
        var reach = Math.Max(rho - epsMin, 0);
        var (rangeLo, rangeHi) = (lo - reach, hi + reach);
        var first = IntervalKernel.FirstEndingAtOrAfter(set, rangeLo);
        var last = IntervalKernel.FirstStartingAfter(set, rangeHi) - 1;
        if (last < first) return double.PositiveInfinity;
        var worst = 0.0;
        if (set[2 * first] > rangeLo) worst = Gap(double.NegativeInfinity, set[2 * first] + epsMin, rho, lo, hi);
        if (set[2 * last + 1] < rangeHi) worst = Math.Max(worst, Gap(set[2 * last + 1] - epsMin, double.PositiveInfinity, rho, lo, hi));
        // Gap j lies between interval j and j + 1; the midpoints rise with j. Those outside [lo, hi] are clamped to it;
        // for the rest the distance is half the gap between the sums, and only the widest gap matters.
        var (j, k) = (first, last - 1);
        for (; j <= k && set[2 * j + 1] + set[2 * j + 2] < 2 * lo; j++) worst = Math.Max(worst, Gap(set[2 * j + 1] - epsMin, set[2 * j + 2] + epsMin, rho, lo, hi));
        for (; k >= j && set[2 * k + 1] + set[2 * k + 2] > 2 * hi; k--) worst = Math.Max(worst, Gap(set[2 * k + 1] - epsMin, set[2 * k + 2] + epsMin, rho, lo, hi));
        if (j <= k)
        {
            var widest = 0.0;
            for (var g = j; g <= k; g++) widest = Math.Max(widest, set[2 * g + 2] - set[2 * g + 1]);
            worst = Math.Max(worst, widest / 2 + epsMin);
        }
        return Clamp(worst, epsMin, epsMax);
    }

    /// <summary>max_{z ∈ [s₁, s₂] ∩ [lo, hi]} min(z − s₁, s₂ − z) for consecutive sums s₁ &lt; s₂; an infinite s is a sum
    /// farther than ρ from [lo, hi] (+∞ is returned when that makes the distance exceed ρ).</summary>
    private static double Gap(double s1, double s2, double rho, double lo, double hi)
    {
        var (zLo, zHi) = (Math.Max(s1, lo), Math.Min(s2, hi));
        if (zLo > zHi) return 0;
        if (double.IsInfinity(s1) && double.IsInfinity(s2)) return double.PositiveInfinity;
        var d = double.IsNegativeInfinity(s1) ? s2 - lo
            : double.IsPositiveInfinity(s2) ? hi - s1
            : Math.Min(Math.Clamp((s1 + s2) / 2, zLo, zHi) - s1, s2 - Math.Clamp((s1 + s2) / 2, zLo, zHi));
        return (double.IsInfinity(s1) || double.IsInfinity(s2)) && d > rho ? double.PositiveInfinity : d;
    }
}
