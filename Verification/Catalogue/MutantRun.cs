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
    public static PowerRow Check(Claim claim, Budget budget, ulong masterSeed)
    {
        var clock = Stopwatch.StartNew();
        var context = new CheckContext(budget, masterSeed, CatalogueRun.AlphaPerClaim(budget)) { Samples = new ConcurrentDictionary<object, object>() };
        var verdict = claim.Check(context);
        var result = new ClaimResult(claim, verdict, clock.Elapsed);
        return new(result, [.. claim.Mutants.Select(m =>
        {
            clock.Restart();
            var v = m.Check(context);
            var killed = Mutant.Kills(verdict.Outcome, v.Outcome);
            return new MutantResult(m, v, killed, clock.Elapsed) { TrueByConstruction = killed ? m.TrueByConstruction?.Invoke(budget, verdict) : null };
        })]);
    }

    public static IEnumerable<PowerRow> Run(IEnumerable<Claim> claims, Budget budget, ulong masterSeed) =>
        claims.Select(c => Check(c, budget, masterSeed));
}
