using System.Collections.Concurrent;
using Rssp.Theory.Random;

namespace Rssp.Verification.Experiments;

/// <summary>A constant estimated from the ε-paths of N streams (<see cref="CoveringPaths"/>) instead of a grid of ε.
/// Stream i's path comes from the experiment's stream's trial seed i, so any share of the streams can run elsewhere
/// and be merged, and the claims that compare printed constants with the estimate see the same streams.</summary>
/// <param name="Stream">the seed stream of the claim that owns the experiment.</param>
/// <param name="Path">the path of the stream with that seed down to the given ε_min.</param>
/// <param name="EpsMax">the statement's ε range is (0, EpsMax); the paths are exact up to it.</param>
/// <param name="StreamsPerTrial">a budget's trials per point times this is N (the streams of one estimate).</param>
public sealed record PathExperiment(SeedStream Stream, Func<ulong, double, double[]> Path, double EpsMax, double StreamsPerTrial)
{
    private readonly ConcurrentDictionary<(ulong Master, int Streams, double EpsMin), double[][]> _paths = new();

    public int StreamsFor(int budgetTrials) => Math.Max(100, (int)(budgetTrials * StreamsPerTrial));

    /// <summary>ε_min for N streams: the floor below which N streams cannot place a jump (<see cref="CoveringPaths.FloorOf"/>,
    /// α the error of the whole estimate) with the jump family of the deepest paths (the family grows as ε_min falls, so
    /// this floor is never above the one the paths then get), but not below <see cref="Deepest"/> nor above 0.1.</summary>
    public static double EpsMinFor(int streams, double alpha) => Math.Clamp(CoveringPaths.FloorOf(streams, alpha, Deepest), Deepest, 0.1);

    /// <summary>10⁻⁴: a path to ε_min costs about (1/ε_min)·log(1/ε_min); 10⁶ streams to 10⁻⁴ take minutes on two cores,
    /// to the 2·10⁻⁵ they could resolve about five times longer.</summary>
    public const double Deepest = 1e-4;

    /// <summary>Streams [start, start + count) down to ε_min, in parallel, in index order; a cancelled token stops between streams.</summary>
    public double[][] Run(ulong masterSeed, double epsMin, long start, int count, CancellationToken cancel = default) =>
        Trials.Run(masterSeed, Stream, start, count, (_, seed) => Path(seed, epsMin), cancel: cancel);

    /// <summary>The given streams (a shard's share, those a resumed run lacks), each equal to the same stream of a full run.</summary>
    public double[][] Run(ulong masterSeed, double epsMin, IReadOnlyList<long> indices) =>
        Trials.Run(masterSeed, Stream, indices, (_, seed) => Path(seed, epsMin));

    /// <summary>The statistics of N streams at error α. The paths are computed once per master seed, N and ε_min and kept
    /// for the other claims and the figures that read the same streams; a cancelled run keeps nothing (the claim is
    /// rerun on resume), and only the claim that computes them is told of their progress.</summary>
    public CoveringPaths Sample(ulong masterSeed, int streams, double alpha, Action<long>? advance = null, CancellationToken cancel = default)
    {
        var epsMin = EpsMinFor(streams, alpha);
        var paths = _paths.GetOrAdd((masterSeed, streams, epsMin), _ =>
        {
            var all = new double[streams][];
            for (var start = 0; start < streams; start += 4096)
            {
                var count = Math.Min(4096, streams - start);
                Run(masterSeed, epsMin, start, count, cancel).CopyTo(all, start);
                advance?.Invoke(count);
            }
            return all;
        });
        return new CoveringPaths(paths, epsMin, EpsMax, alpha);
    }
}
