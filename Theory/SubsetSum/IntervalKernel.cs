using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Rssp.Theory.SubsetSum;

/// <summary>The allocation-free span code behind <see cref="IntervalSet"/> and the coverage solvers.
/// A set is a span of 2m doubles [lo₀, hi₀, lo₁, hi₁, …] with lo_i ≤ hi_i &lt; lo_{i+1}: sorted,
/// disjoint, and with touching closed intervals already joined.</summary>
internal static class IntervalKernel
{
    /// <summary>Writes (a ∪ (b + shiftB)) ∩ [lo, hi] into dst and returns the number of doubles written.
    /// dst needs room for a.Length + b.Length doubles; it must not overlap a or b.
    /// One linear pass: the two inputs are sorted, so is the shift.</summary>
    public static int UnionShifted(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double shiftB, double lo, double hi, Span<double> dst)
    {
        int i = 0, j = 0, w = 0;
        var open = false;
        double curLo = 0, curHi = 0;
        while (i < a.Length || j < b.Length)
        {
            double nLo, nHi;
            if (j >= b.Length || (i < a.Length && a[i] <= b[j] + shiftB))
            {
                nLo = a[i];
                nHi = a[i + 1];
                i += 2;
            }
            else
            {
                nLo = b[j] + shiftB;
                nHi = b[j + 1] + shiftB;
                j += 2;
            }
            if (nHi < lo) continue;
            if (nLo > hi) break;
            if (nLo < lo) nLo = lo;
            if (nHi > hi) nHi = hi;
            if (open && nLo <= curHi)
            {
                if (nHi > curHi) curHi = nHi;
            }
            else
            {
                if (open)
                {
                    dst[w] = curLo;
                    dst[w + 1] = curHi;
                    w += 2;
                }
                curLo = nLo;
                curHi = nHi;
                open = true;
            }
        }
        if (open)
        {
            dst[w] = curLo;
            dst[w + 1] = curHi;
            w += 2;
        }
        return w;
    }

    /// <summary>Writes (a ∪ (a + shift)) ∩ [lo, hi] into dst and returns the number of doubles written: the hot
    /// step of Lemma 14. dst needs room for 2·a.Length + 4 doubles and must not overlap a.
    /// Both streams (a, and a + shift) are cut to the window by binary search first, so the merge needs no
    /// clipping. The merge has no data-dependent branch: the next interval is the one with the smaller start
    /// (a compare and a blend), and a gap before it is handled by always writing the open run's end and the
    /// next start, then moving the output on only past a gap; the open run's end is a running maximum (after a
    /// gap the new end is the larger anyway). A branch-free merge is bound by the latency of its loop (the next
    /// load waits for the last compare), so a large merge is cut at its middle by the merge-path split into two
    /// halves merged in the same loop, each into its own part of dst; the second half then joins the first.</summary>
    public static int UnionWithShift(ReadOnlySpan<double> a, double shift, double lo, double hi, Span<double> dst)
    {
        if (lo > hi) return 0;
        int i = FirstEndingAtOrAfter(a, lo), endI = Math.Max(i, FirstStartingAfter(a, hi));
        int j = FirstEndingAtOrAfter(a, lo - shift), endJ = Math.Max(j, FirstStartingAfter(a, hi - shift));
        var total = endI - i + endJ - j;
        if (total == 0) return 0;
        if (dst.Length < 2 * total + 4)
            throw new ArgumentException("dst has no room for the union and two scratch intervals.", nameof(dst));
        ref var src = ref MemoryMarshal.GetReference(a);
        ref var dest = ref MemoryMarshal.GetReference(dst);
        var last = a.Length / 2 - 1;
        var offset = Vector128.Create(shift, shift);
        int w;
        double curHi;
        if (total < TwoHalvesFrom)
        {
            (w, curHi) = (0, Start(ref src, ref dest, 0, ref i, endI, ref j, endJ, offset, last));
            while (i < endI || j < endJ) Step(ref src, ref dest, ref i, endI, ref j, endJ, ref w, ref curHi, offset, last);
        }
        else
        {
            // The first `half` intervals of the merged order are a[i..i2) and (a + shift)[j..j2).
            var half = total / 2;
            var i2 = i + Split(ref src, i, endI - i, j, endJ - j, shift, half);
            var j2 = j + half - (i2 - i);
            var (endI1, endJ1) = (i2, j2);
            var w2 = 2 * half + 2;
            (w, curHi) = (0, Start(ref src, ref dest, 0, ref i, endI1, ref j, endJ1, offset, last));
            var curHi2 = Start(ref src, ref dest, w2, ref i2, endI, ref j2, endJ, offset, last);
            var second = w2;
            // The first half has `half` intervals, the second total − half ≥ half: the loop ends the first.
            for (var steps = half - 1; steps > 0; steps--)
            {
                Step(ref src, ref dest, ref i, endI1, ref j, endJ1, ref w, ref curHi, offset, last);
                Step(ref src, ref dest, ref i2, endI, ref j2, endJ, ref w2, ref curHi2, offset, last);
            }
            while (i2 < endI || j2 < endJ) Step(ref src, ref dest, ref i2, endI, ref j2, endJ, ref w2, ref curHi2, offset, last);
            Unsafe.Add(ref dest, w2 + 1) = curHi2;
            // Join: the second half's first runs may overlap the first half's open run; the rest moves down.
            var k = second;
            var stop = w2 + 2;
            while (k < stop && Unsafe.Add(ref dest, k) <= curHi)
            {
                curHi = Math.Max(curHi, Unsafe.Add(ref dest, k + 1));
                k += 2;
            }
            if (k < stop)
            {
                Unsafe.Add(ref dest, w + 1) = curHi;
                dst[k..stop].CopyTo(dst[(w + 2)..]);
                w += stop - k;
                curHi = Unsafe.Add(ref dest, w + 1);
            }
        }
        Unsafe.Add(ref dest, w + 1) = curHi;
        w += 2;
        if (dst[0] < lo) dst[0] = lo;
        if (dst[w - 1] > hi) dst[w - 1] = hi;
        return w;
    }

    /// <summary>Merges from this many window intervals on in two halves (below it, one loop is as fast).</summary>
    internal const int TwoHalvesFrom = 64;

    /// <summary>Opens a run at dest[w] with the first interval of a merge; returns its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Start(ref double src, ref double dest, int w, ref int i, int endI, ref int j, int endJ, Vector128<double> offset, int last)
    {
        var first = Next(ref src, ref i, endI, ref j, endJ, offset, last);
        Unsafe.Add(ref dest, w) = first.ToScalar();
        return first.GetElement(1);
    }

    /// <summary>Adds the next interval of a merge to the run whose start is dest[w] and whose end is curHi: writes
    /// the run's end and the interval's start as the next run's, and moves past the run only at a gap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref double src, ref double dest, ref int i, int endI, ref int j, int endJ, ref int w, ref double curHi, Vector128<double> offset, int last)
    {
        var next = Next(ref src, ref i, endI, ref j, endJ, offset, last);
        var nLo = next.ToScalar();
        var gap = nLo > curHi ? 1 : 0;
        Unsafe.Add(ref dest, w + 1) = curHi;
        Unsafe.Add(ref dest, w + 2) = nLo;
        curHi = double.MaxNative(curHi, next.GetElement(1));
        w += gap << 1;
    }

    /// <summary>The interval with the smaller start of a[i] and a[j] + shift (a's on a tie), taken from whichever
    /// stream still has one; advances that stream. Reads stay inside a even when a stream is spent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Next(ref double src, ref int i, int endI, ref int j, int endJ, Vector128<double> offset, int last)
    {
        var fromA = Vector128.LoadUnsafe(ref src, (nuint)(2 * Math.Min(i, last)));
        var fromB = Vector128.LoadUnsafe(ref src, (nuint)(2 * Math.Min(j, last))) + offset;
        var takeA = (i < endI ? 1 : 0) & ((j < endJ ? 0 : 1) | (fromA.ToScalar() <= fromB.ToScalar() ? 1 : 0));
        i += takeA;
        j += 1 - takeA;
        return Vector128.ConditionalSelect(Vector128.Create((long)-takeA).AsDouble(), fromA, fromB);
    }

    /// <summary>The merge-path split: how many of the first d intervals of the merged order come from a[i0..i0+nA)
    /// (the rest from (a + shift)[j0..j0+nB)), ties going to a.</summary>
    private static int Split(ref double src, int i0, int nA, int j0, int nB, double shift, int d)
    {
        int lo = Math.Max(0, d - nB), hi = Math.Min(d, nA);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Unsafe.Add(ref src, 2 * (i0 + mid - 1)) <= Unsafe.Add(ref src, 2 * (j0 + d - mid)) + shift) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Appends the set s to the set held in dst[..w] and returns the new length, for s lying wholly at or
    /// after it (they share at most one point, where the two touching intervals are joined). dst needs room for
    /// w + s.Length doubles.</summary>
    public static int Append(Span<double> dst, int w, ReadOnlySpan<double> s)
    {
        if (s.IsEmpty) return w;
        if (w > 0 && s[0] < dst[w - 1])
            throw new ArgumentException("the set does not lie after the one it is appended to.", nameof(s));
        if (w > 0 && s[0] == dst[w - 1])
        {
            dst[w - 1] = s[1];
            s = s[2..];
        }
        s.CopyTo(dst[w..]);
        return w + s.Length;
    }

    /// <summary>Index (in intervals) of the first interval whose Lo &gt; z, or the count if none.</summary>
    public static int FirstStartingAfter(ReadOnlySpan<double> s, double z)
    {
        int lo = 0, hi = s.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (s[2 * mid] <= z) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Lebesgue measure of set ∩ [lo, hi].</summary>
    public static double Measure(ReadOnlySpan<double> s, double lo, double hi)
    {
        var total = 0.0;
        for (var k = 0; k < s.Length; k += 2)
        {
            var l = Math.Max(s[k], lo);
            var h = Math.Min(s[k + 1], hi);
            if (h > l) total += h - l;
        }
        return total;
    }

    /// <summary>Index (in intervals) of the first interval whose Hi ≥ z, or the count if none.</summary>
    public static int FirstEndingAtOrAfter(ReadOnlySpan<double> s, double z)
    {
        int lo = 0, hi = s.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (s[2 * mid + 1] < z) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>True iff [lo, hi] ⊆ set: one interval must hold it all, since touching intervals are joined.</summary>
    public static bool Covers(ReadOnlySpan<double> s, double lo, double hi)
    {
        var k = FirstEndingAtOrAfter(s, hi);
        return k < s.Length / 2 && s[2 * k] <= lo;
    }

    public static bool Contains(ReadOnlySpan<double> s, double z)
    {
        var k = FirstEndingAtOrAfter(s, z);
        return k < s.Length / 2 && s[2 * k] <= z;
    }
}
