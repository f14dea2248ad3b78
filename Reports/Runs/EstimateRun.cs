using System.Text.Json;
using CsvHelper;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>estimate-c: samples the trials of a constant's grid into trials.csv as they finish (resumable), and,
/// once every trial is in, writes the estimate (constant.json, constant.csv, constant.png). Shards write their
/// trials only; merge combines them into exactly the files one run writes.</summary>
public static class EstimateRun
{
    public const string ManifestFile = "run.json";
    public const string TrialsFile = "trials.csv";
    public const string Schema = "rssp-verify/estimate-c-run/1";
    private const int Batch = 256;

    public static EstimateManifest Manifest(EstimateSettings s) => new(
        Schema, s.Constant.Name, s.Constant.Claim.Key, s.Seed, s.Trials, s.Eps is null ? null : new(s.Eps), s.Confidence,
        new(s.Points.Select(p => p.Label)), BuildStamp.Current, s.Shard.ToString());

    /// <summary>The settings a manifest records (for merge); the statement must be one this build knows.</summary>
    public static EstimateSettings SettingsOf(EstimateManifest m)
    {
        var experiment = ConstantCommand.Named(m.Statement) ?? throw new IOException($"unknown statement '{m.Statement}' in {ManifestFile}.");
        return new(experiment, m.Seed, m.Trials, m.Eps?.ToArray(), m.Confidence, Shard.Parse(m.Shard));
    }

    public static void WriteManifest(string path, EstimateManifest m) => File.WriteAllText(path, JsonSerializer.Serialize(m, ManifestJson.Default.EstimateManifest));

    /// <summary>The manifest in a file; null when it does not parse as one.</summary>
    public static EstimateManifest? ReadManifest(string path) => StreamJournal.ReadManifest(path, ManifestJson.Default.EstimateManifest);

    public static EstimateStatus Run(EstimateSettings s, string folder, bool fresh, IRunProgress progress, CancellationToken cancel)
    {
        Output.ReportFiles.EnsureWritable(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        var trialsPath = Path.Combine(folder, TrialsFile);
        var manifest = Manifest(s);
        var resume = !fresh && File.Exists(manifestPath);
        if (resume && ReadManifest(manifestPath) is var onDisk && onDisk != manifest)
            throw new IOException($"'{folder}' holds trials of a different estimate-c run ({Describe(onDisk)}); pass --fresh to replace them or choose another --out.");
        var done = resume ? ReadTrials(trialsPath, s.Points.Count) : [];
        if (!resume) WriteManifest(manifestPath, manifest);
        // A file whose header line was torn (killed during the first write) holds nothing: start it again.
        using var log = resume && AppendLog.ReadLines(trialsPath).Count > 0 ? AppendLog.Open(trialsPath) : AppendLog.CreateText(trialsPath, Output.CsvFiles.Format<TrialRow>([], header: true));
        var onFile = done.Count;
        var ran = 0;
        for (var g = 0; g < s.Points.Count; g++)
        {
            var point = s.Points[g];
            var todo = Enumerable.Range(0, s.Trials).Where(t => s.Shard.Owns(t) && !done.ContainsKey((g, t))).Select(t => (long)t).ToArray();
            progress.Begin($"{s.Constant.Name}: {point.Label}", todo.Length);
            foreach (var chunk in todo.Chunk(Batch))
            {
                if (cancel.IsCancellationRequested) return new(onFile, ran, false);
                var values = s.Constant.Experiment.Run(s.Seed, point, chunk);
                log.AppendText(Output.CsvFiles.Format(chunk.Select((t, k) => new TrialRow(g, (int)t, values[k])), header: false));
                ran += chunk.Length;
                progress.Advance(chunk.Length);
            }
            var owned = Enumerable.Range(0, s.Trials).Count(t => s.Shard.Owns(t));
            progress.Line($"{point.Label}: {owned} trials on file{(s.Shard.IsWhole ? "" : $" (shard {s.Shard})")}");
        }
        return new(onFile, ran, true);
    }

    /// <summary>(point, trial) → value of a trials file, read by CsvHelper from its complete lines (a torn last line
    /// is dropped); a malformed line is an error naming the file and line.</summary>
    public static Dictionary<(int Point, int Trial), double> ReadTrials(string path, int points)
    {
        var text = AppendLog.ReadCompleteText(path);
        var values = new Dictionary<(int, int), double>();
        if (text.Length == 0) return values;
        IReadOnlyList<TrialRow> rows;
        try
        {
            rows = Output.CsvFiles.Parse<TrialRow>(text);
        }
        catch (CsvFormatException e) when (e.RecordNumber == 1)
        {
            throw new IOException($"{path}: not a trials file ({e.Message}).", e);
        }
        catch (CsvFormatException e)
        {
            throw new IOException($"{path}, line {e.RecordNumber}: malformed trial ({e.InnerException?.Message ?? e.Message}).", e);
        }
        foreach (var (r, i) in rows.Select((r, i) => (r, i)))
        {
            if (r.Point < 0 || r.Point >= points || r.Trial < 0 || !double.IsFinite(r.Value))
                throw new IOException($"{path}, line {i + 2}: malformed trial '{r.Point},{r.Trial},{r.Value}'.");
            if (values.TryGetValue((r.Point, r.Trial), out var old) && old != r.Value)
                throw new IOException($"{path}: trial {r.Trial} of point {r.Point} appears twice with different values.");
            values[(r.Point, r.Trial)] = r.Value;
        }
        return values;
    }

    /// <summary>The estimate from a complete set of trials.</summary>
    public static Verdict Estimate(EstimateSettings s, IReadOnlyDictionary<(int Point, int Trial), double> trials) =>
        ConstantCheck.Estimate(1 - s.Confidence, s.Seed, s.Points,
            g => Enumerable.Range(0, s.Trials).Select(t => trials[(g, t)]).ToArray(), $"{s.Constant.Claim.Key}: estimated");

    /// <summary>Writes constant.json, constant.csv and constant.png for a complete run; returns the paths.</summary>
    public static IReadOnlyList<string> WriteResults(EstimateSettings s, string folder, Verdict verdict)
    {
        var obs = verdict.Observations;
        var best = obs.MaxBy(o => o.Estimate)!;
        static double? Finite(double x) => ConstantResult.Finite(x);
        var json = new ConstantResult(
            "rssp-verify/constant/1", s.Constant.Name, s.Constant.Claim.Key, s.Constant.Experiment.ScaleName, s.Seed, s.Trials, s.Confidence,
            BuildStamp.Current, Finite(best.Estimate), best.Where, Finite(obs.Max(o => o.Low)), Finite(obs.Max(o => o.High)),
            verdict is Verdict.Estimated { Estimate.Bounded: true }, LowerBound: true,
            [.. obs.Select((o, g) => new ConstantPointResult(s.Points[g].Label, s.Points[g].Eps, s.Points[g].Scale, o.Trials,
                Finite(Quantile(o.Estimate, s.Points[g].Scale)), Finite(o.Estimate), Finite(o.Low), Finite(o.High)))]);
        var jsonPath = Path.Combine(folder, "constant.json");
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(json, ConstantJson.Default.ConstantResult));
        var figure = Output.Figures.ConstantFigure(folder, "constant", s.Constant.Claim, s.Points, verdict,
            $"{s.Constant.Claim.Key} over an ε grid: C ≥ {obs.Max(o => o.Low):G4} (a lower bound); the grid's max ≈ {best.Estimate:G4}, {s.Confidence:P0} interval of the grid's max [{obs.Max(o => o.Low):G4}, {obs.Max(o => o.High):G4}] (seed {s.Seed}, {s.Trials} trials per point).");
        return [jsonPath, figure.Csv, figure.Png, figure.Svg!];
    }

    /// <summary>A point's quantile recovered from its ratio, to 12 significant digits: the product carries the division's
    /// rounding (6.000000000000001 for a quantile of 6), far below any digit the trials decide.</summary>
    private static double Quantile(double ratio, double scale) =>
        double.Parse((ratio * scale).ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(EstimateManifest? m) =>
        m is null ? "unreadable run.json" : $"statement {m.Statement}, seed {m.Seed}, {m.Trials} trials, shard {m.Shard}";
}
