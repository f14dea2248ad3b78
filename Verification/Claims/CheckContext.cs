using Rssp.Theory.Random;

namespace Rssp.Verification.Claims;

/// <summary>What a check is given: the budget, the master seed, and this claim's share of the family-wise error.</summary>
public sealed record CheckContext(Budget Budget, ulong MasterSeed, double Alpha)
{
    /// <summary>The seed of trial i of a claim's stream (or of one of its grid points).</summary>
    public ulong TrialSeed(ulong stream, ulong gridPoint, long trial) => Trials.Seed(MasterSeed, GridStream(stream, gridPoint), trial);

    /// <summary>trial(seed) for trials 0..count − 1 of a grid point, in parallel, each with its <see cref="TrialSeed"/>.</summary>
    public T[] RunTrials<T>(ulong stream, ulong gridPoint, int count, Func<ulong, T> trial) =>
        Trials.Run(MasterSeed, GridStream(stream, gridPoint), 0, count, (_, seed) => trial(seed));

    private static ulong GridStream(ulong stream, ulong gridPoint) => stream ^ SplitMix64.Mix(gridPoint + 1);
}
