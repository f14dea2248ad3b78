using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>T_ε = min{ n : every z ∈ [−1, 1] is ε-approximable with X_1..X_n } for a stream of
/// samples. Coverage only grows with n, so Pr(T_ε ≤ n) is the probability that n samples cover.</summary>
public static class StoppingTime
{
    /// <summary>The first n ≤ samples.Length at which x_1..x_n cover [−1, 1], stopping the sweep there.</summary>
    public static Stopping FirstCover(ReadOnlySpan<double> samples, double eps) => FirstCover(samples, eps, -1, 1);

    /// <summary>The first n ≤ samples.Length at which every z ∈ [lo, hi] is ε-approximable by x_1..x_n.</summary>
    public static Stopping FirstCover(ReadOnlySpan<double> samples, double eps, double lo, double hi)
    {
        Approximable.Validate(samples, eps);
        Guard.Finite(lo);
        Guard.Finite(hi);
        if (lo > hi) throw new ArgumentException($"the window [{lo}, {hi}] is empty.", nameof(lo));
        var observer = new UntilCovered(lo, hi);
        ApproximableSweep.Run(samples, eps, lo, hi, ref observer);
        return observer.Result.Covered ? observer.Result : new Stopping(false, samples.Length);
    }

    /// <summary>T_ε on the window [lo, hi] for the stream draw(Rng(seed)), draw(…), … of any law: the
    /// samples up to a horizon are swept in order; the horizon doubles until the stream covers.</summary>
    public static int OfStream(ulong seed, Func<Rng, double> draw, double eps, double lo, double hi, int maxSamples = 1 << 16)
    {
        Guard.Positive(eps);
        Guard.Positive(maxSamples);
        for (var horizon = Math.Min(InitialHorizon(eps), maxSamples); ; horizon = Math.Min(2 * horizon, maxSamples))
        {
            var rng = new Rng(seed);
            var xs = new double[horizon];
            for (var i = 0; i < horizon; i++) xs[i] = draw(rng);
            var result = FirstCover(xs, eps, lo, hi);
            if (result.Covered) return result.Steps;
            if (horizon == maxSamples)
                throw new ArgumentException($"the stream did not cover [{lo}, {hi}] within maxSamples = {maxSamples} samples at eps = {eps}.", nameof(maxSamples));
        }
    }

    /// <summary>T_ε for the i.i.d. Unif([−1, 1]) stream of <see cref="Rng"/>(seed).
    /// Coverage by x_1..x_k does not depend on their order and only grows with k, and T_ε ≥ log₂(1/ε)
    /// (the counting bound). So the set A_m of the first m ≈ 1.2·log₂(1/ε) + 1 samples, which seldom
    /// cover, is built largest |x| first: the sums spread out sooner and the windows shrink sooner, so the
    /// sets mid-way are smaller; and folded (<see cref="FoldedSweep"/>), keeping half of each symmetric set.
    /// If they do cover, T ≤ m is found with a shorter sorted prefix. The rest of
    /// the stream is then swept in order from A_m, checking coverage at each step. A_m is needed on the
    /// window the stream samples up to a horizon can bring back into [−1, 1]; that window is what costs
    /// most, so the horizon starts a few samples past m, and when the stream has not covered by then the
    /// horizon grows and A_m is extended only over the two new bands of its window (A_m ∩ [a, b] is a
    /// sweep of the prefix with last window [a, b]) before the stream part is swept again. Exact whatever
    /// the horizon.</summary>
    public static int OfUniformStream(ulong seed, double eps, int maxSamples = 1 << 16) =>
        OfUniformStream(seed, eps, maxSamples, SortedPrefix(eps), HorizonSlack);

    /// <summary>The first horizon <see cref="OfStream"/> tries: past the typical T_ε ≈ log₂(1/ε) + 7.</summary>
    public static int InitialHorizon(double eps) => eps >= 1 ? 8 : (int)Math.Floor(Math.Log2(1 / eps)) + 11;

    /// <summary>The sorted prefix of the uniform stream, round(1.2·log₂(1/ε)) + 1 (13, 17, 21, 25 at ε = 10⁻³, …, 10⁻⁶:
    /// about two below the mean T_ε); the first horizon is <see cref="HorizonSlack"/> samples past it and grows by at
    /// least <see cref="HorizonGrowth"/>. Chosen by timing trials over a grid of prefix lengths and slacks at
    /// ε = 10⁻⁴, 10⁻⁵, 10⁻⁶ (README: the subset-sum core); any values give the same T_ε.</summary>
    internal static int SortedPrefix(double eps) => eps >= 1 ? 0 : (int)Math.Round(1.2 * Math.Log2(1 / eps)) + 1;

    internal const int HorizonSlack = 2;

    internal const int HorizonGrowth = 3;

    internal const int PrefixBackoff = 3;

    internal static int OfUniformStream(ulong seed, double eps, int maxSamples, int prefix, int slack)
    {
        Guard.Positive(eps);
        Guard.Positive(maxSamples);
        var horizon = Math.Min(prefix + slack, maxSamples);
        var xs = new Rng(seed).Symmetric(horizon);
        var m = Math.Min(prefix, horizon);
        var sorted = Approximable.LargestFirst(xs.AsSpan(0, m));
        var (lo, hi) = ApproximableSweep.FirstWindow(xs.AsSpan(m), -1, 1);
        var prefixSet = FoldedSweep.Set(sorted, eps, lo, hi);
        if (IntervalKernel.Covers(prefixSet.Span, -1, 1))
        {
            // T ≤ m: the answer lies in the prefix; look again with a shorter sorted prefix.
            return m <= 1
                ? FirstCover(xs.AsSpan(0, m), eps).Steps
                : OfUniformStream(seed, eps, m, Math.Max(0, m - PrefixBackoff), 1);
        }
        while (true)
        {
            var observer = new UntilCovered(-1, 1);
            ApproximableSweep.RunFrom(prefixSet.Span, m, xs.AsSpan(m), -1, 1, ref observer);
            if (observer.Result.Covered) return observer.Result.Steps;
            if (horizon == maxSamples)
                throw new ArgumentException($"the stream did not cover [-1, 1] within maxSamples = {maxSamples} samples at eps = {eps}.", nameof(maxSamples));
            horizon = Math.Min(horizon + Math.Max(HorizonGrowth, horizon / 8), maxSamples);
            xs = new Rng(seed).Symmetric(horizon);
            var (wider, higher) = ApproximableSweep.FirstWindow(xs.AsSpan(m), -1, 1);
            prefixSet = Joined(FoldedSweep.Set(sorted, eps, wider, lo).Span, prefixSet.Span, FoldedSweep.Set(sorted, eps, hi, higher).Span);
            (lo, hi) = (wider, higher);
        }
    }

    /// <summary>A_m on [a, d] from A_m on [a, b], [b, c] and [c, d].</summary>
    private static ReadOnlyMemory<double> Joined(ReadOnlySpan<double> lower, ReadOnlySpan<double> middle, ReadOnlySpan<double> upper)
    {
        var dst = new double[lower.Length + middle.Length + upper.Length];
        var w = IntervalKernel.Append(dst, IntervalKernel.Append(dst, IntervalKernel.Append(dst, 0, lower), middle), upper);
        return dst.AsMemory(0, w);
    }

    private struct UntilCovered(double lo, double hi) : IStepObserver
    {
        public Stopping Result { get; private set; }

        public bool OnStep(int k, ReadOnlySpan<double> set)
        {
            if (!IntervalKernel.Covers(set, lo, hi)) return true;
            Result = new Stopping(true, k);
            return false;
        }
    }
}

/// <summary>Covered: whether [−1, 1] was covered; Steps: the first covering n, or the samples seen.</summary>
public readonly record struct Stopping(bool Covered, int Steps);
