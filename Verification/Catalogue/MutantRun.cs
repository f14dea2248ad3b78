using System.Collections.Concurrent;
using System.Diagnostics;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Catalogue;

/// <summary>One statement mutant's verdict, whether its claim's check killed it, and the time it took; TrueByConstruction
/// says why it holds whatever the data, where that can be told (see <see cref="Checking.Mutant.TrueByConstruction"/>).</summary>
public sealed record MutantResult(Mutant Mutant, Verdict Verdict, bool Killed, TimeSpan Elapsed)
{
    public string? TrueByConstruction { get; init; }

    /// <summary>Whether killing this mutant shows the check's power: not a negation or a value beyond a known bound, and not
    /// true by construction.</summary>
    public bool CountsTowardPower => Mutant.CountsTowardPower && TrueByConstruction is null;
}

/// <summary>A claim's row of the power table: its own verdict and its mutants'. The claim has power when it kills at least
/// one mutant that counts toward power (not its negation, which any check that decides kills, nor a mutant true by
/// construction).</summary>
public sealed record PowerRow(ClaimResult Claim, IReadOnlyList<MutantResult> Mutants)
{
    public IEnumerable<MutantResult> Killed => Mutants.Where(m => m.Killed);

    public IEnumerable<MutantResult> Survived => Mutants.Where(m => !m.Killed);

    public bool HasPower => Mutants.Any(m => m.Killed && m.CountsTowardPower);

    /// <summary>The claim's time and its mutants'.</summary>
    public TimeSpan Elapsed => Claim.Elapsed + Mutants.Aggregate(TimeSpan.Zero, (t, m) => t + m.Elapsed);
}

/// <summary>Runs each claim and then its statement mutants at one budget and master seed, in one context per claim
/// whose samples the mutants share (a mutant that keeps its claim's trials is decided on them). A mutant is checked at its
/// claim's error level; the catalogue's family-wise error covers the claims, not the mutants.</summary>
public static class MutantRun
{
    /// <param name="onTrials">told the claim's trials as they finish (not its mutants').</param>
    /// <param name="onMutant">told each mutant as it is about to run (its index).</param>
    /// <param name="cancel">ends the claim's or a mutant's check with an OperationCanceledException.</param>
    public static PowerRow Check(Claim claim, Budget budget, ulong masterSeed, Action<long>? onTrials = null, Action<int>? onMutant = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var context = new CheckContext(budget, masterSeed, CatalogueRun.AlphaPerClaim(budget))
            { Samples = new ConcurrentDictionary<object, object>(), OnTrials = onTrials, Cancel = cancel };
        var verdict = claim.Check(context);
        var result = new ClaimResult(claim, verdict, clock.Elapsed);
        var quiet = context with { OnTrials = null };
        return new(result, [.. claim.Mutants.Select((m, i) =>
        {
            onMutant?.Invoke(i);
            clock.Restart();
            var v = m.Check(quiet);
            var killed = Mutant.Kills(verdict.Outcome, v.Outcome);
            return new MutantResult(m, v, killed, clock.Elapsed) { TrueByConstruction = killed ? m.TrueByConstruction?.Invoke(budget, verdict) : null };
        })]);
    }

    /// <summary>The claim's result carrying its mutants' (what the report journals and draws its power table from).</summary>
    public static ClaimResult Carried(PowerRow row) => row.Claim with { Mutants = row.Mutants };

    /// <summary>The power row of a result run with its mutants.</summary>
    public static PowerRow RowOf(ClaimResult result) =>
        new(result with { Mutants = null }, result.Mutants ?? throw new ArgumentException($"{result.Claim.Key} was run without its mutants.", nameof(result)));

    public static IEnumerable<PowerRow> Run(IEnumerable<Claim> claims, Budget budget, ulong masterSeed) =>
        claims.Select(c => Check(c, budget, masterSeed));
}
