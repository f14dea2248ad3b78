using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>One statement mutant in power.csv: its claim, the change, both verdicts, and whether it was killed.</summary>
[CsvRecord]
public sealed partial record PowerRowCsv(
    [CsvColumn("claim")] string Claim, [CsvColumn("claim_outcome")] string ClaimOutcome, [CsvColumn("mutant")] string Mutant,
    [CsvColumn("kind")] string Kind, [CsvColumn("change")] string Change, [CsvColumn("mutant_outcome")] string MutantOutcome,
    [CsvColumn("killed")] bool Killed, [CsvColumn("counts_toward_power")] bool CountsTowardPower);

/// <summary>One mutant in power.json.</summary>
public sealed record MutantJson(string Name, string Kind, string Change, string Outcome, bool Killed, bool CountsTowardPower, string Summary, double ElapsedSeconds);

/// <summary>One claim's row in power.json.</summary>
public sealed record PowerClaimJson(string Key, string Outcome, int Mutants, int Killed, bool HasPower, double ElapsedSeconds, IReadOnlyList<MutantJson> Results);

/// <summary>power.json, schema "rssp-verify/power/1": the run and every claim's mutants.</summary>
public sealed record PowerFile(string Schema, string MasterSeed, BudgetJson Budget, double WallSeconds, IReadOnlyList<PowerClaimJson> Claims)
{
    public const string Version = "rssp-verify/power/1";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PowerFile))]
public sealed partial class PowerJson : JsonSerializerContext;

/// <summary>The power table: per claim its verdict, its statement mutants, how many its check killed and which survived
/// (power.md, power.json, power.csv), and the console line of each claim as it finishes.</summary>
public static class PowerTable
{

    /// <summary>"Lemma 23: refuted; 3 mutants, 2 killed; survived: bound tightened ×2".</summary>
    public static string Line(PowerRow row) =>
        $"{row.Claim.Claim.Key}: {Listing.Word(row.Claim.Verdict.Outcome)}; {row.Mutants.Count} mutants, {row.Killed.Count()} killed" +
        (row.Survived.Any() ? $"; survived: {string.Join(", ", row.Survived.Select(m => m.Mutant.Name))}" : "") +
        (row.HasPower ? "" : row.Mutants.Count == 0 ? " — NO MUTANTS declared" : " — NO POWER");

    /// <summary>What killed means and what counts toward power (power.md and the report's power section).</summary>
    public const string KillRule =
        "Each mutant is its claim's statement with one stated change, checked by the same check on the same seed stream. " +
        "It is killed when the check's finding changes: the mutant is refuted where the claim is not (the claim holds, is " +
        "inconclusive or estimated), or holds where the claim is refuted; an inconclusive mutant is never killed. A claim has power " +
        "when it kills a mutant that counts toward power: not its negation or a value an accepted bound already excludes " +
        "(C = 1, below the counting bound), which any check that decides kills, nor a mutant true by construction (one that " +
        "holds whatever the data: at each grid point a bound trivial for a value in [0, 1], or one weaker than the claim's where the " +
        "claim's point held), marked not counted in the list of mutants.";

    /// <summary>"122 claims, 181 mutants, 155 killed; without power: …" (or "every claim with mutants has power").</summary>
    public static string Totals(IReadOnlyList<PowerRow> rows)
    {
        var without = rows.Where(r => !r.HasPower && r.Mutants.Count > 0).Select(r => r.Claim.Claim.Key).ToArray();
        return $"{rows.Count} claims, {rows.Sum(r => r.Mutants.Count)} mutants, {rows.Sum(r => r.Killed.Count())} killed; " +
               (without.Length == 0 ? "every claim with mutants has power" : $"without power: {string.Join("; ", without)}");
    }

    /// <summary>The mutants that survived, each with its verdict: "bound tightened ×2 (holds); …".</summary>
    public static string Survivors(PowerRow row) => string.Join("; ", row.Survived.Select(m => $"{m.Mutant.Name} ({Listing.Word(m.Verdict.Outcome)})"));

    public static string Markdown(IReadOnlyList<PowerRow> rows, Budget budget, ulong seed, TimeSpan wall)
    {
        var md = new StringBuilder();
        var undeclared = rows.Count(r => r.Mutants.Count == 0);
        md.Append("# Power by statement mutants\n\n");
        md.Append($"Budget {budget.Name} ({budget.Instances} instances, {budget.Trials} trials), master seed {seed}, {wall.TotalSeconds:F0} s. ");
        md.Append($"Reproduce: `{RunInfo.Command} mutants{RunInfo.BudgetFlag(budget)} --seed {seed}`.\n\n");
        md.Append(KillRule).Append("\n\n");
        md.Append(Totals(rows));
        md.Append(undeclared == 0 ? ".\n\n" : $"; {undeclared} claims have no mutants yet (marked below).\n\n");
        md.Append("| claim | verdict | mutants | killed | survived | seconds (claim + mutants) |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in rows)
            md.Append($"| {Cell(r.Claim.Claim.Key)}{(r.HasPower ? "" : r.Mutants.Count == 0 ? " **(no mutants)**" : " **(no power)**")} | {Listing.Word(r.Claim.Verdict.Outcome)} | {r.Mutants.Count} | {r.Killed.Count()} | " +
                      $"{Cell(Survivors(r))} | {r.Elapsed.TotalSeconds:F1} |\n");
        md.Append("\n## Mutants\n\n| claim | mutant | change | verdict | killed |\n| --- | --- | --- | --- | --- |\n");
        foreach (var r in rows)
        foreach (var m in r.Mutants)
            md.Append($"| {Cell(r.Claim.Claim.Key)} | {Cell(m.Mutant.Name)} | {Cell(m.Mutant.Change + (m.Killed && m.TrueByConstruction is { } why ? $" (not counted: {why})" : ""))} | " +
                      $"{Listing.Word(m.Verdict.Outcome)} | {(m.Killed ? m.CountsTowardPower ? "yes" : "yes, not counted" : "no")} |\n");
        return md.ToString();
    }

    /// <summary>Writes power.md, power.json and power.csv into the folder; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<PowerRow> rows, Budget budget, ulong seed, TimeSpan wall)
    {
        var files = new[] { "power.md", "power.json", "power.csv" }.Select(f => Path.Combine(folder, f)).ToArray();
        File.WriteAllText(files[0], Markdown(rows, budget, seed, wall));
        var json = new PowerFile(PowerFile.Version, seed.ToString(), new BudgetJson(budget.Name, budget.Instances, budget.Trials, budget.FamilyWiseError),
            Math.Round(wall.TotalSeconds, 3),
            [.. rows.Select(r => new PowerClaimJson(r.Claim.Claim.Key, Listing.Word(r.Claim.Verdict.Outcome), r.Mutants.Count, r.Killed.Count(), r.HasPower,
                Math.Round(r.Claim.Elapsed.TotalSeconds, 3),
                [.. r.Mutants.Select(m => new MutantJson(m.Mutant.Name, Listing.Word(m.Mutant.Kind), m.Mutant.Change, Listing.Word(m.Verdict.Outcome), m.Killed,
                    m.CountsTowardPower, m.Verdict.Summary, Math.Round(m.Elapsed.TotalSeconds, 3)))]))]);
        File.WriteAllText(files[1], JsonSerializer.Serialize(json, PowerJson.Default.PowerFile));
        CsvFiles.Write(files[2], rows.SelectMany(r => r.Mutants.Select(m => new PowerRowCsv(r.Claim.Claim.Key, Listing.Word(r.Claim.Verdict.Outcome), m.Mutant.Name,
            Listing.Word(m.Mutant.Kind), m.Mutant.Change, Listing.Word(m.Verdict.Outcome), m.Killed, m.CountsTowardPower))));
        return files;
    }

    /// <summary>Text in a table cell, escaped as the report escapes text (a pipe, and any Markdown markup).</summary>
    private static string Cell(string text) => ReportDocument.Text(text);
}
