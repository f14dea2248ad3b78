using System.Buffers;
using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>A subset of the samples (bit i = sample i), its sum (added in index order) and |sum − z|.</summary>
public readonly record struct WitnessResult(ulong Mask, double Sum, double Error)
{
    public IEnumerable<int> Indices
    {
        get
        {
            var mask = Mask;
            return Enumerable.Range(0, 64).Where(i => (mask >> i & 1) == 1);
        }
    }

    public bool IsWithin(double eps) => Error <= eps;
}

/// <summary>Witness subsets by meet in the middle: the sorted sums of each half (2^{n/2} each), then
/// one two-pointer pass for the pair whose total is closest to z. Exact; O(2^{n/2}) time and memory.</summary>
public static class Witness
{
    /// <summary>The largest n accepted (2 × 2^24 sums in memory).</summary>
    public const int MaxSamples = 48;

    /// <summary>A subset S minimising |Σ_{i∈S} x_i − z| (the first found among equals).</summary>
    public static WitnessResult Closest(ReadOnlySpan<double> samples, double z) => Search(samples, z, stopAt: -1);

    /// <summary>Some subset within eps of z, if one exists; otherwise the closest subset (so
    /// <see cref="WitnessResult.IsWithin"/> says which case). Any subset of a prefix is a subset of the
    /// whole, so prefixes of 12 and 20 samples are searched first (2¹² and 2²⁰ sums: usually enough at the
    /// precisions of interest), stopping at the first sum within eps; the whole sample decides the rest.</summary>
    public static WitnessResult FirstWithin(ReadOnlySpan<double> samples, double z, double eps)
    {
        Guard.NonNegative(eps);
        foreach (var prefix in PrefixStages)
        {
            if (prefix >= samples.Length) break;
            var found = Search(samples[..prefix], z, eps);
            if (found.IsWithin(eps)) return found;
        }
        return Search(samples, z, eps);
    }

    private static readonly int[] PrefixStages = [12, 20];

    private static WitnessResult Search(ReadOnlySpan<double> samples, double z, double stopAt)
    {
        Guard.AllFinite(samples);
        Guard.Finite(z);
        Guard.AtMost(samples.Length, MaxSamples, "samples.Length");
        var m1 = samples.Length / 2;
        var m2 = samples.Length - m1;
        int size1 = 1 << m1, size2 = 1 << m2;
        var doubles = ArrayPool<double>.Shared.Rent(2 * size1 + 2 * size2);
        var longs = ArrayPool<ulong>.Shared.Rent(2 * size1 + 2 * size2);
        try
        {
            var at1 = Half(samples[..m1], 0, doubles.AsSpan(0, 2 * size1), longs.AsSpan(0, 2 * size1));
            var at2 = 2 * size1 + Half(samples[m1..], m1, doubles.AsSpan(2 * size1, 2 * size2), longs.AsSpan(2 * size1, 2 * size2));
            var sums1 = doubles.AsSpan(at1, size1);
            var masks1 = longs.AsSpan(at1, size1);
            var sums2 = doubles.AsSpan(at2, size2);
            var masks2 = longs.AsSpan(at2, size2);
            var bestMask = 0UL;
            var bestError = double.PositiveInfinity;
            int i = 0, j = size2 - 1;
            while (i < size1 && j >= 0)
            {
                var s = sums1[i] + sums2[j];
                var error = Math.Abs(s - z);
                if (error < bestError)
                {
                    bestError = error;
                    bestMask = masks1[i] | masks2[j];
                    if (error <= stopAt) break;
                }
                if (s < z) i++;
                else if (s > z) j--;
                else break;
            }
            return Evaluate(samples, bestMask, z);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(doubles);
            ArrayPool<ulong>.Shared.Return(longs);
        }
    }

    /// <summary>Sorts one half's sums into the given buffers; returns where they ended (0 or half the length).</summary>
    private static int Half(ReadOnlySpan<double> values, int bitOffset, Span<double> sums, Span<ulong> masks)
    {
        var size = sums.Length / 2;
        return SortedSubsetSums.Build(values, bitOffset, sums[..size], masks[..size], sums[size..], masks[size..]) ? 0 : size;
    }

    /// <summary>The subset's sum added in index order, and its distance to z.</summary>
    public static WitnessResult Evaluate(ReadOnlySpan<double> samples, ulong mask, double z)
    {
        var sum = 0.0;
        for (var i = 0; i < samples.Length; i++)
            if ((mask >> i & 1) == 1) sum += samples[i];
        return new WitnessResult(mask, sum, Math.Abs(sum - z));
    }
}
