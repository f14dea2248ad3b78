using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports;

/// <summary>Console output: the catalogue, and verdicts one line per claim as each finishes.</summary>
public static class Listing
{
    public static int Catalogue(TextWriter output)
    {
        var width = ClaimCatalogue.All.Max(c => c.Key.Length);
        foreach (var c in ClaimCatalogue.All)
            output.WriteLine($"{c.Key.PadRight(width)}  {c.Target.Kind,-12}  {c.Kind,-13}  {c.Method}");
        output.WriteLine($"{ClaimCatalogue.All.Count} claims over {ClaimCatalogue.All.Select(c => c.Id).Distinct().Count()} statements of chapters 2–4.");
        return 0;
    }

    public static int Detailed(IReadOnlyList<Claim> claims, Budget budget, ulong seed, ReplayToken.FsCheckPair? replay, TextWriter output)
    {
        if (replay is not null && claims.Count(c => c.Kind == ClaimKind.Exact) > 1)
            output.WriteLine("note: the replay seed is applied to every exact variant of this id; it reproduces the run of the variant that printed it.");
        foreach (var r in claims.Select(c => CatalogueRun.Check(c, budget, seed, replay: c.Kind == ClaimKind.Exact ? replay : null)))
        {
            var v = r.Verdict;
            output.WriteLine($"{r.Claim.Key} ({r.Claim.Variant.ToString().ToLowerInvariant()}, {r.Claim.Kind.ToString().ToLowerInvariant()}): {Word(v.Outcome)}{(v.Outcome == Outcome.Refuted ? $" — {r.Claim.Target.RefutedAs}" : "")}");
            output.WriteLine($"  about:     {r.Claim.Target}");
            output.WriteLine($"  statement: {r.Claim.Statement}");
            output.WriteLine($"  method:    {r.Claim.Method}");
            output.WriteLine($"  evidence:  {v.Summary}");
            output.WriteLine($"  runs:      {v.Instances}; smallest margin {(v.MinSlack is double s ? s.ToString("G4") : "n/a")} at {v.WorstCase}");
            output.WriteLine($"  tightness: {v.Evidence.Tightness?.ToString() ?? "n/a (no bound to compare with)"} (observed/bound: 1 at the bound, above 1 violated)");
            if (v.Counterexample is not null) output.WriteLine($"  counterexample: {v.Counterexample}");
            output.WriteLine(r.Claim.Kind == ClaimKind.Exact
                ? $"  replay:    rssp-verify check \"{r.Claim.Key}\" --replay \"{v.Replay}\"{(budget.Name == "default" ? "" : $" --{budget.Name}")}"
                : $"  replay:    rssp-verify check \"{r.Claim.Key}\" --seed {seed}{(budget.Name == "default" ? "" : $" --{budget.Name}")}");
            foreach (var o in v.Observations) output.WriteLine($"    {o}");
        }
        return 0;
    }

    public static string Word(Outcome o) => o.ToString().ToLowerInvariant();

    /// <summary>How the verdicts fall, refutations counted by what they are about: "statements false as printed: 3; proof
    /// steps wrong: 3; constructions that fall short: 2; readings refuted: 0; 44 hold, 0 inconclusive, 5 constants estimated".</summary>
    public static string Tally(IReadOnlyCollection<ClaimResult> results)
    {
        int Count(Outcome o) => results.Count(r => r.Verdict.Outcome == o);
        int Refuted(TargetKind k) => results.Count(r => r.Verdict.Outcome == Outcome.Refuted && r.Claim.Target.Kind == k);
        return $"statements false as printed: {Refuted(TargetKind.Statement)}; proof steps wrong: {Refuted(TargetKind.ProofStep)}; " +
               $"constructions that fall short: {Refuted(TargetKind.Construction)}; readings refuted: {Refuted(TargetKind.Reading)}; " +
               $"{Count(Outcome.Holds)} hold, {Count(Outcome.Inconclusive)} inconclusive, {Count(Outcome.Estimated)} constants estimated";
    }
}
