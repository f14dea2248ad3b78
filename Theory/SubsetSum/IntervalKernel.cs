using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rssp.Theory.SubsetSum;

/// <summary>The allocation-free span code behind <see cref="IntervalSet"/> and the coverage solvers.
/// A set is a span of 2m doubles [lo₀, hi₀, lo₁, hi₁, …] with lo_i ≤ hi_i &lt; lo_{i+1}: sorted,
/// disjoint, and with touching closed intervals already joined.</summary>
internal static class IntervalKernel
{
    /// <summary>Writes ((a + shiftA) ∪ (b + shiftB)) ∩ [lo, hi] into dst and returns the number of
    /// doubles written. dst needs room for a.Length + b.Length doubles; it must not overlap a or b.
    /// One linear pass: the two inputs are sorted, so are their shifts.</summary>
    public static int UnionShifted(
        ReadOnlySpan<double> a, double shiftA, ReadOnlySpan<double> b, double shiftB,
        double lo, double hi, Span<double> dst)
    {
        int i = 0, j = 0, w = 0;
        var open = false;
        double curLo = 0, curHi = 0;
        while (i < a.Length || j < b.Length)
        {
            double nLo, nHi;
            if (j >= b.Length || (i < a.Length && a[i] + shiftA <= b[j] + shiftB))
            {
                nLo = a[i] + shiftA;
                nHi = a[i + 1] + shiftA;
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

    /// <summary>Writes (a ∪ (a + shift)) ∩ [lo, hi] into dst (room for 2·a.Length doubles, no overlap with a)
    /// and returns the number of doubles written: the hot step of Lemma 14. Both streams are cut to the
    /// window by binary search first, so the merge loop needs no clipping; the choice between the two
    /// streams and the join-or-append decision are conditional selects, not branches.</summary>
    public static int UnionWithShift(ReadOnlySpan<double> a, double shift, double lo, double hi, Span<double> dst)
    {
        if (lo > hi) return 0;
        int i = FirstEndingAtOrAfter(a, lo), endI = FirstStartingAfter(a, hi);
        int j = FirstEndingAtOrAfter(a, lo - shift), endJ = FirstStartingAfter(a, hi - shift);
        if (i >= endI && j >= endJ) return 0;
        ref var src = ref MemoryMarshal.GetReference(a);
        ref var dest = ref MemoryMarshal.GetReference(dst);
        double curLo, curHi;
        if (j >= endJ || (i < endI && Unsafe.Add(ref src, 2 * i) <= Unsafe.Add(ref src, 2 * j) + shift))
        {
            curLo = Unsafe.Add(ref src, 2 * i);
            curHi = Unsafe.Add(ref src, 2 * i + 1);
            i++;
        }
        else
        {
            curLo = Unsafe.Add(ref src, 2 * j) + shift;
            curHi = Unsafe.Add(ref src, 2 * j + 1) + shift;
            j++;
        }
        var w = 0;
        while (i < endI && j < endJ)
        {
            var loA = Unsafe.Add(ref src, 2 * i);
            var loB = Unsafe.Add(ref src, 2 * j) + shift;
            double nLo, nHi;
            if (loA <= loB)
            {
                nLo = loA;
                nHi = Unsafe.Add(ref src, 2 * i + 1);
                i++;
            }
            else
            {
                nLo = loB;
                nHi = Unsafe.Add(ref src, 2 * j + 1) + shift;
                j++;
            }
            if (nLo > curHi)
            {
                Unsafe.Add(ref dest, w) = curLo;
                Unsafe.Add(ref dest, w + 1) = curHi;
                w += 2;
                curLo = nLo;
                curHi = nHi;
            }
            else if (nHi > curHi) curHi = nHi;
        }
        // One stream is spent; the other's remaining intervals are sorted but may still join the open one.
        var (k, end, rest) = i < endI ? (i, endI, 0.0) : (j, endJ, shift);
        for (; k < end; k++)
        {
            var nLo = Unsafe.Add(ref src, 2 * k) + rest;
            var nHi = Unsafe.Add(ref src, 2 * k + 1) + rest;
            if (nLo > curHi)
            {
                Unsafe.Add(ref dest, w) = curLo;
                Unsafe.Add(ref dest, w + 1) = curHi;
                w += 2;
                curLo = nLo;
                curHi = nHi;
            }
            else if (nHi > curHi) curHi = nHi;
        }
        Unsafe.Add(ref dest, w) = curLo;
        Unsafe.Add(ref dest, w + 1) = curHi;
        w += 2;
        if (dst[0] < lo) dst[0] = lo;
        if (dst[w - 1] > hi) dst[w - 1] = hi;
        return w;
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
