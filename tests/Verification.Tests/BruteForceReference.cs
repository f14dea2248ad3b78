namespace Rssp.Verification.Tests;

/// <summary>Independent of the interval-set core: all 2ⁿ subset sums, sorted, and the union of their ε-balls.</summary>
public static class BruteForceReference
{
    public static double[] SortedSums(double[] xs) =>
        Enumerable.Range(0, 1 << xs.Length).Select(m => xs.Where((_, i) => (m >> i & 1) == 1).Sum()).Order().ToArray();

    /// <summary>The measure of ∪_S [Σ_S − ε, Σ_S + ε] ∩ [−1, 1], and whether the union covers [−1, 1].</summary>
    public static (double Measure, bool Covers) Coverage(double[] xs, double eps)
    {
        double measure = 0, reach = -1;
        var covers = true;
        foreach (var s in SortedSums(xs))
        {
            if (s - eps > reach && reach < 1) covers = false;
            var (lo, hi) = (Math.Max(s - eps, reach), Math.Min(s + eps, 1));
            if (hi > lo) measure += hi - lo;
            reach = Math.Max(reach, hi);
        }
        return (measure, covers && reach >= 1);
    }

    public static double Density(double[] xs, double eps) => Coverage(xs, eps).Measure / 2;
}
