using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        var sweep = PathSweep.Rent(epsMin, epsMax, lo, hi);
        try
        {
            sweep.Take(samples);
            sweep.Start(samples.Length);
            sweep.Run(ratio: 0, predicted: 0, atLeast: 0); // the samples given are all there are: nothing to shorten
            return sweep.Values();
        }
        finally
        {
            sweep.Return();
        }
    }

    /// <summary>The path of the stream draw(Rng(seed)), draw(…), … of any law down to ε_min (the values do not depend
    /// on how far ahead the sweep looks; see <see cref="Horizon"/> for how far it does).</summary>
    public static double[] OfStream(ulong seed, Func<Rng, double> draw, double epsMin, double epsMax, double lo = -1, double hi = 1, int maxSamples = 1 << 16) =>
        OfStream(seed, draw, epsMin, epsMax, lo, hi, maxSamples, Horizon.Default);

    /// <summary>How far ahead the sweep of a stream looks. The window at step k keeps every sum the samples after k up
    /// to the horizon h can bring back, so it widens by about (h − k)/2: a horizon past T_{ε_min} costs width at every
    /// step, one short of it sweeps again. The sweep starts with h = ⌊log₂(1/ε_min)⌋ + <see cref="First"/>; at the
    /// first n with v_n ≤ <see cref="CheckpointRatio"/>·ε_min (the sets are still small) it keeps A_n and shortens h to
    /// n + ⌈log₂(v_n/ε_min)⌉ + <see cref="Predicted"/> (the radius about halves per sample). A stream that stops short
    /// of ε_min at step h predicts again from there (with <see cref="Retry"/>) and sweeps on from the kept A_n, or from
    /// the start when that is past the horizon A_n was swept for. The windows of a shorter horizon lie inside those of
    /// a longer one, and a set's end cut at a window never comes back inside the next (the slack), so every horizon
    /// gives the same path to the bit (tested). Chosen by counting the intervals merged per stream at ε_min = 10⁻³,
    /// 10⁻⁴, 10⁻⁵: 3 to 7 % fewer than one horizon 10 past log₂(1/ε_min); a horizon of exactly T_{ε_min} would merge
    /// 22 to 24 % fewer, but T_{ε_min} − n − ⌈log₂(v_n/ε_min)⌉ spreads over some 7 samples (−2 to 4 for most streams at
    /// 10⁻⁵), and a sweep resumed costs what it sweeps again.</summary>
    internal readonly record struct Horizon(int First, double CheckpointRatio, int Predicted, int Retry)
    {
        public static Horizon Default => new(14, 64, 3, 1);
    }

    internal static double[] OfStream(ulong seed, Func<Rng, double> draw, double epsMin, double epsMax, double lo, double hi, int maxSamples, Horizon horizon)
    {
        Guard.Positive(epsMin);
        Guard.Positive(maxSamples);
        var sweep = PathSweep.Rent(epsMin, epsMax, lo, hi);
        try
        {
            sweep.Draw(seed, draw);
            var h = Math.Clamp(epsMin >= 1 ? 8 : (int)Math.Floor(Math.Log2(1 / epsMin)) + horizon.First, 1, maxSamples);
            for (var atLeast = 0; ; h = Math.Min(Math.Max(atLeast, h + Math.Max(3, h / 8)), maxSamples))
            {
                sweep.Start(h);
                while (true)
                {
                    if (sweep.Run(horizon.CheckpointRatio, horizon.Predicted, atLeast)) return sweep.Values();
                    if (sweep.Horizon == maxSamples)
                        throw new ArgumentException($"the stream did not cover [{lo}, {hi}] within maxSamples = {maxSamples} samples at eps = {epsMin}.", nameof(maxSamples));
                    atLeast = Math.Min(sweep.Predicted(horizon.Retry), maxSamples);
                    if (!sweep.Resume(atLeast)) break;
                }
            }
        }
        finally
        {
            sweep.Return();
        }
    }

    /// <summary>The path of the i.i.d. Unif([−1, 1]) stream of <see cref="Rng"/>(seed) on [−1, 1]: the same stream
    /// as <see cref="StoppingTime.OfUniformStream(ulong, double, int)"/>, so T_ε = <see cref="FirstBelow"/>(path, ε).</summary>
    public static double[] OfUniformStream(ulong seed, double epsMin, double epsMax, int maxSamples = 1 << 16) =>
        OfStream(seed, UniformDraw, epsMin, epsMax, -1, 1, maxSamples);

    private static readonly Func<Rng, double> UniformDraw = rng => rng.NextSymmetric();

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
        if (j <= k) worst = Math.Max(worst, WidestGap(set, j, k) / 2 + epsMin);
        return Clamp(worst, epsMin, epsMax);
    }

    /// <summary>max over g ∈ [j, k] of set[2g + 2] − set[2g + 1], the widest gap between intervals j..k + 1 (the gaps
    /// are positive). Four at a time: the difference of two overlapping loads holds gap g, the length of interval
    /// g + 1, gap g + 1, … and the lengths are masked to 0; a maximum taken in any order is the same number.</summary>
    internal static double WidestGap(ReadOnlySpan<double> set, int j, int k)
    {
        if (2 * k + 2 >= set.Length) throw new ArgumentOutOfRangeException(nameof(k), "gap k needs interval k + 1.");
        ref var s = ref MemoryMarshal.GetReference(set);
        var g = j;
        var widest = 0.0;
        if (Vector256.IsHardwareAccelerated && k - j >= 7)
        {
            var gapsOnly = Vector256.Create(-1L, 0, -1L, 0).AsDouble();
            Vector256<double> a = Vector256<double>.Zero, b = a;
            // Gaps g..g + 3 read set[2g + 1 .. 2g + 9], inside the set while g + 3 ≤ k.
            for (; g + 3 <= k; g += 4)
            {
                var at = (nuint)(2 * g + 1);
                a = Vector256.MaxNative(a, (Vector256.LoadUnsafe(ref s, at + 1) - Vector256.LoadUnsafe(ref s, at)) & gapsOnly);
                b = Vector256.MaxNative(b, (Vector256.LoadUnsafe(ref s, at + 5) - Vector256.LoadUnsafe(ref s, at + 4)) & gapsOnly);
            }
            var both = Vector256.MaxNative(a, b);
            widest = Math.Max(Math.Max(both[0], both[1]), Math.Max(both[2], both[3]));
        }
        for (; g <= k; g++) widest = Math.Max(widest, set[2 * g + 2] - set[2 * g + 1]);
        return widest;
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

    /// <summary>One sweep of Lemma 14 at ε_min in stream order, reading v_n after every sample: the samples, their
    /// suffix sums for the horizon, the path so far, the set, and the set kept where the horizon was shortened, all
    /// reused from one stream to the next on a thread (no allocation per sample or per stream once they have grown).</summary>
    private sealed class PathSweep
    {
        [ThreadStatic] private static PathSweep? _cached;

        private double[] _xs = new double[64], _positive = new double[65], _negative = new double[65], _path = new double[65];
        private double _epsMin, _epsMax, _lo, _hi;
        private Rng? _rng;
        private Func<Rng, double>? _draw;
        private int _count;
        private SweepBuffers _buffers = null!;
        private double[] _current = null!, _next = null!;
        private int _length, _k;
        private double _rho;
        private double[] _kept = new double[64];
        private int _keptLength, _keptK, _keptHorizon;
        private double _keptRho;

        /// <summary>The samples the windows look ahead to: steps 1..Horizon can be read.</summary>
        public int Horizon { get; private set; }

        public static PathSweep Rent(double epsMin, double epsMax, double lo, double hi)
        {
            Guard.Finite(epsMax);
            Guard.Finite(lo);
            Guard.Finite(hi);
            if (epsMax < epsMin) throw new ArgumentException($"eps max {epsMax} is below eps min {epsMin}.", nameof(epsMax));
            if (lo > hi) throw new ArgumentException($"the window [{lo}, {hi}] is empty.", nameof(lo));
            var sweep = _cached ?? new PathSweep();
            _cached = null; // a nested sweep on the same thread gets its own
            (sweep._epsMin, sweep._epsMax, sweep._lo, sweep._hi) = (epsMin, epsMax, lo, hi);
            sweep._buffers = SweepBuffers.Rent();
            (sweep._current, sweep._next) = (sweep._buffers.First, sweep._buffers.Second);
            return sweep;
        }

        public void Return()
        {
            _buffers.Return(_current, _next);
            (_rng, _draw, _buffers, _current, _next) = (null, null, null!, null!, null!);
            _cached = this;
        }

        /// <summary>The samples, given.</summary>
        public void Take(ReadOnlySpan<double> samples)
        {
            Room(ref _xs, samples.Length, 0);
            samples.CopyTo(_xs);
            (_count, _rng, _draw) = (samples.Length, null, null);
        }

        /// <summary>The samples, drawn from the stream as far as a horizon needs them.</summary>
        public void Draw(ulong seed, Func<Rng, double> draw) => (_count, _rng, _draw) = (0, new Rng(seed), draw);

        /// <summary>v_0 and A_0 = [−ε_min, ε_min] on the first window of horizon h; nothing kept.</summary>
        public void Start(int h)
        {
            (_k, _keptK) = (0, -1);
            SetHorizon(h);
            _path[0] = Clamp(Math.Max(Math.Abs(_lo), Math.Abs(_hi)), _epsMin, _epsMax);
            _rho = Math.Min(_path[0], _epsMax);
            var (wLo, wHi) = Window(_lo, _hi, _rho, _epsMin, _positive[0], _negative[0]);
            _length = IntervalKernel.UnionWithShift([-_epsMin, _epsMin], 0, wLo, wHi, _current);
        }

        /// <summary>Sweeps on until v_k ≤ ε_min (true) or step <see cref="Horizon"/> (false). At the first v_k ≤
        /// ratio·ε_min (none kept yet) the set is kept and the horizon shortened to <see cref="Predicted"/>(predicted),
        /// not below atLeast.</summary>
        public bool Run(double ratio, int predicted, int atLeast)
        {
            if (_path[_k] <= _epsMin) return true;
            while (_k < Horizon)
            {
                var k = _k + 1;
                _next = SweepBuffers.Room(_next, 2 * _length, 0);
                var (wLo, wHi) = Window(_lo, _hi, _rho, _epsMin, _positive[k], _negative[k]);
                _length = IntervalKernel.UnionWithShift(_current.AsSpan(0, _length), _xs[k - 1], wLo, wHi, _next);
                (_current, _next) = (_next, _current);
                var v = Math.Min(Of(_current.AsSpan(0, _length), _epsMin, _rho, _epsMax, _lo, _hi), _path[k - 1]);
                _path[k] = v;
                _k = k;
                if (v <= _epsMin) return true;
                _rho = Math.Min(v, _epsMax);
                if (v > ratio * _epsMin || _keptK >= 0) continue;
                var h = Math.Max(Predicted(predicted), Math.Max(atLeast, k + 1));
                if (h >= Horizon) continue;
                Room(ref _kept, _length, 0);
                _current.AsSpan(0, _length).CopyTo(_kept);
                (_keptK, _keptLength, _keptRho, _keptHorizon) = (_k, _length, _rho, Horizon);
                SetHorizon(h);
            }
            return false;
        }

        /// <summary>k + ⌈log₂(v_k/ε_min)⌉ + slack: where the path may reach ε_min, the radius about halving per sample.</summary>
        public int Predicted(int slack) => _k + (int)Math.Ceiling(Math.Log2(_path[_k] / _epsMin)) + slack;

        /// <summary>Back to the kept set with horizon h; false if none is kept or it was swept for a shorter horizon.</summary>
        public bool Resume(int h)
        {
            if (_keptK < 0 || _keptHorizon < h) return false;
            _current = SweepBuffers.Room(_current, _keptLength, 0);
            _kept.AsSpan(0, _keptLength).CopyTo(_current);
            (_k, _length, _rho) = (_keptK, _keptLength, _keptRho);
            SetHorizon(h);
            return true;
        }

        /// <summary>v_0..v_k.</summary>
        public double[] Values() => _path.AsSpan(0, _k + 1).ToArray();

        /// <summary>Horizon h: the samples up to it (drawn as needed) and P_k, N_k, their sums of positive and of negative
        /// samples after k up to h.</summary>
        private void SetHorizon(int h)
        {
            if (h > _count)
            {
                if (_rng is null || _draw is null) throw new InvalidOperationException($"only {_count} samples were given, not {h}.");
                Room(ref _xs, h, _count);
                for (; _count < h; _count++) _xs[_count] = Guard.Finite(_draw(_rng), "a drawn sample");
            }
            Room(ref _positive, h + 1, 0);
            Room(ref _negative, h + 1, 0);
            Room(ref _path, h + 1, _k + 1);
            ApproximableSweep.SuffixSums(_xs.AsSpan(0, h), _positive, _negative);
            Horizon = h;
        }

        private static void Room(ref double[] buffer, int needed, int keep) => buffer = SweepBuffers.Room(buffer, needed, keep);
    }
}
