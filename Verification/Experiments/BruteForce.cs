namespace Rssp.Verification.Experiments;

/// <summary>The naive reference claims compare the core with: all 2ⁿ subset sums (n ≤ 20), sharing no code with it.</summary>
public static class BruteForce
{
    public static double[] SubsetSums(double[] xs)
    {
        if (xs.Length > 20) throw new ArgumentException($"brute force is for n <= 20, got {xs.Length}.", nameof(xs));
        return Enumerable.Range(0, 1 << xs.Length).Select(m => xs.Where((_, i) => (m >> i & 1) == 1).Sum()).ToArray();
    }
}
