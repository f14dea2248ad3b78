using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>T_ε = min{ n : every z ∈ [−1, 1] is ε-approximable with X_1..X_n } for a stream of
/// samples. Coverage only grows with n, so Pr(T_ε ≤ n) is the probability that n samples cover.</summary>
public static class StoppingTime
{
    /// <summary>The first n ≤ samples.Length at which x_1..x_n cover [−1, 1], stopping the sweep there.</summary>
    public static Stopping FirstCover(ReadOnlySpan<double> samples, double eps)
    {
        Approximable.Validate(samples, eps);
        var observer = new UntilCovered();
        ApproximableSweep.Run(samples, eps, -1, 1, ref observer);
        return observer.Result.Covered ? observer.Result : new Stopping(false, samples.Length);
    }

    /// <summary>T_ε for the i.i.d. Unif([−1, 1]) stream of <see cref="Rng"/>(seed). The lookahead window
    /// needs the samples up to a horizon; when the stream has not covered [−1, 1] by then the
    /// horizon doubles and the (same, regenerated) prefix is swept again, so the result is exact.</summary>
    public static int OfUniformStream(ulong seed, double eps, int maxSamples = 1 << 16)
    {
        Guard.Positive(eps, nameof(eps));
        Guard.Positive(maxSamples, nameof(maxSamples));
        for (var horizon = Math.Min(InitialHorizon(eps), maxSamples); ; horizon = Math.Min(2 * horizon, maxSamples))
        {
            var result = FirstCover(new Rng(seed).Symmetric(horizon), eps);
            if (result.Covered) return result.Steps;
            if (horizon == maxSamples)
                throw new ArgumentException($"the stream did not cover [-1, 1] within maxSamples = {maxSamples} samples at eps = {eps}.", nameof(maxSamples));
        }
    }

    /// <summary>A horizon past the typical T_ε (≈ log₂(1/ε) + a few), so a doubling is rare.</summary>
    public static int InitialHorizon(double eps) =>
        eps >= 1 ? 1 : (int)Math.Ceiling(1.25 * Math.Log2(1 / eps)) + 16;

    private struct UntilCovered : IStepObserver
    {
        public Stopping Result { get; private set; }

        public bool OnStep(int k, ReadOnlySpan<double> set)
        {
            if (!IntervalKernel.Covers(set, -1, 1)) return true;
            Result = new Stopping(true, k);
            return false;
        }
    }
}

/// <summary>Covered: whether [−1, 1] was covered; Steps: the first covering n, or the samples seen.</summary>
public readonly record struct Stopping(bool Covered, int Steps);
