namespace Rssp.Verification.Checking;

/// <summary>How hard each claim is checked: instances for exact claims, trials for probabilistic ones.
/// The family-wise error is the chance that any refutation in the whole catalogue is a fluke.</summary>
public sealed record Budget(string Name, int Instances, int Trials, double FamilyWiseError)
{
    public static Budget Quick { get; } = new("quick", 40, 400, 1e-6);

    public static Budget Default { get; } = new("default", 500, 40000, 1e-6);

    public static Budget Thorough { get; } = new("thorough", 5000, 400000, 1e-6);

    /// <summary>The budget of that name (quick, default, thorough), or null.</summary>
    public static Budget? Named(string name) => new[] { Quick, Default, Thorough }.FirstOrDefault(b => b.Name == name);
}
