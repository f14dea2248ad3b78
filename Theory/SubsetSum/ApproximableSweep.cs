namespace Rssp.Theory.SubsetSum;

/// <summary>Sees the approximable set after each sample; returns false to stop the sweep.</summary>
internal interface IStepObserver
{
    /// <param name="k">samples merged so far (0 = only the empty subset)</param>
    /// <param name="set">the ε-approximable values, exact on the target window</param>
    bool OnStep(int k, ReadOnlySpan<double> set);
}

/// <summary>The hot loop: A₀ = [−ε, ε], A_k = (A_{k−1} ∪ (A_{k−1} + x_k)) ∩ W_k (Lemma 14), where the
/// lookahead window W_k = [lo − P_k, hi − N_k] keeps only what the remaining samples can still bring
/// into [lo, hi] (P_k, N_k: sums of the positive and negative samples after k). A_k ∩ [lo, hi] is then
/// exactly the set of z ∈ [lo, hi] that are ε-approximable with x_1..x_k, for every k ≤ n.
/// Two pooled buffers are swapped between steps: no allocation per step.</summary>
internal static class ApproximableSweep
{
    /// <summary>Relative slack added to every window but the last: a wider window is still exact,
    /// and the slack absorbs the rounding of the suffix sums.</summary>
    private const double WindowSlack = 1e-9;

    public static void Run<TObserver>(ReadOnlySpan<double> samples, double eps, double lo, double hi, ref TObserver observer)
        where TObserver : struct, IStepObserver
    {
        var (wLo, wHi) = FirstWindow(samples, lo, hi);
        Span<double> a0 = stackalloc double[4];
        RunFrom(a0[..IntervalKernel.UnionWithShift([-eps, eps], 0, wLo, wHi, a0)], 0, samples, lo, hi, ref observer);
    }

    /// <summary>The window W_0 = [lo − P_0, hi − N_0] a sweep of these samples needs its starting set on.</summary>
    public static (double Lo, double Hi) FirstWindow(ReadOnlySpan<double> samples, double lo, double hi)
    {
        var (positive, negative) = SuffixSums(samples);
        return Window(lo, hi, positive[0], negative[0], samples.Length == 0);
    }

    /// <summary>Continues a sweep from a set already exact on <see cref="FirstWindow"/>(samples, lo, hi): the
    /// observer sees it as step k0, then the set after each sample as k0 + 1, k0 + 2, ….</summary>
    public static void RunFrom<TObserver>(ReadOnlySpan<double> start, int k0, ReadOnlySpan<double> samples, double lo, double hi, ref TObserver observer)
        where TObserver : struct, IStepObserver
    {
        var n = samples.Length;
        var (positive, negative) = SuffixSums(samples);
        if (!observer.OnStep(k0, start) || n == 0) return;

        var buffers = SweepBuffers.Rent();
        var current = buffers.First;
        var next = buffers.Second;
        try
        {
            var src = start;
            for (var k = 1; k <= n; k++)
            {
                next = SweepBuffers.Room(next, 2 * src.Length, 0);
                var (wLo, wHi) = Window(lo, hi, positive[k], negative[k], k == n);
                var length = IntervalKernel.UnionWithShift(src, samples[k - 1], wLo, wHi, next);
                (current, next) = (next, current);
                src = current.AsSpan(0, length);
                if (!observer.OnStep(k0 + k, src)) return;
            }
        }
        finally
        {
            buffers.Return(current, next);
        }
    }

    /// <summary>P_k and N_k for k = 0..n: the sums of the positive and of the negative samples after k.</summary>
    public static (double[] Positive, double[] Negative) SuffixSums(ReadOnlySpan<double> samples)
    {
        var positive = new double[samples.Length + 1];
        var negative = new double[samples.Length + 1];
        SuffixSums(samples, positive, negative);
        return (positive, negative);
    }

    /// <summary>P_k and N_k for k = 0..n into the first n + 1 places of positive and negative.</summary>
    public static void SuffixSums(ReadOnlySpan<double> samples, Span<double> positive, Span<double> negative)
    {
        var n = samples.Length;
        (positive[n], negative[n]) = (0, 0);
        for (var k = n - 1; k >= 0; k--)
        {
            positive[k] = positive[k + 1] + Math.Max(samples[k], 0);
            negative[k] = negative[k + 1] + Math.Min(samples[k], 0);
        }
    }

    /// <summary>W_k = [lo − P_k, hi − N_k], widened by the slack except at the last step.</summary>
    public static (double Lo, double Hi) Window(double lo, double hi, double positiveAfter, double negativeAfter, bool last) =>
        last
            ? (lo, hi)
            : (lo - positiveAfter - WindowSlack * (1 + positiveAfter), hi - negativeAfter + WindowSlack * (1 - negativeAfter));
}
