namespace Rssp.Verification.Reference;

/// <summary>Naive references, written independently of the cores, that claims and tests compare the cores with: all 2ⁿ
/// subset sums (n ≤ 20), and unions of their ε-balls by sorting. Nothing here calls the subset-sum core.</summary>
public static class BruteForce
{
    public static double[] SubsetSums(IReadOnlyList<double> xs)
    {
        if (xs.Count > 20) throw new ArgumentException("brute force is for n <= 20", nameof(xs));
        var sums = new double[1 << xs.Count];
        for (var mask = 0; mask < sums.Length; mask++)
        {
            var s = 0.0;
            for (var i = 0; i < xs.Count; i++)
                if ((mask >> i & 1) == 1) s += xs[i];
            sums[mask] = s;
        }
        return sums;
    }

    /// <summary>∪_S [Σ_S − ε, Σ_S + ε] ∩ [lo, hi], as sorted disjoint (lo, hi) pairs.</summary>
    public static List<(double Lo, double Hi)> ApproximableSet(IReadOnlyList<double> xs, double eps, double lo = -1, double hi = 1) =>
        Coalesce(SubsetSums(xs).Select(s => (s - eps, s + eps)), lo, hi);

    public static List<(double Lo, double Hi)> Coalesce(IEnumerable<(double Lo, double Hi)> intervals, double lo, double hi)
    {
        var result = new List<(double Lo, double Hi)>();
        foreach (var (a, b) in intervals.OrderBy(t => t.Lo))
        {
            var l = Math.Max(a, lo);
            var h = Math.Min(b, hi);
            if (l > h) continue;
            if (result.Count > 0 && l <= result[^1].Hi)
                result[^1] = (result[^1].Lo, Math.Max(result[^1].Hi, h));
            else
                result.Add((l, h));
        }
        return result;
    }

    public static double Measure(IEnumerable<(double Lo, double Hi)> set) => set.Sum(t => t.Hi - t.Lo);

    public static double Density(IReadOnlyList<double> xs, double eps) => Measure(ApproximableSet(xs, eps)) / 2;

    public static bool Covers(IReadOnlyList<(double Lo, double Hi)> set, double lo, double hi) =>
        set.Any(t => t.Lo <= lo && hi <= t.Hi);

    /// <summary>The first n with [−1, 1] covered by the first n samples, or null.</summary>
    public static int? StoppingTime(IReadOnlyList<double> xs, double eps) =>
        Enumerable.Range(0, xs.Count + 1)
            .Where(n => Covers(ApproximableSet(xs.Take(n).ToArray(), eps), -1, 1))
            .Select(n => (int?)n)
            .FirstOrDefault();

    /// <summary>The covering radius max_{z ∈ [lo, hi]} min_S |Σ_S − z|: the distance to the sorted sums is largest at lo,
    /// at hi, or midway between two consecutive sums.</summary>
    public static double CoveringRadius(IReadOnlyList<double> xs, double lo = -1, double hi = 1)
    {
        var sums = SortedSums(xs);
        double Distance(double z) => sums.Min(s => Math.Abs(s - z));
        var candidates = new List<double> { lo, hi };
        for (var i = 0; i + 1 < sums.Length; i++)
        {
            var mid = (sums[i] + sums[i + 1]) / 2;
            if (lo <= mid && mid <= hi) candidates.Add(mid);
        }
        return candidates.Max(Distance);
    }

    /// <summary>min over subsets of |Σ_S − z|.</summary>
    public static double ClosestError(IReadOnlyList<double> xs, double z) => SubsetSums(xs).Min(s => Math.Abs(s - z));

    /// <summary>All 2ⁿ subset sums, sorted.</summary>
    public static double[] SortedSums(IReadOnlyList<double> xs) => [.. SubsetSums(xs).Order()];

    /// <summary>Whether the ε-balls of the subset sums cover [−1, 1].</summary>
    public static bool CoversUnitInterval(IReadOnlyList<double> xs, double eps) => Covers(ApproximableSet(xs, eps), -1, 1);
}
