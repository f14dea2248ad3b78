using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>What estimate-c runs: which constant, the master seed, trials per grid point, the ε grid (null: the
/// experiment's own), the confidence of the interval, and the share of the trials.</summary>
public sealed record EstimateSettings(ConstantCommand Constant, ulong Seed, int Trials, IReadOnlyList<double>? Eps, double Confidence, Shard Shard)
{
    /// <summary>Without an ε grid, a constant with ε-paths is estimated from them (<see cref="PathRun"/>): no grid points.</summary>
    public bool UsesPaths => Eps is null && Constant.Claim.Paths is not null;

    public IReadOnlyList<ConstantPoint> Points { get; } = Eps is null && Constant.Claim.Paths is not null ? [] : Constant.Claim.Experiment?.Grid(Eps) ?? [];
}
