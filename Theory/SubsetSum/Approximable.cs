using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>Definition 3 and Definition 12: the set of values ε-approximable by subset sums of
/// x_1..x_n, its density Z_n on [−1, 1] and the trajectory Z_0..Z_n. Exact (up to rounding of the
/// sums themselves) for any finite samples, not only samples in [−1, 1].</summary>
public static class Approximable
{
    /// <summary>{ z ∈ [lo, hi] : ∃ S ⊆ [n], |Σ_{i∈S} x_i − z| ≤ ε } (the empty subset sums to 0).</summary>
    public static IntervalSet Set(ReadOnlySpan<double> samples, double eps, double lo = -1, double hi = 1)
    {
        Validate(samples, eps);
        Guard.Finite(lo);
        Guard.Finite(hi);
        if (lo > hi) return IntervalSet.Empty;
        var keep = new KeepLast(samples.Length);
        ApproximableSweep.Run(LargestFirst(samples), eps, lo, hi, ref keep);
        return IntervalSet.FromNormalised(keep.Result);
    }

    /// <summary>The set does not depend on the order of the samples; sweeping the largest |x| first spreads the
    /// sums and narrows the lookahead windows sooner, so the sets mid-way hold fewer intervals.</summary>
    internal static double[] LargestFirst(ReadOnlySpan<double> samples)
    {
        var ordered = samples.ToArray();
        Array.Sort(ordered, (a, b) => Math.Abs(b).CompareTo(Math.Abs(a)));
        return ordered;
    }

    /// <summary>Y_n(z): is z ε-approximable with x_1..x_n.</summary>
    public static bool IsApproximable(ReadOnlySpan<double> samples, double eps, double z) =>
        Set(samples, eps, Guard.Finite(z), z).Contains(z);

    /// <summary>Z_{n,ε} = ½ ∫_{−1}^{1} Y_n(z) dz (Eq. 3.1).</summary>
    public static double Density(ReadOnlySpan<double> samples, double eps) => Set(samples, eps).Measure(-1, 1) / 2;

    /// <summary>Z_0, Z_1, …, Z_n for the growing samples x_1..x_k (Notation 13): one sweep.</summary>
    public static double[] Trajectory(ReadOnlySpan<double> samples, double eps)
    {
        Validate(samples, eps);
        var observer = new DensityTrajectory(samples.Length);
        ApproximableSweep.Run(samples, eps, -1, 1, ref observer);
        return observer.Densities;
    }

    /// <summary>Is every z ∈ [−1, 1] ε-approximable with x_1..x_n. A few points are first tested by meet in the
    /// middle: one found uncovered settles it (exactly) without the sweep.</summary>
    public static bool CoversUnitInterval(ReadOnlySpan<double> samples, double eps)
    {
        Validate(samples, eps);
        return !CoverageCertificate.FindsUncoveredPoint(samples, eps) && Set(samples, eps).Covers(-1, 1);
    }

    internal static void Validate(ReadOnlySpan<double> samples, double eps)
    {
        Guard.AllFinite(samples);
        Guard.Positive(eps);
    }

    internal struct KeepLast(int n) : IStepObserver
    {
        public double[] Result { get; private set; } = [];

        public bool OnStep(int k, ReadOnlySpan<double> set)
        {
            if (k == n) Result = set.ToArray();
            return true;
        }
    }

    private readonly struct DensityTrajectory(int n) : IStepObserver
    {
        public double[] Densities { get; } = new double[n + 1];

        public bool OnStep(int k, ReadOnlySpan<double> set)
        {
            Densities[k] = IntervalKernel.Measure(set, -1, 1) / 2;
            return true;
        }
    }
}
