namespace Rssp.Verification.Claims;

/// <summary>What a check is given: the budget, the master seed, and this claim's share of the family-wise error.</summary>
public sealed record CheckContext(Budget Budget, ulong MasterSeed, double Alpha)
{
    /// <summary>The seed of trial i of a claim's stream (or of one of its grid points).</summary>
    public ulong TrialSeed(ulong stream, ulong gridPoint, long trial) =>
        Theory.Random.Trials.Seed(MasterSeed, stream ^ Theory.Random.SplitMix64.Mix(gridPoint + 1), trial);
}
