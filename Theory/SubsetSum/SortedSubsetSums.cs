using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rssp.Theory.SubsetSum;

/// <summary>All 2^m subset sums of m values in ascending order, with the subset of each as a bit mask
/// (bit i = value i). Built by m merges of the list with its shift, the same step as Lemma 14:
/// O(2^m) in all, no sorting. The two buffer pairs are used in turn, so nothing is copied back.</summary>
internal static class SortedSubsetSums
{
    /// <summary>Writes the sorted sums and masks into one of the two buffer pairs (each of length ≥ 2^m)
    /// and returns true when they are in (sumsA, masksA), false when in (sumsB, masksB).</summary>
    public static bool Build(ReadOnlySpan<double> values, int bitOffset, Span<double> sumsA, Span<ulong> masksA,
        Span<double> sumsB, Span<ulong> masksB)
    {
        sumsA[0] = 0;
        masksA[0] = 0;
        var inA = true;
        var length = 1;
        for (var i = 0; i < values.Length; i++)
        {
            if (inA) Merge(sumsA, masksA, sumsB, masksB, length, values[i], 1UL << (bitOffset + i));
            else Merge(sumsB, masksB, sumsA, masksA, length, values[i], 1UL << (bitOffset + i));
            inA = !inA;
            length *= 2;
        }
        return inA;
    }

    /// <summary>dst = merge(src, src + x), masks following their sums.</summary>
    private static void Merge(Span<double> srcSums, Span<ulong> srcMasks, Span<double> dstSums, Span<ulong> dstMasks,
        int length, double x, ulong bit)
    {
        ref var s = ref MemoryMarshal.GetReference(srcSums);
        ref var m = ref MemoryMarshal.GetReference(srcMasks);
        ref var ds = ref MemoryMarshal.GetReference(dstSums);
        ref var dm = ref MemoryMarshal.GetReference(dstMasks);
        int p = 0, q = 0, w = 0;
        while (p < length && q < length)
        {
            var a = Unsafe.Add(ref s, p);
            var b = Unsafe.Add(ref s, q) + x;
            if (a <= b)
            {
                Unsafe.Add(ref ds, w) = a;
                Unsafe.Add(ref dm, w++) = Unsafe.Add(ref m, p++);
            }
            else
            {
                Unsafe.Add(ref ds, w) = b;
                Unsafe.Add(ref dm, w++) = Unsafe.Add(ref m, q++) | bit;
            }
        }
        for (; p < length; p++, w++)
        {
            Unsafe.Add(ref ds, w) = Unsafe.Add(ref s, p);
            Unsafe.Add(ref dm, w) = Unsafe.Add(ref m, p);
        }
        for (; q < length; q++, w++)
        {
            Unsafe.Add(ref ds, w) = Unsafe.Add(ref s, q) + x;
            Unsafe.Add(ref dm, w) = Unsafe.Add(ref m, q) | bit;
        }
    }
}
