using System.CommandLine;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Claims;

namespace Rssp.Reports;

/// <summary>The command line. The main job (no verb) runs the catalogue of claims and lists each verdict
/// with its evidence on one line.</summary>
public static class Cli
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var quick = new Option<bool>("--quick") { Description = "Small budget for smoke runs (40 instances per exact claim, 400 trials per probabilistic one)." };
        var thorough = new Option<bool>("--thorough") { Description = "Large budget (5000 instances, 400000 trials): tighter intervals, fewer inconclusive verdicts." };
        var seed = new Option<ulong>("--seed") { Description = "Master seed: every trial's seed derives from it, so a run is reproducible.", DefaultValueFactory = _ => 1 };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these claims, by the seed's number (e.g. --only \"Lemma 23\" \"Eq. 3.8\"); every variant of an id is run.",
            AllowMultipleArgumentsPerToken = true,
        };

        var outDir = new Option<string>("--out") { Description = "Folder for the report: index.html, report.md, results.json.", DefaultValueFactory = _ => Path.Combine("artifacts", "report") };

        var root = new RootCommand(
            "rssp-verify: empirical verification of the Random Subset Sum theorems (Lueker's Theorem 6 and the elementary " +
            "proof of chapter 3) and of the Strong Lottery Ticket Hypothesis for CNNs (chapter 4). Without a verb it runs " +
            "every claim at the chosen budget, prints one line per claim — verdict (holds, refuted, inconclusive), time, evidence — " +
            "and writes the report (index.html, report.md, results.json) to --out.");
        root.Options.Add(quick);
        root.Options.Add(thorough);
        root.Options.Add(seed);
        root.Options.Add(only);
        root.Options.Add(outDir);
        root.SetAction(parse =>
        {
            if (parse.GetValue(quick) && parse.GetValue(thorough)) return Fail(error, "--quick and --thorough exclude each other.");
            var budget = parse.GetValue(quick) ? Budget.Quick : parse.GetValue(thorough) ? Budget.Thorough : Budget.Default;
            var ids = parse.GetValue(only) ?? [];
            var unknown = ids.Where(id => ClaimCatalogue.Matching(id).Count == 0).ToArray();
            if (unknown.Length > 0) return Fail(error, $"unknown claim id: {string.Join(", ", unknown)} (see 'list').");
            var claims = ids.Length == 0 ? ClaimCatalogue.All : ClaimCatalogue.All.Where(c => ids.Any(id => ClaimCatalogue.Matching(id).Contains(c))).ToArray();
            var folder = parse.GetValue(outDir)!;
            Output.ReportFiles.EnsureWritable(folder);
            var started = DateTimeOffset.UtcNow;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var results = Listing.Run(claims, budget, parse.GetValue(seed), output);
            var run = new Output.RunInfo(budget, parse.GetValue(seed), started, clock.Elapsed, Output.RunInfo.DescribeMachine());
            foreach (var file in Output.ReportFiles.Write(folder, results, run)) output.WriteLine($"wrote {file}");
            return 0;
        });

        var list = new Command("list", "List every claim: the seed's number, the reading (as printed or the intended one), its kind and how it is checked.");
        list.SetAction(_ => Listing.Catalogue(output));
        root.Subcommands.Add(list);

        var id = new Argument<string>("id") { Description = "The claim's id as the seed numbers it, e.g. \"Lemma 23\" (all its variants run)." };
        var check = new Command("check", "Run one claim and print its evidence in full: every grid point, interval, margin, counterexample and replay seed.");
        check.Arguments.Add(id);
        check.Options.Add(quick);
        check.Options.Add(thorough);
        check.Options.Add(seed);
        check.SetAction(parse =>
        {
            var claims = ClaimCatalogue.Matching(parse.GetValue(id) ?? "");
            if (claims.Count == 0) return Fail(error, $"unknown claim id: {parse.GetValue(id)} (see 'list').");
            if (parse.GetValue(quick) && parse.GetValue(thorough)) return Fail(error, "--quick and --thorough exclude each other.");
            var budget = parse.GetValue(quick) ? Budget.Quick : parse.GetValue(thorough) ? Budget.Thorough : Budget.Default;
            return Listing.Detailed(claims, budget, parse.GetValue(seed), output);
        });
        root.Subcommands.Add(check);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build(output, error).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run with --help for usage.");
            return 2;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message);
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return 2;
    }
}
