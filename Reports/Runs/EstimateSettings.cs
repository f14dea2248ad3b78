using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>What estimate-c runs: which constant, the master seed, trials per grid point, the ε grid (null: the
/// experiment's own), the confidence of the interval, and the share of the trials.</summary>
public sealed record EstimateSettings(ConstantCommand Constant, ulong Seed, int Trials, IReadOnlyList<double>? Eps, double Confidence, Shard Shard)
{
    /// <summary>Without an ε grid, a constant with ε-paths is estimated from them (<see cref="PathRun"/>): no grid points.</summary>
    public bool UsesPaths => PathsFor(Constant, Eps);

    /// <summary>Whether a constant run with this ε grid (null: none given) is estimated from ε-paths.</summary>
    public static bool PathsFor(ConstantCommand constant, IReadOnlyList<double>? eps) => eps is null && constant.Claim.Paths is not null;

    public IReadOnlyList<ConstantPoint> Points { get; } = PathsFor(Constant, Eps) ? [] : Constant.Claim.Experiment?.Grid(Eps) ?? [];
}
