using System.CommandLine;
using Rssp.Reports.Output;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports;

/// <summary>The mutants verb: every selected claim and its statement mutants at one budget and seed; the power table on
/// the console and in --out (power.md, power.json, power.csv). Exit code 0 even when a claim has no power (the table says so).</summary>
public static class PowerCommand
{
    public static Command Build(Option<bool> quick, Option<bool> thorough, Option<ulong> seed, Option<string[]> only, TextWriter output, TextWriter error)
    {
        var outDir = new Option<string>("--out") { Description = "Folder for power.md, power.json and power.csv.", DefaultValueFactory = _ => Path.Combine("artifacts", "mutants") };
        var command = new Command("mutants",
            "Power by statement mutants: run every claim and its mutants (the statement with a bound tightened or loosened by a stated factor, a constant " +
            "or exponent changed, a hypothesis dropped, an inequality negated or reversed), each on its claim's seed stream, and write the power table: " +
            "per claim, the mutants its check killed and those that survived.");
        foreach (var o in new Option[] { quick, thorough, seed, only, outDir }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var budget = Cli.BudgetOf(parse, quick, thorough);
            if (Cli.Selected(parse.GetValue(only) ?? [], error) is not { } claims) return 2;
            var folder = parse.GetValue(outDir)!;
            var masterSeed = parse.GetValue(seed);
            ReportFiles.EnsureWritable(folder);
            output.WriteLine($"rssp-verify mutants: {claims.Count} claims, {claims.Sum(c => c.Mutants.Count)} mutants, budget {budget.Name}, master seed {masterSeed}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var rows = new List<PowerRow>();
            foreach (var row in MutantRun.Run(claims, budget, masterSeed))
            {
                rows.Add(row);
                output.WriteLine($"[{rows.Count,2}/{claims.Count}] {PowerTable.Line(row)}");
            }
            var without = rows.Count(r => !r.HasPower && r.Mutants.Count > 0);
            var undeclared = rows.Count(r => r.Mutants.Count == 0);
            output.WriteLine($"{rows.Sum(r => r.Killed.Count())} of {rows.Sum(r => r.Mutants.Count)} mutants killed; {without} claim{(without == 1 ? "" : "s")} without power" +
                             (undeclared == 0 ? "" : $", {undeclared} without mutants") + $", in {clock.Elapsed.TotalSeconds:F1} s.");
            foreach (var file in PowerTable.Write(folder, rows, budget, masterSeed, clock.Elapsed)) output.WriteLine($"wrote {file}");
            return 0;
        });
        return command;
    }
}
