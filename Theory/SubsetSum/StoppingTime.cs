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
        Guard.Finite(lo, nameof(lo));
        Guard.Finite(hi, nameof(hi));
        if (lo > hi) throw new ArgumentException($"the window [{lo}, {hi}] is empty.", nameof(lo));
        var observer = new UntilCovered(lo, hi);
        ApproximableSweep.Run(samples, eps, lo, hi, ref observer);
        return observer.Result.Covered ? observer.Result : new Stopping(false, samples.Length);
    }

    /// <summary>T_ε on the window [lo, hi] for the stream draw(Rng(seed)), draw(…), … of any law: the
    /// samples up to a horizon are swept in order; the horizon doubles until the stream covers.</summary>
    public static int OfStream(ulong seed, Func<Rng, double> draw, double eps, double lo, double hi, int maxSamples = 1 << 16)
    {
        Guard.Positive(eps, nameof(eps));
        Guard.Positive(maxSamples, nameof(maxSamples));
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
    /// (the counting bound). So the first m ≈ log₂(1/ε) + 3 samples, which almost never cover, are swept
    /// largest |x| first: the sums spread out sooner and the windows shrink sooner, so the sets mid-way are
    /// smaller. If they do cover, the stream order is swept from the start. The rest of the stream is swept
    /// in order, checking coverage at each step. The lookahead window needs the samples up to a horizon;
    /// when the stream has not covered by then, the horizon grows and the same prefix is swept again,
    /// so the result is exact whatever the horizon.</summary>
    public static int OfUniformStream(ulong seed, double eps, int maxSamples = 1 << 16) =>
        OfUniformStream(seed, eps, maxSamples, SortedPrefix(eps), HorizonSlack);

    internal const int HorizonSlack = 8;

    /// <summary>The first horizon tried: past the typical T_ε ≈ log₂(1/ε) + 7.</summary>
    public static int InitialHorizon(double eps) => SortedPrefix(eps) + HorizonSlack;

    internal const int PrefixBackoff = 3;

    internal static int SortedPrefix(double eps) => eps >= 1 ? 0 : Math.Max(0, (int)Math.Floor(Math.Log2(1 / eps)) + 3);

    internal static int OfUniformStream(ulong seed, double eps, int maxSamples, int prefix, int slack)
    {
        Guard.Positive(eps, nameof(eps));
        Guard.Positive(maxSamples, nameof(maxSamples));
        var horizon = Math.Min(prefix + slack, maxSamples);
        while (true)
        {
            var xs = new Rng(seed).Symmetric(horizon);
            var m = Math.Min(prefix, horizon);
            double[] ordered = [.. Approximable.LargestFirst(xs.AsSpan(0, m)), .. xs.AsSpan(m)];
            var observer = new CoverFromStep(m);
            ApproximableSweep.Run(ordered, eps, -1, 1, ref observer);
            if (observer.CoveredAtPrefix)
            {
                // T ≤ m: the answer lies in the prefix; look again with a shorter sorted prefix.
                return m <= 1
                    ? FirstCover(xs.AsSpan(0, m), eps).Steps
                    : OfUniformStream(seed, eps, m, Math.Max(0, m - PrefixBackoff), 1);
            }
            if (observer.Result.Covered) return observer.Result.Steps;
            if (horizon == maxSamples)
                throw new ArgumentException($"the stream did not cover [-1, 1] within maxSamples = {maxSamples} samples at eps = {eps}.", nameof(maxSamples));
            horizon = Math.Min(horizon + Math.Max(slack, horizon / 4), maxSamples);
        }
    }

    /// <summary>Checks coverage only from step m on (before it the order is not the stream's).</summary>
    private struct CoverFromStep(int m) : IStepObserver
    {
        public Stopping Result { get; private set; }

        public bool CoveredAtPrefix { get; private set; }

        public bool OnStep(int k, ReadOnlySpan<double> set)
        {
            if (k < m || !IntervalKernel.Covers(set, -1, 1)) return true;
            if (k == m) CoveredAtPrefix = true;
            else Result = new Stopping(true, k);
            return false;
        }
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
