using System.Diagnostics;
using Rssp.Verification.Checking;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Catalogue;

/// <summary>A claim's verdict with the time it took, and its statement mutants' verdicts when they were run with it.</summary>
public sealed record ClaimResult(Claim Claim, Verdict Verdict, TimeSpan Elapsed)
{
    /// <summary>The mutants' results in the claim's order (null: not run).</summary>
    public IReadOnlyList<MutantResult>? Mutants { get; init; }
}

/// <summary>Runs claims at a budget and master seed. The family-wise error is split evenly over the
/// statistical claims of the whole catalogue (not just those run), so a claim's error level — and its
/// verdict — does not depend on which others are run with it.</summary>
public static class CatalogueRun
{
    public static double AlphaPerClaim(Budget budget) =>
        FamilyWise.Share(budget.FamilyWiseError, ClaimCatalogue.All.Count(c => c.Kind != ClaimKind.Exact));

    /// <summary>Checks one claim; a cancelled token ends the check with an OperationCanceledException.</summary>
    public static ClaimResult Check(Claim claim, Budget budget, ulong masterSeed, Action<long>? onTrials = null, ReplayToken.FsCheckPair? replay = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var verdict = claim.Check(new CheckContext(budget, masterSeed, AlphaPerClaim(budget)) { OnTrials = onTrials, Replay = replay, Cancel = cancel });
        return new(claim, verdict, clock.Elapsed);
    }

    public static IEnumerable<ClaimResult> Run(IEnumerable<Claim> claims, Budget budget, ulong masterSeed) =>
        claims.Select(c => Check(c, budget, masterSeed));
}
