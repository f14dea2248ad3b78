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
    /// step of Lemma 14. dst needs room for 2·n doubles, n the intervals of a and a + shift that meet the window
    /// (so 2·a.Length always do), and must not overlap a.
    /// Both streams (a, and a + shift) are cut to the window by binary search first, so the merge needs no
    /// clipping. The merge has no data-dependent branch: the next interval is the one with the smaller start
    /// (a compare and a blend), and a gap before it is handled by always writing the open run's end and the
    /// next start, then moving the output on only past a gap; the open run's end is a running maximum (after a
    /// gap the new end is the larger anyway). A branch-free merge is bound by the latency of its loop (the next
    /// load waits for the last compare), so a large merge is cut by the merge-path split into four parts merged
    /// in the same loop, each into its own part of dst, then joined. Those parts need no bounds checks: they stop
    /// before the last interval of either stream (the tail after it comes from one stream), so when a part has
    /// used up its share of one stream, the next interval of that stream belongs to a later part and is never the
    /// smaller start.</summary>
    public static int UnionWithShift(ReadOnlySpan<double> a, double shift, double lo, double hi, Span<double> dst)
    {
        if (lo > hi) return 0;
        int i = FirstEndingAtOrAfter(a, lo), endI = Math.Max(i, FirstStartingAfter(a, hi));
        int j = FirstEndingAtOrAfter(a, lo - shift), endJ = Math.Max(j, FirstStartingAfter(a, hi - shift));
        var total = endI - i + endJ - j;
        if (total == 0) return 0;
        if (dst.Length < 2 * total)
            throw new ArgumentException("dst has no room for the union of the intervals in the window.", nameof(dst));
        ref var src = ref MemoryMarshal.GetReference(a);
        ref var dest = ref MemoryMarshal.GetReference(dst);
        var offset = Vector128.Create(shift, shift);
        var last = a.Length / 2 - 1;
        // The tail: from the last interval of one stream on, all that follows comes from the other.
        var (iT, jT) = endI > i && endJ > j ? TailStart(ref src, i, endI, j, endJ, shift) : (i, j);
        var head = iT - i + jT - j;
        int w;
        double curHi;
        if (head >= FourPartsFrom)
            (w, curHi) = MergeInFourParts(ref src, dst, i, iT, j, jT, head, offset);
        else if (head > 0)
        {
            (w, curHi) = (0, Open(ref dest, 0, Take(ref src, ref i, ref j, offset)));
            for (var k = head - 1; k > 0; k--) Add(ref dest, ref w, ref curHi, Take(ref src, ref i, ref j, offset));
        }
        else
            (w, curHi) = (0, Open(ref dest, 0, Next(ref src, ref iT, endI, ref jT, endJ, offset, last)));
        if (head > 0) Add(ref dest, ref w, ref curHi, Next(ref src, ref iT, endI, ref jT, endJ, offset, last));
        for (; iT < endI; iT++) Add(ref dest, ref w, ref curHi, Vector128.LoadUnsafe(ref src, (nuint)(2 * iT)));
        for (; jT < endJ; jT++) Add(ref dest, ref w, ref curHi, Vector128.LoadUnsafe(ref src, (nuint)(2 * jT)) + offset);
        Unsafe.Add(ref dest, w + 1) = curHi;
        w += 2;
        if (dst[0] < lo) dst[0] = lo;
        if (dst[w - 1] > hi) dst[w - 1] = hi;
        return w;
    }

    /// <summary>Merges in four parts from this many head intervals on (below it, one loop is as fast).</summary>
    internal const int FourPartsFrom = 64;

    /// <summary>The head a[i..iT) ∪ (a + shift)[j..jT) merged in four parts of the merged order, each into its own
    /// region of dst, then joined in place; returns the open run (its start at dst[w]) and its end. A part of d
    /// intervals writes at most 2·d doubles (a step writes the open run's end and the next start, two past the
    /// runs it has closed), so the regions start 2·quarter apart and the last ends at 2·head.</summary>
    private static (int W, double CurHi) MergeInFourParts(ref double src, Span<double> dst, int i, int iT, int j, int jT, int head, Vector128<double> offset)
    {
        ref var dest = ref MemoryMarshal.GetReference(dst);
        var quarter = head / 4;
        var (i1, j1) = Cut(ref src, i, iT, j, jT, offset.ToScalar(), quarter);
        var (i2, j2) = Cut(ref src, i, iT, j, jT, offset.ToScalar(), 2 * quarter);
        var (i3, j3) = Cut(ref src, i, iT, j, jT, offset.ToScalar(), 3 * quarter);
        int w0 = 0, w1 = 2 * quarter, w2 = 2 * w1, w3 = 3 * w1;
        var (first1, first2, first3) = (w1, w2, w3);
        var c0 = Open(ref dest, w0, Take(ref src, ref i, ref j, offset));
        var c1 = Open(ref dest, w1, Take(ref src, ref i1, ref j1, offset));
        var c2 = Open(ref dest, w2, Take(ref src, ref i2, ref j2, offset));
        var c3 = Open(ref dest, w3, Take(ref src, ref i3, ref j3, offset));
        for (var k = quarter - 1; k > 0; k--)
        {
            Add(ref dest, ref w0, ref c0, Take(ref src, ref i, ref j, offset));
            Add(ref dest, ref w1, ref c1, Take(ref src, ref i1, ref j1, offset));
            Add(ref dest, ref w2, ref c2, Take(ref src, ref i2, ref j2, offset));
            Add(ref dest, ref w3, ref c3, Take(ref src, ref i3, ref j3, offset));
        }
        for (var k = head - 4 * quarter; k > 0; k--) Add(ref dest, ref w3, ref c3, Take(ref src, ref i3, ref j3, offset));
        Join(dst, ref w0, ref c0, first1, w1, c1);
        Join(dst, ref w0, ref c0, first2, w2, c2);
        Join(dst, ref w0, ref c0, first3, w3, c3);
        return (w0, c0);
    }

    /// <summary>Joins the runs dst[first..w] (the last one open, ending at curHiPart) to the open run at dst[w0],
    /// ending at curHi: the part's first runs may overlap it; the rest move down (when none is left, the open run
    /// keeps its end and nothing moves).</summary>
    private static void Join(Span<double> dst, ref int w0, ref double curHi, int first, int w, double curHiPart)
    {
        dst[w + 1] = curHiPart;
        var k = first;
        var stop = w + 2;
        while (k < stop && dst[k] <= curHi)
        {
            curHi = Math.Max(curHi, dst[k + 1]);
            k += 2;
        }
        dst[w0 + 1] = curHi;
        dst[k..stop].CopyTo(dst[(w0 + 2)..]);
        w0 += stop - k;
        curHi = dst[w0 + 1];
    }

    /// <summary>Where the tail starts: the stream positions of the last interval of a[i..endI) or of
    /// (a + shift)[j..endJ), whichever comes first in the merged order (both streams non-empty).</summary>
    private static (int I, int J) TailStart(ref double src, int i, int endI, int j, int endJ, double shift)
    {
        // Before the last of a: the b + shift that start below it (a goes first on a tie); before the last
        // of b + shift: the a that start at or below it.
        var lastA = Unsafe.Add(ref src, 2 * (endI - 1));
        var lastB = Unsafe.Add(ref src, 2 * (endJ - 1)) + shift;
        int bBefore = j, bEnd = endJ;
        while (bBefore < bEnd)
        {
            var mid = (bBefore + bEnd) >>> 1;
            if (Unsafe.Add(ref src, 2 * mid) + shift < lastA) bBefore = mid + 1;
            else bEnd = mid;
        }
        int aBefore = i, aEnd = endI;
        while (aBefore < aEnd)
        {
            var mid = (aBefore + aEnd) >>> 1;
            if (Unsafe.Add(ref src, 2 * mid) <= lastB) aBefore = mid + 1;
            else aEnd = mid;
        }
        return endI - 1 - i + bBefore - j <= endJ - 1 - j + aBefore - i ? (endI - 1, bBefore) : (aBefore, endJ - 1);
    }

    /// <summary>The stream positions after the first d intervals of the merged order of a[i..iT) and (a + shift)[j..jT).</summary>
    private static (int I, int J) Cut(ref double src, int i, int iT, int j, int jT, double shift, int d)
    {
        var fromA = Split(ref src, i, iT - i, j, jT - j, shift, d);
        return (i + fromA, j + d - fromA);
    }

    /// <summary>Opens a run at dest[w] with the interval given; returns its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Open(ref double dest, int w, Vector128<double> first)
    {
        Unsafe.Add(ref dest, w) = first.ToScalar();
        return first.GetElement(1);
    }

    /// <summary>Adds the next interval of a merge to the run whose start is dest[w] and whose end is curHi: writes
    /// the run's end and the interval's start as the next run's, and moves past the run only at a gap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref double dest, ref int w, ref double curHi, Vector128<double> next)
    {
        var nLo = next.ToScalar();
        var gap = nLo > curHi ? 1 : 0;
        Unsafe.Add(ref dest, w + 1) = curHi;
        Unsafe.Add(ref dest, w + 2) = nLo;
        curHi = double.MaxNative(curHi, next.GetElement(1));
        w += gap << 1;
    }

    /// <summary>The interval with the smaller start of a[i] and a[j] + shift (a's on a tie); advances that stream.
    /// Both must exist: the caller knows neither stream is spent (or what follows it is no smaller).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Take(ref double src, ref int i, ref int j, Vector128<double> offset)
    {
        var fromA = Vector128.LoadUnsafe(ref src, (nuint)(2 * i));
        var fromB = Vector128.LoadUnsafe(ref src, (nuint)(2 * j)) + offset;
        var takeA = fromA.ToScalar() <= fromB.ToScalar() ? 1 : 0;
        i += takeA;
        j += 1 - takeA;
        return Vector128.ConditionalSelect(Vector128.Create((long)-takeA).AsDouble(), fromA, fromB);
    }

    /// <summary>As <see cref="Take"/>, from whichever stream still has one. Reads stay inside a even when a stream is spent.</summary>
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
