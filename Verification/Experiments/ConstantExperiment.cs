using Rssp.Theory.Random;
using Rssp.Verification.Claims;

namespace Rssp.Verification.Experiments;

/// <summary>An existential constant estimated from sampled "times" (T_ε, the samples a draw needs, …): per grid
/// point the (1 − ε)-quantile of the times over the scale; the constant is the maximum over the grid. The claims of
/// the catalogue and the estimate-c command share these, so both give the same numbers for the same seed.</summary>
/// <param name="Name">the command-line name (theorem6, corollary10, …).</param>
/// <param name="ClaimKey">the catalogue claim it estimates; its stream seeds the trials.</param>
/// <param name="ScaleName">what C multiplies, for captions.</param>
/// <param name="TrialDivisor">the budget's trials per point are divided by this (the costlier experiments).</param>
/// <param name="Grid">the points, for the default grid (null) or for the given ε values.</param>
public sealed record ConstantExperiment(
    string Name, string ClaimKey, string ScaleName, int TrialDivisor, Func<IReadOnlyList<double>?, IReadOnlyList<ConstantPoint>> Grid)
{
    public ulong Stream => SplitMix64.Hash(ClaimKey);

    public int TrialsFor(Budget budget) => Math.Max(1, budget.Trials / TrialDivisor);

    /// <summary>Trials [start, start + count) of a point, in parallel, in index order.</summary>
    public double[] Run(ulong masterSeed, ConstantPoint point, long start, int count) =>
        Trials.Run(masterSeed, PointStream(point), start, count, (_, seed) => point.Trial(seed));

    /// <summary>The given trials of a point (a shard's share, the trials a resumed run lacks), in parallel; each
    /// equal to the same trial of a full run.</summary>
    public double[] Run(ulong masterSeed, ConstantPoint point, IReadOnlyList<long> indices) =>
        Trials.Run(masterSeed, PointStream(point), indices, (_, seed) => point.Trial(seed));

    /// <summary>The seed stream of a point's trials under this experiment.</summary>
    public ulong PointStream(ConstantPoint point) => Stream ^ SplitMix64.Mix(point.Id);

    /// <summary>Samples every point of the default grid at the budget's trials and estimates the constant.</summary>
    public Verdict Estimate(CheckContext context, string what)
    {
        var points = Grid(null);
        return Estimate(context.Alpha, context.MasterSeed, points, g => Sample(context, points[g]), what);
    }

    /// <summary>The budget's trials of one point, reported to the context's progress as they finish.</summary>
    public double[] Sample(CheckContext context, ConstantPoint point)
    {
        var trials = TrialsFor(context.Budget);
        var times = Run(context.MasterSeed, point, 0, trials);
        context.Advance(trials);
        return times;
    }

    /// <summary>The estimate from the times of each point (however they were obtained: run here, resumed, merged).</summary>
    public static Verdict Estimate(double alpha, ulong masterSeed, IReadOnlyList<ConstantPoint> points, Func<int, double[]> times, string what) =>
        StoppingTimes.EstimateConstantOver(alpha, masterSeed, points.Count,
            g => (points[g].Label, points[g].Eps, points[g].Scale, times(g)), what);
}
