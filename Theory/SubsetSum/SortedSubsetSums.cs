namespace Rssp.Theory.SubsetSum;

/// <summary>All 2^m subset sums of m values in ascending order, with the subset of each as a bit mask
/// (bit i = value i). Built by m merges of the list with its shift, the same step as Lemma 14:
/// O(2^m) in all, no sorting.</summary>
internal static class SortedSubsetSums
{
    /// <summary>Fills sums and masks (length 2^m, m = values.Length) using scratch buffers of the same length.</summary>
    public static void Build(ReadOnlySpan<double> values, int bitOffset, Span<double> sums, Span<ulong> masks,
        Span<double> scratchSums, Span<ulong> scratchMasks)
    {
        sums[0] = 0;
        masks[0] = 0;
        var length = 1;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var bit = 1UL << (bitOffset + i);
            int p = 0, q = 0, w = 0;
            while (p < length || q < length)
            {
                if (q >= length || (p < length && sums[p] <= sums[q] + x))
                {
                    scratchSums[w] = sums[p];
                    scratchMasks[w++] = masks[p++];
                }
                else
                {
                    scratchSums[w] = sums[q] + x;
                    scratchMasks[w++] = masks[q++] | bit;
                }
            }
            length *= 2;
            scratchSums[..length].CopyTo(sums);
            scratchMasks[..length].CopyTo(masks);
        }
    }
}
