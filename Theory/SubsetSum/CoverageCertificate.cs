using System.Buffers;

namespace Rssp.Theory.SubsetSum;

/// <summary>A cheap, exact certificate that x_1..x_n do not cover [−1, 1] at precision ε: a point z ∈ [−1, 1] farther
/// than ε from every subset sum. A few fixed points are tested, each by a meet in the middle over the sorted sums of the
/// two halves (exhaustive, O(2^{n/2}) per point), so a point reported is truly uncovered; finding none proves nothing
/// and the sweep decides. The margin 10⁻¹² keeps a point whose distance is ε up to rounding from being reported.</summary>
internal static class CoverageCertificate
{
    /// <summary>Below this the sweep is as cheap; above it the half-sums grow past what a quick test should build.</summary>
    public const int MinSamples = 12, MaxSamples = 30;

    /// <summary>Points tested: −1, 1 and evenly spaced points between.</summary>
    public const int Probes = 17;

    private const double Margin = 1e-12;

    public static bool FindsUncoveredPoint(ReadOnlySpan<double> samples, double eps) =>
        samples.Length >= MinSamples && samples.Length <= MaxSamples && UncoveredAmong(samples, eps, ProbeOrder(samples, eps));

    /// <summary>Is one of the points farther than ε (plus the margin) from every subset sum.</summary>
    internal static bool UncoveredAmong(ReadOnlySpan<double> samples, double eps, IReadOnlyList<double> order)
    {
        if (order.Count == 0) return false;
        var m1 = samples.Length / 2;
        int size1 = 1 << m1, size2 = 1 << (samples.Length - m1);
        var sums = ArrayPool<double>.Shared.Rent(2 * (size1 + size2));
        var masks = ArrayPool<ulong>.Shared.Rent(2 * (size1 + size2));
        try
        {
            var first = Half(samples[..m1], sums.AsSpan(0, 2 * size1), masks.AsSpan(0, 2 * size1));
            var second = Half(samples[m1..], sums.AsSpan(2 * size1, 2 * size2), masks.AsSpan(2 * size1, 2 * size2));
            foreach (var z in order)
                if (Distance(first, second, z) > eps + Margin) return true;
            return false;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<ulong>.Shared.Return(masks);
        }
    }

    /// <summary>The probe points worth testing, likeliest uncovered first, or none when the test would rarely pay: a sum
    /// Σ x_i b_i over random subsets is about normal with mean Σx_i/2 and variance Σx_i²/4, so about
    /// λ(z) = 2ⁿ·2ε·φ(z) sums fall within ε of z and z is uncovered with probability about e^{−λ(z)}. Only a guide for
    /// speed: whichever points are tested, the answer is exact.</summary>
    internal static double[] ProbeOrder(ReadOnlySpan<double> samples, double eps)
    {
        double mean = 0, variance = 0;
        foreach (var x in samples)
        {
            mean += x / 2;
            variance += x * x / 4;
        }
        var sd = Math.Sqrt(variance);
        if (!(sd > 0)) return [];
        var count = Math.Pow(2, samples.Length) * 2 * eps / (sd * Math.Sqrt(2 * Math.PI));
        var points = Enumerable.Range(0, Probes).Select(p => -1 + 2.0 * p / (Probes - 1))
            .Select(z => (Z: z, Miss: Math.Exp(-count * Math.Exp(-(z - mean) * (z - mean) / (2 * variance)))))
            .OrderByDescending(t => t.Miss).ToArray();
        return points.Sum(t => t.Miss) >= ExpectedFinds ? [.. points.Select(t => t.Z)] : [];
    }

    /// <summary>Test the points only when about this many of them are expected to be uncovered.</summary>
    private const double ExpectedFinds = 0.5;

    /// <summary>min over a ∈ first, b ∈ second of |a + b − z|, both ascending: one walk up the first, down the second.</summary>
    internal static double Distance(ReadOnlySpan<double> first, ReadOnlySpan<double> second, double z)
    {
        var best = double.PositiveInfinity;
        int i = 0, j = second.Length - 1;
        while (i < first.Length && j >= 0)
        {
            var s = first[i] + second[j];
            best = Math.Min(best, Math.Abs(s - z));
            if (s < z) i++;
            else if (s > z) j--;
            else return 0;
        }
        return best;
    }

    private static ReadOnlySpan<double> Half(ReadOnlySpan<double> values, Span<double> sums, Span<ulong> masks)
    {
        var size = sums.Length / 2;
        return SortedSubsetSums.Build(values, 0, sums[..size], masks[..size], sums[size..], masks[size..]) ? sums[..size] : sums[size..];
    }
}
