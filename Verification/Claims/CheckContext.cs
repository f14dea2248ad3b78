using Rssp.Theory.Random;

namespace Rssp.Verification.Claims;

/// <summary>What a check is given: the budget, the master seed, and this claim's share of the family-wise error.</summary>
public sealed record CheckContext(Budget Budget, ulong MasterSeed, double Alpha)
{
    /// <summary>An FsCheck replay seed "(seed, gamma)" for exact claims, to reproduce a reported counterexample; null:
    /// derive it from the master seed and the claim.</summary>
    public (ulong Seed, ulong Gamma)? Replay { get; init; }

    /// <summary>Parses "(seed,gamma)" as the verdicts print it; throws an ArgumentException naming --replay otherwise.</summary>
    public static (ulong Seed, ulong Gamma) ParseReplay(string text)
    {
        var parts = text.Trim().TrimStart('(').TrimEnd(')').Split(',');
        if (parts.Length == 2 && ulong.TryParse(parts[0].Trim(), out var seed) && ulong.TryParse(parts[1].Trim(), out var gamma) && gamma % 2 == 1)
            return (seed, gamma);
        throw new ArgumentException($"--replay must be \"(seed,gamma)\" as a verdict prints it, with gamma odd; got '{text}'.", "--replay");
    }

    /// <summary>Told the number of trials each time a batch of them finishes (for a progress display).</summary>
    public Action<long>? OnTrials { get; init; }

    public void Advance(long trials) => OnTrials?.Invoke(trials);

    /// <summary>The seed of trial i of a claim's stream (or of one of its grid points).</summary>
    public ulong TrialSeed(ulong stream, ulong gridPoint, long trial) => Trials.Seed(MasterSeed, GridStream(stream, gridPoint), trial);

    /// <summary>trial(seed) for trials 0..count − 1 of a grid point, in parallel, each with its <see cref="TrialSeed"/>.</summary>
    public T[] RunTrials<T>(ulong stream, ulong gridPoint, int count, Func<ulong, T> trial)
    {
        var results = Trials.Run(MasterSeed, GridStream(stream, gridPoint), 0, count, (_, seed) => trial(seed));
        Advance(count);
        return results;
    }

    private static ulong GridStream(ulong stream, ulong gridPoint) => stream ^ SplitMix64.Mix(gridPoint + 1);
}
