using System.CommandLine;
using System.Globalization;
using Rssp.Reports.Runs;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Reports;

/// <summary>The command line: the report (the default verb), list, check, estimate-c and merge. Bad arguments
/// get one line on the error stream and exit code 2; an interrupted run exits 130 and resumes when rerun.</summary>
public static class Cli
{
    public const int Interrupted = 130;

    /// <summary>The constant estimate-c estimates unless --statement names another.</summary>
    private const string DefaultConstant = "theorem6";

    public static RootCommand Build(TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var quick = new Option<bool>("--quick") { Description = "Small budget for smoke runs (40 instances per exact claim, 400 trials per probabilistic one)." };
        var thorough = new Option<bool>("--thorough") { Description = "Large budget (5000 instances, 400000 trials): tighter intervals, fewer inconclusive verdicts." };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Master seed: every trial's seed derives from it, so a run is reproducible.", DefaultValueFactory = _ => 1,
            CustomParser = Number<ulong>("--seed", "a whole number from 0 to 18446744073709551615"),
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these claims, by the seed's number (e.g. --only \"Lemma 23\" \"Eq. 3.8\"); every variant of an id is run.",
            AllowMultipleArgumentsPerToken = true,
        };
        var shard = new Option<string>("--shard")
        {
            Description = "Run only share i of k (0 ≤ i < k): trials (estimate-c) or claims (report) whose index is i mod k. " +
                          "Shards write their part to --out; 'merge' combines the k folders into the result one run gives.",
        };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore work already in --out (by default a rerun of the same command resumes it)." };
        var reportOut = new Option<string>("--out") { Description = "Folder for the report: index.html, report.md, results.json, figures, claims.jsonl.", DefaultValueFactory = _ => Path.Combine("artifacts", "report") };

        var root = new RootCommand(
            "rssp-verify: empirical verification of the Random Subset Sum theorems (Lueker's Theorem 6 and the elementary " +
            "proof of chapter 3) and of the Strong Lottery Ticket Hypothesis for CNNs (chapter 4). Without a verb it runs " +
            "the report: every claim at the chosen budget, one line per claim — verdict (holds, refuted, inconclusive), time, evidence — " +
            "then index.html, report.md, results.json and the figures in --out. Each verdict is journalled as it finishes: " +
            "rerunning an interrupted command resumes it.");
        var report = new Command("report", "Run the catalogue and write the report (what rssp-verify does without a verb).");
        foreach (var command in new Command[] { root, report })
        {
            foreach (var o in new Option[] { quick, thorough, seed, only, reportOut, shard, fresh }) command.Options.Add(o);
            command.SetAction(parse => Report(parse, quick, thorough, seed, only, reportOut, shard, fresh, output, error, cancel));
        }
        root.Subcommands.Add(report);

        var list = new Command("list", "List every claim: the seed's number, what it is about (statement as printed, proof step, construction, reading), its kind and how it is checked.");
        list.SetAction(_ => Listing.Catalogue(output));
        root.Subcommands.Add(list);

        var id = new Argument<string>("id") { Description = "The claim's id as the seed numbers it, e.g. \"Lemma 23\" (all its variants run), or one variant's key as 'list' prints it." };
        var replay = new Option<string>("--replay") { Description = "Reproduce an exact claim's run from the replay seed \"(seed,gamma)\" its verdict printed (with the same budget)." };
        Validate(replay, text => text is not null && ReplayToken.ParsePair(text) is null
            ? $"--replay must be \"(seed,gamma)\" as a verdict prints it, with gamma odd; got '{text}'." : null);
        var check = new Command("check", "Run one claim and print its evidence in full: every grid point, interval, margin, counterexample and replay seed.");
        check.Arguments.Add(id);
        foreach (var o in new Option[] { quick, thorough, seed, replay }) check.Options.Add(o);
        check.SetAction(parse =>
        {
            var claims = ClaimCatalogue.Matching(parse.GetValue(id) ?? "");
            if (claims.Count == 0) return Fail(error, $"unknown claim id: {parse.GetValue(id)} (see 'list').");
            var budget = BudgetOf(parse, quick, thorough);
            var replaySeed = parse.GetValue(replay) is { } r ? ReplayToken.ParsePair(r) : null;
            return Listing.Detailed(claims, budget, parse.GetValue(seed), replaySeed, output);
        });
        root.Subcommands.Add(check);

        root.Subcommands.Add(EstimateC(seed, shard, fresh, output, error, cancel));
        root.Subcommands.Add(PowerCommand.Build(quick, thorough, seed, only, output, error));

        var folders = new Argument<string[]>("folders") { Description = "The shard folders (the --out of each shard).", Arity = ArgumentArity.OneOrMore };
        var mergeOut = new Option<string>("--out") { Description = "Folder for the merged result.", Required = true };
        var merge = new Command("merge", "Combine the k shard folders of one estimate-c or report command (run with --shard 0/k … k−1/k) into the files a single run writes.");
        merge.Arguments.Add(folders);
        merge.Options.Add(mergeOut);
        merge.SetAction(parse =>
        {
            foreach (var file in ShardMerge.Run(parse.GetValue(folders)!, parse.GetValue(mergeOut)!, output)) output.WriteLine($"wrote {file}");
            return 0;
        });
        root.Subcommands.Add(merge);
        return root;
    }

    private static int Report(ParseResult parse, Option<bool> quick, Option<bool> thorough, Option<ulong> seed, Option<string[]> only,
        Option<string> outDir, Option<string> shardOption, Option<bool> fresh, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var budget = BudgetOf(parse, quick, thorough);
        if (Selected(parse.GetValue(only) ?? [], error) is not { } claims) return 2;
        var shard = Shard.Parse(parse.GetValue(shardOption));
        var folder = parse.GetValue(outDir)!;
        var masterSeed = parse.GetValue(seed);
        Output.ReportFiles.EnsureWritable(folder);
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        output.WriteLine($"rssp-verify: {ReportRun.ShareOf(claims, shard).Count} claims{(shard.IsWhole ? "" : $" (shard {shard} of {claims.Count})")}, " +
                         $"budget {budget.Name} ({budget.Instances} instances, {budget.Trials} trials, family-wise error {budget.FamilyWiseError:G2}), master seed {masterSeed}");
        var earlier = TimeSpan.Zero;
        var results = RunProgress.Run(output, p => ReportRun.Run(claims, budget, masterSeed, shard, folder, parse.GetValue(fresh), p, cancel,
            resumed => earlier = TimeSpan.FromSeconds(resumed.Sum(r => r.Elapsed.TotalSeconds))));
        if (results is null)
            return Stop(error, $"interrupted: every finished claim is in {Path.Combine(folder, ClaimJournal.FileName)}; run the same command again to resume.");
        output.WriteLine($"{Listing.Tally(results)} in {clock.Elapsed.TotalSeconds:F1} s.");
        if (!shard.IsWhole)
        {
            return ShardDone(output, shard);
        }
        output.WriteLine("drawing the figures (their data are sampled afresh from the master seed)…");
        // A resumed run's wall time counts the claims an earlier part ran (their own time) and this part.
        var run = new Output.RunInfo(budget, masterSeed, started, earlier + clock.Elapsed, Output.RunInfo.DescribeMachine()) { Only = Output.RunInfo.OnlyOf(claims) };
        foreach (var file in Output.ReportFiles.Write(folder, results, run)) output.WriteLine($"wrote {file}");
        return 0;
    }

    private static Command EstimateC(Option<ulong> seed, Option<string> shardOption, Option<bool> fresh, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var names = string.Join(", ", ConstantCommand.All.Select(e => e.Name));
        var statement = new Option<string>("--statement") { Description = $"Which constant: {names}.", DefaultValueFactory = _ => DefaultConstant };
        var trials = new Option<int>("--trials")
        {
            Description = "Streams (Theorem 6 and Corollary 10 without --eps: their ε-paths, default 100000) or trials per grid point (default: the default budget's, 40000 with --eps, 4000 for the costlier chapter 4 constants).",
            CustomParser = Number<int>("--trials", "a whole number"),
        };
        var eps = new Option<double[]>("--eps")
        {
            Description = "The ε grid, each in (0, 1), for Theorem 6 in (0, 1/3) as it states (default: the claim's grid). For chapter 4 every target shape of the grid is run at each ε.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => [.. result.Tokens.Select(t => ParseNumber<double>(result, "--eps", "a number such as 0.01 or 1e-3", t.Value))],
        };
        var confidence = new Option<double>("--confidence")
        {
            Description = "Confidence of the interval for C, in (0, 1), shared over the grid points.", DefaultValueFactory = _ => 0.95,
            CustomParser = Number<double>("--confidence", "a number such as 0.95"),
        };
        var outDir = new Option<string>("--out") { Description = "Folder for trials.csv (written as trials finish), run.json, constant.json, constant.csv, constant.png (default artifacts/estimate-c/<statement>)." };
        var command = new Command("estimate-c",
            "Estimate a constant. Theorem 6 and Corollary 10 (without --eps): from the ε-paths of N streams, n*(ε) for every ε and the smallest C = sup (n*(ε) − 1)/ln(1/ε) " +
            "with an interval (paths.csv). With --eps, and for chapter 4: over an ε grid, per point the (1 − ε)-quantile of the samples a draw needs, over the scale, with an " +
            "order-statistic interval; C is the maximum over the grid (the report's chapter-4 constant claims are exact in ε instead: each shape's sup over every ε of its range from its draws' ε-paths, " +
            "over an adaptively searched domain). Trials go to trials.csv as they finish: rerunning an interrupted command resumes it; " +
            "--shard splits the trials over machines and 'merge' combines them.");
        Validate(eps, given => given?.Where(e => !(e > 0 && e < 1)).Select(e => (double?)e).FirstOrDefault() is double bad
            ? $"--eps values must lie in (0, 1), got {bad.ToString(CultureInfo.InvariantCulture)}." : null);
        // The statement's own range for ε (Theorem 6: ε < 1/3), once both options are known.
        command.Validators.Add(result =>
        {
            // (A command's validator sees no default value: an absent --statement is the default one.)
            var name = result.GetResult(statement) is null ? DefaultConstant : result.GetValue(statement) ?? "";
            double[]? given;
            try
            {
                given = result.GetValue(eps);
            }
            catch (InvalidOperationException)
            {
                return;   // a value that did not parse has its own error
            }
            if (ConstantCommand.Named(name) is not { } constant || given is null) return;
            if (given.FirstOrDefault(e => e > 0 && e < 1 && !(e < constant.EpsBelow)) is var bad and > 0)
                result.AddError($"--eps values for {constant.Claim.Id} must lie in {constant.EpsRange}, as the statement says; got {bad.ToString(CultureInfo.InvariantCulture)}.");
        });
        Validate(statement, name => ConstantCommand.Named(name ?? "") is null ? $"unknown --statement '{name}'; one of {names}." : null);
        Validate(trials, n => n < 1 ? $"--trials must be at least 1, got {n}." : null);
        Validate(confidence, level => !(level > 0 && level < 1) ? $"--confidence must lie in (0, 1), got {level.ToString(CultureInfo.InvariantCulture)}." : null);
        var law = new Option<string>("--law") { Description = $"n*(ε) and C under another law of the samples, from ε-paths: {string.Join(", ", SampleLaw.Keys)} (instead of --statement)." };
        var target = new Option<double>("--target") { Description = "With --law: the target interval [−a, a] to cover, a > 0.", DefaultValueFactory = _ => 1 };
        var variance = new Option<double>("--variance") { Description = "With --law gaussian or laplace: the variance of the samples.", DefaultValueFactory = _ => 1.0 / 3 };
        Validate(law, key => key is not null && SampleLaw.Of(key) is null ? $"unknown --law '{key}'; one of {string.Join(", ", SampleLaw.Keys)}." : null);
        Validate(target, a => !(a > 0 && double.IsFinite(a)) ? $"--target must be a positive number, got {a.ToString(CultureInfo.InvariantCulture)}." : null);
        Validate(variance, v => !(v > 0 && double.IsFinite(v)) ? $"--variance must be a positive number, got {v.ToString(CultureInfo.InvariantCulture)}." : null);
        var rare = new Option<bool>("--rare")
        {
            Description = "Theorem 6 (or --law) below plain Monte Carlo's reach, by rare-event simulation alone: importance-sampled streams (one sign made rarer, "
                          + "its magnitudes smaller, and for V·U⁺ its atom at 0 more frequent; the likelihood ratio as weight), the jumps ε_n of n*(ε) down to --reach with intervals, the ratio (n*(ε) − 1)/ln(1/ε) "
                          + "at each (rare.json, rare.csv, rare.png and .svg). --trials is the number of streams (default 1000: about a minute to 10⁻⁶ on two cores). "
                          + "Streams go to streams.csv as they finish: rerunning an interrupted command resumes it; --shard i/k runs the streams i mod k and 'merge' combines the shards.",
        };
        var reach = new Option<double>("--reach")
        {
            Description = "With --rare: the smallest ε to reach, in (0, 0.1) (default 1e-6; the cost grows about as 1/reach).", DefaultValueFactory = _ => 1e-6,
            CustomParser = Number<double>("--reach", "a number such as 1e-6"),
        };
        Validate(reach, r => !(r > 0 && r < 0.1) ? $"--reach must lie in (0, 0.1), got {r.ToString(CultureInfo.InvariantCulture)}." : null);
        foreach (var o in new Option[] { statement, trials, eps, seed, confidence, outDir, shardOption, fresh, law, target, variance, rare, reach }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var grid = parse.GetValue(eps) is { Length: > 0 } given ? given : null;
            if (parse.GetValue(law) is { } lawKey && grid is not null) throw new ArgumentException("--law runs from ε-paths, every ε at once: --eps does not apply.");
            if (parse.GetValue(rare)) return Rare(parse, statement, law, target, variance, trials, seed, confidence, reach, outDir, shardOption, fresh, grid, output, error, cancel);
            var constant = parse.GetValue(law) is { } key
                ? ConstantCommand.ForLaw(SampleLaw.Of(key, parse.GetValue(variance))!, parse.GetValue(target))
                : ConstantCommand.Named(parse.GetValue(statement)!)!;
            var paths = EstimateSettings.PathsFor(constant, grid);
            var n = parse.GetResult(trials) is not null ? parse.GetValue(trials)
                : paths ? constant.Claim.Paths!.StreamsFor(Budget.Default.Trials) : constant.Experiment.TrialsFor(Budget.Default.Trials);
            var level = parse.GetValue(confidence);
            var settings = new EstimateSettings(constant, parse.GetValue(seed), n, grid, level, Shard.Parse(parse.GetValue(shardOption)));
            var folder = parse.GetValue(outDir) ?? Path.Combine("artifacts", "estimate-c", parse.GetValue(law) is { } lawFolder ? $"law-{lawFolder}" : constant.Name);
            output.WriteLine($"estimate-c {constant.Name} ({constant.Claim.Key}): " + (paths ? $"ε-paths of {n} streams" : $"{settings.Points.Count} grid points × {n} trials")
                             + $", seed {settings.Seed}" + (settings.Shard.IsWhole ? "" : $", shard {settings.Shard}") + $" → {folder}");
            var status = RunProgress.Run(output, p => paths
                ? PathRun.Run(settings, folder, parse.GetValue(fresh), p, cancel)
                : EstimateRun.Run(settings, folder, parse.GetValue(fresh), p, cancel));
            if (status.OnFile > 0) output.WriteLine($"resumed: {status.OnFile} trials were on file, {status.Ran} run now.");
            if (!status.Complete)
                return Stop(error, $"interrupted: {status.OnFile + status.Ran} trials are in {Path.Combine(folder, EstimateRun.TrialsFile)}; run the same command again to resume.");
            if (!settings.Shard.IsWhole)
            {
                return ShardDone(output, settings.Shard);
            }
            if (paths)
            {
                var stats = PathRun.Statistics(settings, PathRun.ReadPaths(Path.Combine(folder, PathRun.PathsFile)));
                foreach (var file in PathRun.WriteResults(settings, folder, stats, output)) output.WriteLine($"wrote {file}");
                return 0;
            }
            var verdict = EstimateRun.Estimate(settings, EstimateRun.ReadTrials(Path.Combine(folder, EstimateRun.TrialsFile), settings.Points.Count));
            output.WriteLine(verdict.Summary);
            foreach (var o in verdict.Observations) output.WriteLine($"  {o}");
            foreach (var file in EstimateRun.WriteResults(settings, folder, verdict)) output.WriteLine($"wrote {file}");
            return 0;
        });
        return command;
    }

    /// <summary>estimate-c --rare: Theorem 6's or a law's rare-event run (<see cref="RareRun"/>), resumable and shardable.</summary>
    private static int Rare(ParseResult parse, Option<string> statement, Option<string> law, Option<double> target, Option<double> variance, Option<int> trials,
        Option<ulong> seed, Option<double> confidence, Option<double> reach, Option<string> outDir, Option<string> shardOption, Option<bool> fresh, double[]? grid,
        TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (grid is not null) throw new ArgumentException("--rare estimates every ε at once: --eps does not apply.");
        if (parse.GetValue(law) is null && ConstantCommand.Named(parse.GetValue(statement)!)!.Claim.Key != Verification.Claims.Chapter2.Theorem6.Constant.Key)
            throw new ArgumentException("--rare runs for Theorem 6 (--statement theorem6) or a law (--law …).");
        var settings = new RareSettings(parse.GetValue(law), parse.GetValue(variance), parse.GetValue(target), parse.GetValue(seed),
            parse.GetResult(trials) is not null ? parse.GetValue(trials) : 1000, parse.GetValue(reach), parse.GetValue(confidence), Shard.Parse(parse.GetValue(shardOption)));
        if (settings.Streams < 2) throw new ArgumentException($"--rare needs at least 2 streams (--trials), got {settings.Streams}.");
        var folder = parse.GetValue(outDir) ?? settings.Folder;
        output.WriteLine($"estimate-c --rare {settings.Name}: {settings.Streams} importance-sampled streams down to ε = {settings.Reach:G3}, seed {settings.Seed}"
                         + (settings.Shard.IsWhole ? "" : $", shard {settings.Shard}") + $" → {folder}");
        var status = RunProgress.Run(output, p => RareRun.Run(settings, folder, parse.GetValue(fresh), p, cancel));
        if (status.OnFile > 0) output.WriteLine($"resumed: {status.OnFile} streams were on file, {status.Ran} run now.");
        if (!status.Complete)
            return Stop(error, $"interrupted: {status.OnFile + status.Ran} streams are in {Path.Combine(folder, RareRun.StreamsFile)}; run the same command again to resume.");
        if (!settings.Shard.IsWhole)
        {
            return ShardDone(output, settings.Shard);
        }
        var jumps = RareRun.Statistics(settings, RareRun.ReadStreams(Path.Combine(folder, RareRun.StreamsFile)));
        foreach (var file in RareRun.WriteResults(settings, folder, jumps, output)) output.WriteLine($"wrote {file}");
        return 0;
    }

    /// <summary>Adds a parse-time check to an option: problem(value) is the error line, or null when the value is fine.
    /// A value that does not convert is left to the parser's own error.</summary>
    private static void Validate<T>(Option<T> option, Func<T?, string?> problem) => option.Validators.Add(result =>
    {
        T? value;
        try
        {
            value = result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return;
        }
        if (problem(value) is { } message) result.AddError(message);
    });

    /// <summary>A parser for a numeric option whose error says what is expected in the user's terms (not a .NET type).</summary>
    private static Func<System.CommandLine.Parsing.ArgumentResult, T> Number<T>(string name, string expected) where T : System.Numerics.INumber<T> =>
        result => result.Tokens.Count == 0 ? T.Zero : ParseNumber<T>(result, name, expected, result.Tokens[^1].Value);

    private static T ParseNumber<T>(System.CommandLine.Parsing.ArgumentResult result, string name, string expected, string text) where T : System.Numerics.INumber<T>
    {
        if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError($"{name} must be {expected}; got '{text}'.");
        return T.Zero;
    }

    internal static Budget BudgetOf(ParseResult parse, Option<bool> quick, Option<bool> thorough)
    {
        if (parse.GetValue(quick) && parse.GetValue(thorough)) throw new ArgumentException("--quick and --thorough exclude each other.");
        return parse.GetValue(quick) ? Budget.Quick : parse.GetValue(thorough) ? Budget.Thorough : Budget.Default;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancel = default)
    {
        var parse = Build(output, error, cancel).Parse(args);
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
        catch (ArgumentException e)
        {
            return Fail(error, e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message);
        }
    }

    /// <summary>The claims --only names (every claim without it), in catalogue order; null, with the error written, when
    /// an id names no claim.</summary>
    internal static IReadOnlyList<Claim>? Selected(string[] ids, TextWriter error)
    {
        var unknown = ids.Where(i => ClaimCatalogue.Matching(i).Count == 0).ToArray();
        if (unknown.Length > 0)
        {
            Fail(error, $"unknown claim id: {string.Join(", ", unknown)} (see 'list').");
            return null;
        }
        return ids.Length == 0 ? ClaimCatalogue.All : [.. ClaimCatalogue.All.Where(c => ids.Any(i => ClaimCatalogue.Matching(i).Contains(c)))];
    }

    internal static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return 2;
    }

    /// <summary>A shard's last line: how to merge the shards when all are done.</summary>
    private static int ShardDone(TextWriter output, Shard shard)
    {
        output.WriteLine($"shard {shard} done; when all {shard.Count} are, combine them: {Output.RunInfo.Command} merge <the {shard.Count} folders> --out <folder>");
        return 0;
    }

    private static int Stop(TextWriter error, string message)
    {
        error.WriteLine(message);
        return Interrupted;
    }
}
