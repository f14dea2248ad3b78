using Rssp.Theory.Validation;

namespace Rssp.Theory.Random;

/// <summary>Independent trials, each with its own seed, <see cref="SeedStream.TrialSeed"/>(master seed, trial index):
/// results land in index order, so a parallel run equals a sequential one, and any share of the
/// indices can be run elsewhere and merged.</summary>
public static class Trials
{
    /// <summary>trial(i, seed) for i in [start, start + count), in parallel on all cores. A cancelled token stops the
    /// loop between trials (OperationCanceledException); done, if given, is told of each finished trial.</summary>
    public static T[] Run<T>(ulong master, SeedStream stream, long start, int count, Func<long, ulong, T> trial, bool parallel = true,
        CancellationToken cancel = default, Action? done = null)
    {
        Guard.NonNegative(count);
        var results = new T[count];
        if (parallel)
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancel }, k =>
            {
                results[k] = trial(start + k, stream.TrialSeed(master, start + k));
                done?.Invoke();
            });
        else
            for (var k = 0; k < count; k++)
            {
                cancel.ThrowIfCancellationRequested();
                results[k] = trial(start + k, stream.TrialSeed(master, start + k));
                done?.Invoke();
            }
        return results;
    }

    /// <summary>trial(i, seed) for the given indices (any share of a stream, e.g. one shard's), in parallel; results
    /// in the order of the indices, each equal to what <see cref="Run{T}(ulong, SeedStream, long, int, Func{long, ulong, T}, bool, CancellationToken, Action)"/> gives at that index.</summary>
    public static T[] Run<T>(ulong master, SeedStream stream, IReadOnlyList<long> indices, Func<long, ulong, T> trial)
    {
        if (indices.Any(i => i < 0)) throw new ArgumentException("trial indices must be non-negative.", nameof(indices));
        var results = new T[indices.Count];
        Parallel.For(0, indices.Count, k => results[k] = trial(indices[k], stream.TrialSeed(master, indices[k])));
        return results;
    }
}
