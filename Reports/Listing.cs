using Rssp.Verification.Catalogue;
using Rssp.Verification.Claims;

namespace Rssp.Reports;

/// <summary>Console output: the catalogue, and verdicts one line per claim as each finishes.</summary>
public static class Listing
{
    public static int Catalogue(TextWriter output)
    {
        var width = ClaimCatalogue.All.Max(c => c.Key.Length);
        foreach (var c in ClaimCatalogue.All)
            output.WriteLine($"{c.Key.PadRight(width)}  {c.Variant,-8}  {c.Kind,-13}  {c.Method}");
        output.WriteLine($"{ClaimCatalogue.All.Count} claims over {ClaimCatalogue.All.Select(c => c.Id).Distinct().Count()} statements of chapters 2–4.");
        return 0;
    }

    /// <summary>Runs the claims, printing one line per claim as it finishes, and returns the results.</summary>
    public static IReadOnlyList<ClaimResult> Run(IReadOnlyList<Claim> claims, Budget budget, ulong seed, TextWriter output)
    {
        output.WriteLine($"rssp-verify: {claims.Count} claims, budget {budget.Name} ({budget.Instances} instances, {budget.Trials} trials, " +
                         $"family-wise error {budget.FamilyWiseError:G2}), master seed {seed}");
        var width = claims.Max(c => c.Key.Length);
        var results = new List<ClaimResult>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var r in CatalogueRun.Run(claims, budget, seed))
        {
            results.Add(r);
            output.WriteLine($"[{results.Count,2}/{claims.Count}] {r.Claim.Key.PadRight(width)}  {Word(r.Verdict.Outcome),-12} {r.Elapsed.TotalSeconds,6:F1}s  {r.Verdict.Summary}");
        }
        int Count(Outcome o) => results.Count(r => r.Verdict.Outcome == o);
        output.WriteLine($"{Count(Outcome.Holds)} hold, {Count(Outcome.Refuted)} refuted, {Count(Outcome.Inconclusive)} inconclusive in {clock.Elapsed.TotalSeconds:F1} s.");
        return results;
    }

    public static int Detailed(IReadOnlyList<Claim> claims, Budget budget, ulong seed, TextWriter output)
    {
        foreach (var r in CatalogueRun.Run(claims, budget, seed))
        {
            var v = r.Verdict;
            output.WriteLine($"{r.Claim.Key} ({r.Claim.Variant.ToString().ToLowerInvariant()}, {r.Claim.Kind.ToString().ToLowerInvariant()}): {Word(v.Outcome)}");
            output.WriteLine($"  statement: {r.Claim.Statement}");
            output.WriteLine($"  method:    {r.Claim.Method}");
            output.WriteLine($"  evidence:  {v.Summary}");
            output.WriteLine($"  runs:      {v.Instances}; smallest margin {(v.MinSlack is double s ? s.ToString("G4") : "n/a")} at {v.WorstCase}");
            if (v.Counterexample is not null) output.WriteLine($"  counterexample: {v.Counterexample}");
            output.WriteLine($"  replay:    {v.Replay} (budget {budget.Name}, master seed {seed})");
            foreach (var o in v.Observations) output.WriteLine($"    {o}");
        }
        return 0;
    }

    private static string Word(Outcome o) => o.ToString().ToLowerInvariant();
}
