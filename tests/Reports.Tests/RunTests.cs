using System.Text.Json.Nodes;
using Rssp.Reports.Runs;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Tests;

/// <summary>Resumable and sharded runs: an interrupted run loses and repeats no trial, and k shards merged give the
/// files one run writes.</summary>
public class RunTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static readonly string[] Small = ["estimate-c", "--trials", "300", "--eps", "0.1", "0.01", "--seed", "5"];

    [Fact]
    public void Estimate_c_shards_merge_into_exactly_the_files_one_run_writes()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Run([.. Small, "--out", temp.Sub("whole")]).Code);
        for (var i = 0; i < 3; i++) Assert.Equal(0, Run([.. Small, "--shard", $"{i}/3", "--out", temp.Sub($"s{i}")]).Code);
        Assert.False(File.Exists(Path.Combine(temp.Sub("s0"), "constant.json")));
        var merged = Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("s2"), "--out", temp.Sub("merged"));
        Assert.Equal(0, merged.Code);
        foreach (var file in new[] { "trials.csv", "run.json", "constant.json", "constant.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(temp.Sub("whole"), file)), File.ReadAllText(Path.Combine(temp.Sub("merged"), file)));
        Assert.Equal(2 * 300 + 1, File.ReadAllLines(Path.Combine(temp.Sub("merged"), "trials.csv")).Length);
    }

    [Fact]
    public void Merge_refuses_missing_shards_other_settings_and_incomplete_shards()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 2; i++) Assert.Equal(0, Run([.. Small, "--shard", $"{i}/2", "--out", temp.Sub($"s{i}")]).Code);
        Assert.Equal(0, Run("estimate-c", "--trials", "300", "--eps", "0.1", "0.01", "--seed", "6", "--shard", "1/2", "--out", temp.Sub("other")).Code);

        var missing = Run("merge", temp.Sub("s0"), "--out", temp.Sub("m"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("every shard", missing.Err);
        var mixed = Run("merge", temp.Sub("s0"), temp.Sub("other"), "--out", temp.Sub("m"));
        Assert.Equal(2, mixed.Code);
        Assert.Contains("other settings", mixed.Err);

        var trials = Path.Combine(temp.Sub("s1"), "trials.csv");
        File.WriteAllLines(trials, File.ReadAllLines(trials)[..^10]);
        var incomplete = Run("merge", temp.Sub("s0"), temp.Sub("s1"), "--out", temp.Sub("m"));
        Assert.Equal(2, incomplete.Code);
        Assert.Contains("resume it", incomplete.Err);
    }

    /// <summary>Cancels the run once a number of trials have been reported done.</summary>
    private sealed class CancelAfter(long trials, CancellationTokenSource cancel) : IRunProgress
    {
        private long done;

        public void Begin(string what, long total) { }

        public void Advance(long amount)
        {
            done += amount;
            if (done >= trials) cancel.Cancel();
        }

        public void Line(string text) { }
    }

    [Fact]
    public void An_interrupted_estimate_resumes_without_losing_or_repeating_a_trial()
    {
        using var temp = new TempFolder();
        var settings = new EstimateSettings(ConstantCommand.Named("theorem6")!, 9, 1000, [0.2, 0.05], 0.95, Shard.Whole);
        using var cancel = new CancellationTokenSource();
        var first = EstimateRun.Run(settings, temp.Sub("run"), fresh: false, new CancelAfter(1200, cancel), cancel.Token);
        Assert.False(first.Complete);
        Assert.InRange(first.Ran, 1200, 1999);

        // A kill mid-write leaves a torn last line; it is dropped, and the trial it held is run again.
        var trials = Path.Combine(temp.Sub("run"), EstimateRun.TrialsFile);
        File.AppendAllText(trials, "1,999,1");
        var second = EstimateRun.Run(settings, temp.Sub("run"), fresh: false, new CancelAfter(long.MaxValue, new CancellationTokenSource()), CancellationToken.None);
        Assert.True(second.Complete);
        Assert.Equal(first.Ran, second.OnFile);
        Assert.Equal(2000 - first.Ran, second.Ran);

        var whole = EstimateRun.Run(settings, temp.Sub("whole"), fresh: false, new CancelAfter(long.MaxValue, new CancellationTokenSource()), CancellationToken.None);
        Assert.Equal(2000, whole.Ran);
        Assert.Equal(File.ReadAllLines(Path.Combine(temp.Sub("whole"), EstimateRun.TrialsFile)).Order(), File.ReadAllLines(trials).Order());
        var resumed = EstimateRun.Estimate(settings, EstimateRun.ReadTrials(trials, 2));
        var direct = EstimateRun.Estimate(settings, EstimateRun.ReadTrials(Path.Combine(temp.Sub("whole"), EstimateRun.TrialsFile), 2));
        Assert.Equal(direct.Observations, resumed.Observations);
    }

    [Fact]
    public void A_trials_file_torn_in_its_header_starts_again()
    {
        using var temp = new TempFolder();
        var settings = new EstimateSettings(ConstantCommand.Named("theorem6")!, 2, 50, [0.2], 0.95, Shard.Whole);
        Directory.CreateDirectory(temp);
        EstimateRun.WriteManifest(Path.Combine(temp, EstimateRun.ManifestFile), EstimateRun.Manifest(settings));
        File.WriteAllText(Path.Combine(temp, EstimateRun.TrialsFile), "point,tri");
        var status = EstimateRun.Run(settings, temp, fresh: false, new CancelAfter(long.MaxValue, new CancellationTokenSource()), CancellationToken.None);
        Assert.True(status.Complete);
        Assert.Equal(50, EstimateRun.ReadTrials(Path.Combine(temp, EstimateRun.TrialsFile), 1).Count);
    }

    [Fact]
    public void A_rerun_with_other_settings_into_the_same_folder_is_refused_unless_fresh()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Run([.. Small, "--out", temp]).Code);
        var again = Run([.. Small, "--out", temp]);
        Assert.Equal(0, again.Code);
        Assert.Contains("resumed: 600 trials were on file, 0 run now", again.Out);
        var other = Run("estimate-c", "--trials", "200", "--eps", "0.1", "--out", temp);
        Assert.Equal(2, other.Code);
        Assert.Contains("--fresh", other.Err);
        Assert.Equal(0, Run("estimate-c", "--trials", "200", "--eps", "0.1", "--out", temp, "--fresh").Code);
        Assert.Equal(201, File.ReadAllLines(Path.Combine(temp, "trials.csv")).Length);
    }

    [Theory]
    [InlineData("theorem6")]
    [InlineData("corollary10")]
    [InlineData("proposition32")]
    [InlineData("lemma34")]
    [InlineData("theorem31")]
    public void Estimate_c_of_each_constant_writes_json_csv_and_a_png(string statement)
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run("estimate-c", "--statement", statement, "--trials", "40", "--eps", "0.3", "--out", temp);
        Assert.True(code == 0, error);
        Assert.Contains("over the grid: C ≥ ", output);
        Assert.Contains("a lower bound", output);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp, "constant.json")))!;
        Assert.Equal("rssp-verify/constant/1", (string?)json["schema"]);
        Assert.True((bool)json["lowerBound"]!);
        Assert.True((double)json["estimate"]! > 0);
        var points = (JsonArray)json["points"]!;
        Assert.Equal(ConstantCommand.Named(statement)!.Experiment.Grid([0.3]).Count, points.Count);
        Assert.All(points, p => Assert.Equal(0.3, (double)p!["eps"]!));
        var png = File.ReadAllBytes(Path.Combine(temp, "constant.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.DoesNotContain("NaN", File.ReadAllText(Path.Combine(temp, "constant.csv")));
    }

    [Fact]
    public void Estimate_c_gives_the_estimates_of_the_catalogue_claim_for_the_same_seed_and_trials()
    {
        using var temp = new TempFolder();
        var claim = ClaimCatalogue.All.Single(c => c.Key == Verification.Claims.Chapter2.Theorem6.Constant.Key);
        Assert.Equal(claim.Stream, ConstantCommand.Named("theorem6")!.Experiment.Stream);
        Assert.Equal(["corollary10", "lemma34", "proposition32", "theorem31", "theorem6"], ConstantCommand.All.Select(c => c.Name).Order());
        // The grid (with --eps): the claim's grid experiment, point for point.
        var grid = claim.Experiment!;
        var points = grid.Grid([0.1, 0.01]);
        Assert.Equal(0, Run("estimate-c", "--trials", "200", "--eps", "0.1", "0.01", "--seed", "4", "--out", temp.Sub("grid")).Code);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Sub("grid"), "constant.json")))!;
        var expected = ConstantCheck.Estimate(0.05, 4, points, g => grid.Run(4, points[g], 0, 200), "").Observations.Select(o => o.Estimate);
        Assert.Equal(expected, ((JsonArray)json["points"]!).Select(p => (double)p!["ratio"]!));
        // Without --eps: the claim's ε-paths, the same streams and the same C at the same N and error.
        var alpha = CatalogueRun.AlphaPerClaim(Budget.Quick);
        var verdict = (Verdict.Estimated)CatalogueRun.Check(claim, Budget.Quick, 4).Verdict;
        var streams = claim.Paths!.StreamsFor(Budget.Quick.Trials);
        Assert.Equal(0, Run("estimate-c", "--trials", streams.ToString(), "--seed", "4", "--confidence", (1 - alpha).ToString("R", System.Globalization.CultureInfo.InvariantCulture), "--out", temp.Sub("paths")).Code);
        var paths = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Sub("paths"), "constant.json")))!;
        Assert.Equal("rssp-verify/constant-paths/1", (string)paths["schema"]!);
        Assert.Equal(verdict.Estimate.Value, (double)paths["estimate"]!);
        Assert.Equal(verdict.Estimate.Low, (double)paths["low"]!, 9);
        Assert.Equal(verdict.Estimate.High, (double)paths["high"]!, 9);
    }

    private static readonly string[] SmallPaths = ["estimate-c", "--trials", "600", "--seed", "5", "--statement", "corollary10"];

    [Fact]
    public void Estimate_c_paths_resume_and_shards_merge_into_the_files_one_run_writes()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Run([.. SmallPaths, "--out", temp.Sub("whole")]).Code);
        var again = Run([.. SmallPaths, "--out", temp.Sub("whole")]);
        Assert.Contains("resumed: 600 trials were on file, 0 run now", again.Out);
        for (var i = 0; i < 3; i++) Assert.Equal(0, Run([.. SmallPaths, "--shard", $"{i}/3", "--out", temp.Sub($"s{i}")]).Code);
        Assert.False(File.Exists(Path.Combine(temp.Sub("s0"), "constant.json")));
        // A shard cut short resumes to the same lines; merge refuses it until then.
        var cut = Path.Combine(temp.Sub("s1"), PathRun.PathsFile);
        File.WriteAllLines(cut, File.ReadAllLines(cut)[..^20]);
        var incomplete = Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("s2"), "--out", temp.Sub("merged"));
        Assert.Equal(2, incomplete.Code);
        Assert.Contains("resume it", incomplete.Err);
        Assert.Contains("20 run now", Run([.. SmallPaths, "--shard", "1/3", "--out", temp.Sub("s1")]).Out);
        Assert.Equal(0, Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("s2"), "--out", temp.Sub("merged")).Code);
        foreach (var file in new[] { PathRun.PathsFile, "run.json", "constant.json", "constant.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(temp.Sub("whole"), file)), File.ReadAllText(Path.Combine(temp.Sub("merged"), file)));
        Assert.Equal(600 + 1, File.ReadAllLines(Path.Combine(temp.Sub("merged"), PathRun.PathsFile)).Length);
        Assert.True(File.Exists(Path.Combine(temp.Sub("merged"), "constant.svg")));
    }

    [Fact]
    public void Estimate_c_rare_gives_the_jumps_of_the_catalogue_claim_for_the_same_seed_and_streams()
    {
        using var temp = new TempFolder();
        var (code, output, _) = Run("estimate-c", "--rare", "--trials", "200", "--reach", "0.001", "--seed", "4", "--confidence", "0.99", "--out", temp);
        Assert.Equal(0, code);
        foreach (var file in new[] { "rare.json", "rare.csv", "rare.png", "rare.svg" }) Assert.True(File.Exists(Path.Combine(temp, file)), file);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(temp, "rare.json")))!;
        Assert.Equal(RareRun.Schema, (string)json["schema"]!);
        // The same streams as the claim's experiment at that seed, N, reach and error.
        var jumps = Verification.Claims.Chapter2.Theorem6.Rare.Sample(4, 200, 0.001, 0.01).Jumps;
        Assert.Equal(jumps.Select(j => j.Estimate), ((JsonArray)json["jumps"]!).Select(j => (double)j!["eps"]!));
        var reached = (double)json["reached"]!;
        Assert.InRange(reached, 0.001, 0.05);
        Assert.Contains("ratio", output);
    }

    private static readonly string[] SmallRare = ["estimate-c", "--rare", "--trials", "90", "--reach", "0.01", "--seed", "3", "--law", "gaussian", "--variance", "0.5"];

    private static readonly string[] RareFiles = [RareRun.ManifestFile, RareRun.StreamsFile, "rare.json", "rare.csv"];

    [Fact]
    public void Estimate_c_rare_shards_merge_into_exactly_the_files_one_run_writes_and_other_runs_are_refused()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Run([.. SmallRare, "--out", temp.Sub("whole")]).Code);
        for (var i = 0; i < 3; i++) Assert.Equal(0, Run([.. SmallRare, "--shard", $"{i}/3", "--out", temp.Sub($"s{i}")]).Code);
        Assert.False(File.Exists(Path.Combine(temp.Sub("s0"), "rare.json")));
        Assert.Equal(30 + 1, File.ReadAllLines(Path.Combine(temp.Sub("s2"), RareRun.StreamsFile)).Length);
        // A shard cut short is refused by merge until resumed.
        var cut = Path.Combine(temp.Sub("s1"), RareRun.StreamsFile);
        File.WriteAllLines(cut, File.ReadAllLines(cut)[..^5]);
        var incomplete = Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("s2"), "--out", temp.Sub("merged"));
        Assert.Equal(2, incomplete.Code);
        Assert.Contains("shard 1/3", incomplete.Err);
        Assert.Contains("has 25 of its 30 streams; resume it", incomplete.Err);
        Assert.Contains("resumed: 25 streams were on file, 5 run now", Run([.. SmallRare, "--shard", "1/3", "--out", temp.Sub("s1")]).Out);
        Assert.Equal(0, Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("s2"), "--out", temp.Sub("merged")).Code);
        foreach (var file in RareFiles)
            Assert.Equal(File.ReadAllText(Path.Combine(temp.Sub("whole"), file)), File.ReadAllText(Path.Combine(temp.Sub("merged"), file)));

        // Shards of another seed, another law or another mode do not merge with these.
        Assert.Equal(0, Run([.. SmallRare[..^6], "--seed", "4", "--law", "gaussian", "--variance", "0.5", "--shard", "2/3", "--out", temp.Sub("seed4")]).Code);
        Assert.Equal(0, Run([.. SmallRare[..^4], "--law", "laplace", "--variance", "0.5", "--shard", "2/3", "--out", temp.Sub("laplace")]).Code);
        foreach (var (other, why) in new[] { ("seed4", "seed 4 against 3"), ("laplace", "law laplace against gaussian") })
        {
            var mixed = Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub(other), "--out", temp.Sub("m"));
            Assert.Equal(2, mixed.Code);
            Assert.Contains("other settings", mixed.Err);
            Assert.Contains(why, mixed.Err);
        }
        Assert.Equal(0, Run("estimate-c", "--trials", "30", "--seed", "3", "--shard", "2/3", "--out", temp.Sub("paths")).Code);
        var modes = Run("merge", temp.Sub("s0"), temp.Sub("s1"), temp.Sub("paths"), "--out", temp.Sub("m"));
        Assert.Equal(2, modes.Code);
        Assert.Contains("must all hold", modes.Err);
        // A rerun with other settings into a folder is refused unless --fresh.
        var refused = Run([.. SmallRare[..^4], "--law", "laplace", "--out", temp.Sub("whole")]);
        Assert.Equal(2, refused.Code);
        Assert.Contains("--fresh", refused.Err);
    }

    [Fact]
    public void An_interrupted_rare_run_resumes_to_the_files_of_an_uninterrupted_one()
    {
        using var temp = new TempFolder();
        string[] args = ["estimate-c", "--rare", "--trials", "100", "--reach", "0.01", "--seed", "8"];
        var settings = new RareSettings(null, 1.0 / 3, 1, 8, 100, 0.01, 0.95, Shard.Whole);
        using var cancel = new CancellationTokenSource();
        var first = RareRun.Run(settings, temp.Sub("run"), fresh: false, new CancelAfter(40, cancel), cancel.Token);
        Assert.False(first.Complete);
        Assert.Equal(64, first.Ran);
        // A kill mid-write leaves a torn last line; it is dropped.
        File.AppendAllText(Path.Combine(temp.Sub("run"), RareRun.StreamsFile), "64,0.5 0.4");
        var resumed = Run([.. args, "--out", temp.Sub("run")]);
        Assert.Equal(0, resumed.Code);
        Assert.Contains("resumed: 64 streams were on file, 36 run now", resumed.Out);
        Assert.Equal(0, Run([.. args, "--out", temp.Sub("whole")]).Code);
        foreach (var file in RareFiles)
            Assert.Equal(File.ReadAllText(Path.Combine(temp.Sub("whole"), file)), File.ReadAllText(Path.Combine(temp.Sub("run"), file)));
        // The file's streams are the experiment's own, bit for bit.
        var direct = settings.Experiment.Run(8, 0.01, [.. Enumerable.Range(0, 100).Select(i => (long)i)]);
        var onFile = RareRun.ReadStreams(Path.Combine(temp.Sub("run"), RareRun.StreamsFile));
        Assert.All(Enumerable.Range(0, 100), i => Assert.True(direct[i].Path.SequenceEqual(onFile[i].Path) && direct[i].Ratio.SequenceEqual(onFile[i].Ratio)));
    }

    [Theory]
    [InlineData("estimate-c", "--eps", "0")]
    [InlineData("estimate-c", "--eps", "1")]
    [InlineData("estimate-c", "--eps", "abc")]
    [InlineData("estimate-c", "--statement", "lemma99")]
    [InlineData("estimate-c", "--trials", "0")]
    [InlineData("estimate-c", "--confidence", "1.5")]
    [InlineData("estimate-c", "--shard", "2/2")]
    [InlineData("estimate-c", "--shard", "x")]
    [InlineData("--shard", "1/0")]
    [InlineData("merge", "/nonexistent-rssp-folder", "--out", "/tmp/x")]
    [InlineData("merge", "/tmp")]
    [InlineData("check", "Theorem 24", "--replay", "(1,2)")]
    [InlineData("check", "Theorem 24", "--replay", "seven")]
    public void Bad_arguments_of_the_run_verbs_get_one_clear_line(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("(Parameter", error);
    }

    [Fact]
    public void Report_shards_merge_into_the_report_one_run_writes()
    {
        using var temp = new TempFolder();
        string[] only = ["--quick", "--seed", "3", "--only", "Lemma 14", "Proposition 17", "Lemma 23", "Remark 29"];
        Assert.Equal(0, Run([.. only, "--out", temp.Sub("whole")]).Code);
        for (var i = 0; i < 2; i++)
        {
            var shard = Run([.. only, "--shard", $"{i}/2", "--out", temp.Sub($"s{i}")]);
            Assert.Equal(0, shard.Code);
            Assert.Contains("merge", shard.Out);
            Assert.False(File.Exists(Path.Combine(temp.Sub($"s{i}"), "results.json")));
        }
        Assert.Equal(0, Run("merge", temp.Sub("s1"), temp.Sub("s0"), "--out", temp.Sub("merged")).Code);
        Assert.Equal(Verdicts(temp.Sub("whole")), Verdicts(temp.Sub("merged")));
    }

    [Fact]
    public void An_interrupted_report_resumes_from_its_journal_and_reruns_no_finished_claim()
    {
        using var temp = new TempFolder();
        var claims = ClaimCatalogue.All.Where(c => c.Id is "Lemma 14" or "Proposition 17" or "Remark 29").ToArray();
        using var cancel = new CancellationTokenSource();
        var lines = new List<string>();
        var first = ReportRun.Run(claims, Budget.Quick, 3, Shard.Whole, temp.Sub("run"), fresh: false, new CancelOnLine(1, cancel, lines), cancel.Token);
        Assert.Null(first);
        Assert.Single(lines);
        var journal = Path.Combine(temp.Sub("run"), ClaimJournal.FileName);
        Assert.Equal(2, File.ReadAllLines(journal).Length);

        File.AppendAllText(journal, "{\"key\":\"Proposition 1");   // a torn line from a kill mid-write
        var resumed = Run("--quick", "--seed", "3", "--only", "Lemma 14", "Proposition 17", "Remark 29", "--out", temp.Sub("run"));
        Assert.Equal(0, resumed.Code);
        Assert.Contains($"resuming: 1 of {claims.Length} claims", resumed.Out);
        var keys = File.ReadAllLines(journal).Skip(1).Select(l => (string)JsonNode.Parse(l)!["key"]!).ToArray();
        Assert.Equal(claims.Select(c => c.Key).Order(), keys.Order());

        Assert.Equal(0, Run("--quick", "--seed", "3", "--only", "Lemma 14", "Proposition 17", "Remark 29", "--out", temp.Sub("fresh")).Code);
        Assert.Equal(Verdicts(temp.Sub("fresh")), Verdicts(temp.Sub("run")));
    }

    [Fact]
    public void A_report_cancelled_inside_a_claim_stops_between_trials_and_does_not_journal_that_claim()
    {
        using var temp = new TempFolder();
        // Lemma 14 (exact) finishes; Proposition 17 (probabilistic, 4 × 400 trials) is cancelled after 100 of its trials.
        var claims = ClaimCatalogue.All.Where(c => c.Id is "Lemma 14" or "Proposition 17").ToArray();
        using var cancel = new CancellationTokenSource();
        var progress = new CancelInClaim("Proposition 17", 100, cancel);
        var first = ReportRun.Run(claims, Budget.Quick, 3, Shard.Whole, temp.Sub("run"), fresh: false, progress, cancel.Token);
        Assert.Null(first);
        // Cancelled inside the claim: it stopped well before its 1600 trials, and the journal holds the header and Lemma 14 only.
        Assert.InRange(progress.Done, 100, 1599);
        var keys = File.ReadAllLines(Path.Combine(temp.Sub("run"), ClaimJournal.FileName)).Skip(1).Select(l => (string)JsonNode.Parse(l)!["key"]!).ToArray();
        Assert.Equal(["Lemma 14"], keys);
    }

    /// <summary>Cancels once the named claim has reported a number of trials done; counts what it saw of that claim.</summary>
    private sealed class CancelInClaim(string key, long after, CancellationTokenSource cancel) : IRunProgress
    {
        private string? current;
        private long done;

        public long Done => Interlocked.Read(ref done);

        public void Begin(string what, long total) => current = what;

        public void Advance(long amount)
        {
            if (current != key) return;
            if (Interlocked.Add(ref done, amount) >= after) cancel.Cancel();
        }

        public void Line(string text) { }
    }

    [Fact]
    public void Without_a_terminal_progress_is_a_line_with_the_claim_its_done_fraction_and_time_left()
    {
        var output = new StringWriter();
        // The timer's interval is long here: the test calls what it does each interval, so that no timing decides it.
        using (var progress = new RunProgress.Plain(output, TimeSpan.FromHours(1)))
        {
            progress.Begin("Proposition 20", 4000);
            progress.Advance(1000);
            Assert.Matches(@"^  … Proposition 20: 25% \(1000 of 4000\), \d+ s, (about \d+ s left|time left not yet known)$", progress.Status());
            progress.Report();
            progress.Line("Proposition 20 holds");
            Assert.Null(progress.Status());
        }
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("  … Proposition 20: 25% (1000 of 4000)", StringComparison.Ordinal));
        Assert.Equal("Proposition 20 holds", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void A_journal_of_another_command_or_build_is_replaced_not_read()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp);
        var journal = Path.Combine(temp, ClaimJournal.FileName);
        File.WriteAllLines(journal, ["{\"schema\":\"rssp-verify/claims-journal/1\",\"build\":\"an older build\"}", "{\"Key\":\"Lemma 99\"}"]);
        var (code, output, error) = Run("--quick", "--only", "Lemma 14", "--out", temp);
        Assert.True(code == 0, error);
        Assert.DoesNotContain("resuming", output);
        Assert.Equal(2, File.ReadAllLines(journal).Length);
    }

    private sealed class CancelOnLine(int lines, CancellationTokenSource cancel, List<string> seen) : IRunProgress
    {
        public void Begin(string what, long total) { }

        public void Advance(long amount) { }

        public void Line(string text)
        {
            seen.Add(text);
            if (seen.Count >= lines) cancel.Cancel();
        }
    }

    /// <summary>results.json without what may differ between runs: times, dates, machine.</summary>
    private static string Verdicts(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "results.json")))!.AsObject();
        foreach (var key in new[] { "started", "wallSeconds", "machine" }) json.Remove(key);
        foreach (var c in (JsonArray)json["claims"]!)
        {
            c!.AsObject().Remove("elapsedSeconds");
            foreach (var m in c["mutants"] as JsonArray ?? []) m!.AsObject().Remove("elapsedSeconds");
        }
        return json.ToJsonString();
    }

    [Fact]
    public void Check_replays_a_counterexample_from_the_seed_it_printed()
    {
        var first = Run("check", "Theorem 24", "--quick");
        Assert.Equal(0, first.Code);
        var replayLine = first.Out.Split('\n').First(l => l.Contains("--replay"));
        var replay = System.Text.RegularExpressions.Regex.Match(replayLine, "--replay \"(\\([0-9]+,[0-9]+\\))\"").Groups[1].Value;
        var counterexample = first.Out.Split('\n').First(l => l.Contains("counterexample:"));
        // Another master seed, but the printed replay seed: the same counterexample.
        var again = Run("check", "Theorem 24", "--quick", "--seed", "77", "--replay", replay);
        Assert.Equal(0, again.Code);
        Assert.Contains(counterexample, again.Out);
        Assert.DoesNotContain(counterexample, Run("check", "Theorem 24", "--quick", "--seed", "77").Out);
    }
}
