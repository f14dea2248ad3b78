using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports;

/// <summary>Console output: the catalogue, and verdicts one line per claim as each finishes.</summary>
public static class Listing
{
    public static int Catalogue(TextWriter output)
    {
        var width = ClaimCatalogue.All.Max(c => U(c.Key).Length);
        foreach (var c in ClaimCatalogue.All)
            output.WriteLine($"{U(c.Key).PadRight(width)}  {c.Target.Kind,-12}  {c.Kind,-13}  {U(c.Method)}");
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
            output.WriteLine($"{U(r.Claim.Key)} ({r.Claim.Variant.ToString().ToLowerInvariant()}, {r.Claim.Kind.ToString().ToLowerInvariant()}): {Word(v.Outcome)}{(v.Outcome == Outcome.Refuted ? $" — {r.Claim.Target.RefutedAs}" : "")}");
            output.WriteLine($"  about:     {U(r.Claim.Target.ToString())}");
            output.WriteLine($"  statement: {U(r.Claim.Statement)}");
            output.WriteLine($"  method:    {U(r.Claim.Method)}");
            output.WriteLine($"  evidence:  {U(v.Summary)}");
            output.WriteLine(v.Outcome == Outcome.Refuted
                ? $"  runs:      {v.Instances}; margin {(v.MinSlack is double m ? Numbers.Format(m) : "n/a")} at the counterexample"
                : $"  runs:      {v.Instances}; smallest margin {(v.MinSlack is double s ? Numbers.Format(s) : "n/a")} at {U(v.WorstCase)}");
            output.WriteLine($"  tightness: {v.Evidence.Tightness?.ToString() ?? "n/a (no bound to compare with)"} (observed/bound: 1 at the bound, above 1 violated)");
            if (v.Counterexample is not null) output.WriteLine($"  counterexample: {U(v.Counterexample)}");
            output.WriteLine($"  replay:    {Output.RunInfo.CheckCommand(r.Claim, v, budget, seed)}");
            foreach (var o in v.Observations) output.WriteLine($"    {U(o.ToString())}");
        }
        return 0;
    }

    /// <summary>An enum value as a lower-case word (outcomes, variants, kinds) for the console, the report and JSON.</summary>
    public static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Notation as plain Unicode for the console.</summary>
    private static string U(string notation) => Output.Notation.Unicode(notation);

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
