namespace Rssp.Verification.Claims;

public enum Outcome
{
    Holds,
    Refuted,
    Inconclusive,
}

/// <summary>One checked case of a claim (a point of a parameter grid): the estimate, its confidence interval,
/// the bound it is compared with and the outcome there.</summary>
public sealed record Observation(string Where, long Trials, double Estimate, double Low, double High, double Bound, Outcome Outcome)
{
    public override string ToString() =>
        $"{Where}: {Estimate:G4} in [{Low:G4}, {High:G4}] vs bound {Bound:G4} over {Trials} trials → {Outcome.ToString().ToLowerInvariant()}";
}

/// <summary>A claim's verdict with its evidence.</summary>
/// <param name="Instances">instances (exact claims) or trials (probabilistic claims) run in all.</param>
/// <param name="MinSlack">the smallest margin by which the claim held (negative where it failed); null when a
/// claim has no numeric margin.</param>
/// <param name="WorstCase">the instance or grid point of the smallest margin.</param>
/// <param name="Counterexample">for a refutation: the (shrunk) instance that fails it.</param>
/// <param name="Replay">the FsCheck replay seed "(seed,gamma)" that reproduces the run, or the master seed.</param>
/// <param name="Observations">per grid point, for probabilistic and constant claims.</param>
/// <param name="Summary">one line of evidence.</param>
public sealed record Verdict(
    Outcome Outcome, long Instances, double? MinSlack, string WorstCase, string? Counterexample, string Replay,
    IReadOnlyList<Observation> Observations, string Summary)
{
    /// <summary>The verdict of a conjunction over grid points: refuted if any point is, holds if all do.</summary>
    public static Outcome Combine(IEnumerable<Outcome> outcomes)
    {
        var all = outcomes.ToArray();
        return all.Contains(Outcome.Refuted) ? Outcome.Refuted
            : all.Length > 0 && all.All(o => o == Outcome.Holds) ? Outcome.Holds
            : Outcome.Inconclusive;
    }
}
