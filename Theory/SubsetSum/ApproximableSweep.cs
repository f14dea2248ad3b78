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
        var n = samples.Length;
        var positive = new double[n + 1];
        var negative = new double[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            positive[k] = positive[k + 1] + Math.Max(samples[k], 0);
            negative[k] = negative[k + 1] + Math.Min(samples[k], 0);
        }

        var buffers = SweepBuffers.Rent();
        var current = buffers.First;
        var next = buffers.Second;
        try
        {
            var (wLo, wHi) = Window(lo, hi, positive[0], negative[0], n == 0);
            var length = 0;
            var a0Lo = Math.Max(-eps, wLo);
            var a0Hi = Math.Min(eps, wHi);
            if (a0Lo <= a0Hi)
            {
                current[0] = a0Lo;
                current[1] = a0Hi;
                length = 2;
            }
            if (!observer.OnStep(0, current.AsSpan(0, length))) return;
            for (var k = 1; k <= n; k++)
            {
                if (next.Length < 2 * length) next = GC.AllocateUninitializedArray<double>(Math.Max(4 * length, 64));
                (wLo, wHi) = Window(lo, hi, positive[k], negative[k], k == n);
                var src = current.AsSpan(0, length);
                length = IntervalKernel.UnionWithShift(src, samples[k - 1], wLo, wHi, next);
                (current, next) = (next, current);
                if (!observer.OnStep(k, current.AsSpan(0, length))) return;
            }
        }
        finally
        {
            buffers.Return(current, next);
        }
    }

    private static (double Lo, double Hi) Window(double lo, double hi, double positiveAfter, double negativeAfter, bool last) =>
        last
            ? (lo, hi)
            : (lo - positiveAfter - WindowSlack * (1 + positiveAfter), hi - negativeAfter + WindowSlack * (1 - negativeAfter));
}
