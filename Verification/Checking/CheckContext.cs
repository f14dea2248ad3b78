using System.Collections.Concurrent;
using Rssp.Theory.Random;

namespace Rssp.Verification.Checking;

/// <summary>What a check is given: the budget, the master seed, and this claim's share of the family-wise error.</summary>
public sealed record CheckContext(Budget Budget, ulong MasterSeed, double Alpha)
{
    /// <summary>An FsCheck replay pair for exact claims, to reproduce a reported counterexample; null: derive it from
    /// the master seed and the claim.</summary>
    public ReplayToken.FsCheckPair? Replay { get; init; }

    /// <summary>Told the number of trials each time a batch of them finishes (for a progress display).</summary>
    public Action<long>? OnTrials { get; init; }

    /// <summary>Where a claim and its statement mutants share their samples (null: nothing is kept). A mutant that keeps
    /// its claim's trials is then decided on the very samples of its claim, and costs nothing more.</summary>
    public ConcurrentDictionary<object, object>? Samples { get; init; }

    public void Advance(long trials) => OnTrials?.Invoke(trials);

    /// <summary>compute(), or what it gave before for the same key under this context's <see cref="Samples"/>.</summary>
    public T Cached<T>(object key, Func<T> compute) where T : notnull =>
        Samples is null ? compute() : (T)Samples.GetOrAdd(key, _ => compute());

    /// <summary>trial(seed) for trials 0..count − 1 of a stream (a claim's grid point), in parallel, each with its
    /// <see cref="SeedStream.TrialSeed"/> under the master seed; shared with the claim's mutants by (stream, count, trial).</summary>
    public T[] RunTrials<T>(SeedStream stream, int count, Func<ulong, T> trial) => Cached((stream, count, trial), () =>
    {
        var results = Trials.Run(MasterSeed, stream, 0, count, (_, seed) => trial(seed));
        Advance(count);
        return results;
    });
}
