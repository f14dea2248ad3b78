namespace Rssp.Theory.SubsetSum;

/// <summary>The sweep of Lemma 14 keeping half of each set. The subset sums of x_1..x_k are symmetric about
/// c_k = (x_1 + … + x_k)/2 (S ↦ its complement), and so is A_k: the sweep keeps only F_k, A_k folded about c_k onto
/// (−∞, c_k] and cut to the fold of the lookahead window W_k, and reads the part above c_k it needs by reflection.
/// A step: F_k with its reflection just above c_k (up to |x|/2 past it) appended is A_k on all that the next step
/// reads, so F_{k+1} is one <see cref="IntervalKernel.UnionWithShift"/> of it cut to the fold of W_{k+1} about
/// c_{k+1} = c_k + x/2 (that fold starts exactly where the fold of W_k does, shifted by max(x, 0)). The last set is
/// unfolded onto [lo, hi]. Where the window straddles the centre, the sets hold up to half as many intervals.</summary>
internal static class FoldedSweep
{
    /// <summary>Relative margin read past the reflection's end: reading more of A_k is harmless, less is not.</summary>
    private const double Margin = 1e-9;

    /// <summary>A_n ∩ [lo, hi] for the samples in the order given: the same set as <see cref="ApproximableSweep"/>
    /// gives, up to the rounding of a reflection (2c − y) in the endpoints.</summary>
    public static ReadOnlyMemory<double> Set(ReadOnlySpan<double> samples, double eps, double lo, double hi)
    {
        var n = samples.Length;
        var (positive, negative) = ApproximableSweep.SuffixSums(samples);
        var buffers = SweepBuffers.Rent();
        var current = buffers.First;
        var next = buffers.Second;
        try
        {
            var c = 0.0;
            var (fLo, fHi) = Fold(c, ApproximableSweep.Window(lo, hi, positive[0], negative[0], n == 0));
            var length = IntervalKernel.UnionWithShift([-eps, eps], 0, fLo, fHi, current); // F_0 = A_0 ∩ that fold
            for (var k = 1; k <= n; k++)
            {
                var x = samples[k - 1];
                current = SweepBuffers.Room(current, 2 * length, length);
                // Read up to |x|/2 past c, and a little more: the rounding of c must not leave the top unread.
                length = Reflect(current.AsSpan(0, length), c, c, c + Math.Abs(x) / 2 + Margin * (1 + Math.Abs(c) + Math.Abs(x)), current, length);
                next = SweepBuffers.Room(next, 2 * length, 0);
                c += x / 2;
                (fLo, fHi) = Fold(c, ApproximableSweep.Window(lo, hi, positive[k], negative[k], k == n));
                length = IntervalKernel.UnionWithShift(current.AsSpan(0, length), x, fLo, fHi, next);
                (current, next) = (next, current);
            }
            return Unfold(current.AsSpan(0, length), c, lo, hi);
        }
        finally
        {
            buffers.Return(current, next);
        }
    }

    /// <summary>The fold of [lo, hi] about c onto (−∞, c]: { min(y, 2c − y) : y ∈ [lo, hi] }.</summary>
    internal static (double Lo, double Hi) Fold(double c, (double Lo, double Hi) window)
    {
        var (lo, hi) = window;
        if (c >= hi) return (lo, hi);
        if (c <= lo) return (2 * c - hi, 2 * c - lo);
        return (Math.Min(lo, 2 * c - hi), c);
    }

    /// <summary>Writes into dst from w on the reflection about c of f (a set below c) cut to [lo, hi] — A on [lo, hi]
    /// for lo ≥ c — joining it to dst[..w] where they meet; returns the new w. f may be dst[..w] itself.</summary>
    internal static int Reflect(ReadOnlySpan<double> f, double c, double lo, double hi, Span<double> dst, int w)
    {
        // [l, h] ↦ [2c − h, 2c − l], which meets [lo, hi] iff h ≥ 2c − hi and l ≤ 2c − lo. An end the fold cut
        // at 2c − hi (or 2c − lo) maps back to hi (or lo) itself: 2c − (2c − hi) need not round to hi.
        var (ofHi, ofLo) = (2 * c - hi, 2 * c - lo);
        var first = IntervalKernel.FirstEndingAtOrAfter(f, ofHi);
        for (var k = IntervalKernel.FirstStartingAfter(f, ofLo) - 1; k >= first; k--)
        {
            var rLo = f[2 * k + 1] >= ofLo ? lo : Math.Max(2 * c - f[2 * k + 1], lo);
            var rHi = f[2 * k] <= ofHi ? hi : Math.Min(2 * c - f[2 * k], hi);
            if (w > 0 && rLo <= dst[w - 1]) dst[w - 1] = Math.Max(dst[w - 1], rHi); // the interval through c meets its mirror
            else (dst[w], dst[w + 1], w) = (rLo, rHi, w + 2);
        }
        return w;
    }

    /// <summary>A ∩ [lo, hi] from its fold f about c onto the fold of [lo, hi]: f's part from lo on, then the
    /// reflection of f cut to [c, hi].</summary>
    internal static ReadOnlyMemory<double> Unfold(ReadOnlySpan<double> f, double c, double lo, double hi)
    {
        var result = GC.AllocateUninitializedArray<double>(2 * f.Length);
        var below = f[(2 * IntervalKernel.FirstEndingAtOrAfter(f, lo))..];
        below.CopyTo(result);
        var w = below.Length;
        if (w > 0) result[0] = Math.Max(result[0], lo);
        if (hi > c) w = Reflect(f, c, Math.Max(lo, c), hi, result, w);
        return result.AsMemory(0, w);
    }
}
