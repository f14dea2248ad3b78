using Rssp.Theory.Random;

namespace Rssp.Verification.Experiments;

/// <summary>An existential constant estimated from sampled "times" (T_ε, the samples a draw needs, …) over a grid of
/// points. A point's trials come from the experiment's stream's child named by the point's label, so the same point
/// has the same trials in any grid, and any share of them can run elsewhere and be merged.</summary>
/// <param name="Stream">the seed stream of the claim that owns the experiment.</param>
/// <param name="ScaleName">what C multiplies, for captions.</param>
/// <param name="TrialDivisor">a budget's trials per point are divided by this (the costlier experiments).</param>
/// <param name="Grid">the points, for the default grid (null) or for the given ε values.</param>
public sealed record ConstantExperiment(
    SeedStream Stream, string ScaleName, int TrialDivisor, Func<IReadOnlyList<double>?, IReadOnlyList<ConstantPoint>> Grid)
{
    public int TrialsFor(int budgetTrials) => Math.Max(1, budgetTrials / TrialDivisor);

    /// <summary>Trials [start, start + count) of a point, in parallel, in index order.</summary>
    public double[] Run(ulong masterSeed, ConstantPoint point, long start, int count, CancellationToken cancel = default, Action? done = null) =>
        Trials.Run(masterSeed, PointStream(point), start, count, (_, seed) => point.Trial(seed), cancel: cancel, done: done);

    /// <summary>The given trials of a point (a shard's share, the trials a resumed run lacks), in parallel; each
    /// equal to the same trial of a full run.</summary>
    public double[] Run(ulong masterSeed, ConstantPoint point, IReadOnlyList<long> indices) =>
        Trials.Run(masterSeed, PointStream(point), indices, (_, seed) => point.Trial(seed));

    /// <summary>The seed stream of a point's trials.</summary>
    public SeedStream PointStream(ConstantPoint point) => Stream.Child(point.Label);

    /// <summary>The default grid, or every shape of it at each given ε: the grid of a constant over shapes × ε.</summary>
    public static IEnumerable<(TShape Shape, double Eps)> Over<TShape>(
        IEnumerable<(TShape Shape, double Eps)> grid, Func<TShape, string> describe, IReadOnlyList<double>? given) =>
        given is null
            ? grid
            : grid.Select(g => g.Shape).DistinctBy(describe).SelectMany(s => given.Select(e => (s, e)));
}
