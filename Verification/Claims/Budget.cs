using Rssp.Theory.Validation;

namespace Rssp.Verification.Claims;

/// <summary>How hard each claim is checked: instances for exact claims, trials for probabilistic ones.
/// The family-wise error is the chance that any refutation in the whole catalogue is a fluke.</summary>
public sealed record Budget(string Name, int Instances, int Trials, double FamilyWiseError)
{
    public static Budget Quick { get; } = new("quick", 40, 400, 1e-6);

    public static Budget Default { get; } = new("default", 500, 40000, 1e-6);

    public static Budget Thorough { get; } = new("thorough", 5000, 400000, 1e-6);

    /// <summary>The same budget with instances and trials scaled (for tests that want fewer).</summary>
    public Budget Scaled(double factor) =>
        this with
        {
            Instances = Math.Max(1, (int)(Instances * Guard.Positive(factor, nameof(factor)))),
            Trials = Math.Max(1, (int)(Trials * factor)),
        };
}

/// <summary>What a check is given: the budget, the master seed, and this claim's share of the family-wise error.</summary>
public sealed record CheckContext(Budget Budget, ulong MasterSeed, double Alpha)
{
    /// <summary>The seed of trial i of a claim's stream (or of one of its grid points).</summary>
    public ulong TrialSeed(ulong stream, ulong gridPoint, long trial) =>
        Theory.Random.Trials.Seed(MasterSeed, stream ^ Theory.Random.SplitMix64.Mix(gridPoint + 1), trial);
}
