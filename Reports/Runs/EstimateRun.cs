using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    public const string TrialsHeader = "point,trial,value";
    private const int Batch = 256;

    public static JsonObject Manifest(EstimateSettings s) => new()
    {
        ["schema"] = Schema,
        ["statement"] = s.Experiment.Name,
        ["claim"] = s.Experiment.ClaimKey,
        ["seed"] = s.Seed.ToString(CultureInfo.InvariantCulture),
        ["trials"] = s.Trials,
        ["eps"] = s.Eps is null ? null : new JsonArray(s.Eps.Select(e => (JsonNode?)e).ToArray()),
        ["confidence"] = s.Confidence,
        ["points"] = new JsonArray(s.Points.Select(p => (JsonNode?)p.Label).ToArray()),
        ["build"] = BuildStamp.Current,
        ["shard"] = s.Shard.ToString(),
    };

    /// <summary>The settings a manifest records (for merge); the statement must be one this build knows.</summary>
    public static EstimateSettings SettingsOf(JsonObject m)
    {
        var experiment = ConstantCommand.Named((string?)m["statement"] ?? "") ?? throw new IOException($"unknown statement '{m["statement"]}' in {ManifestFile}.");
        var eps = m["eps"] is JsonArray a ? a.Select(e => (double)e!).ToArray() : null;
        return new(experiment, ulong.Parse((string)m["seed"]!, CultureInfo.InvariantCulture), (int)m["trials"]!, eps, (double)m["confidence"]!,
            Shard.Parse((string?)m["shard"]));
    }

    public static EstimateStatus Run(EstimateSettings s, string folder, bool fresh, IRunProgress progress, CancellationToken cancel)
    {
        Output.ReportFiles.EnsureWritable(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        var trialsPath = Path.Combine(folder, TrialsFile);
        var manifest = Manifest(s).ToJsonString();
        var resume = !fresh && File.Exists(manifestPath);
        if (resume && File.ReadAllText(manifestPath) != manifest)
            throw new IOException($"'{folder}' holds trials of a different estimate-c run ({Describe(manifestPath)}); pass --fresh to replace them or choose another --out.");
        var done = resume ? ReadTrials(trialsPath, s.Points.Count) : [];
        if (!resume) File.WriteAllText(manifestPath, manifest);
        // A file whose header line was torn (killed during the first write) holds nothing: start it again.
        using var log = resume && AppendLog.ReadLines(trialsPath).Count > 0 ? AppendLog.Open(trialsPath) : AppendLog.Create(trialsPath, [TrialsHeader]);
        var onFile = done.Count;
        var ran = 0;
        for (var g = 0; g < s.Points.Count; g++)
        {
            var point = s.Points[g];
            var todo = Enumerable.Range(0, s.Trials).Where(t => s.Shard.Owns(t) && !done.ContainsKey((g, t))).Select(t => (long)t).ToArray();
            progress.Begin($"{s.Experiment.Name}: {point.Label}", todo.Length);
            foreach (var chunk in todo.Chunk(Batch))
            {
                if (cancel.IsCancellationRequested) return new(onFile, ran, false);
                var values = s.Experiment.Run(s.Seed, point, chunk);
                log.Append(chunk.Select((t, k) => $"{g},{t},{values[k].ToString("R", CultureInfo.InvariantCulture)}"));
                ran += chunk.Length;
                progress.Advance(chunk.Length);
            }
            var owned = Enumerable.Range(0, s.Trials).Count(t => s.Shard.Owns(t));
            progress.Line($"{point.Label}: {owned} trials on file{(s.Shard.IsWhole ? "" : $" (shard {s.Shard})")}");
        }
        return new(onFile, ran, true);
    }

    /// <summary>(point, trial) → value of a trials file; a malformed line is an error naming the file and line.</summary>
    public static Dictionary<(int Point, int Trial), double> ReadTrials(string path, int points)
    {
        var lines = AppendLog.ReadLines(path);
        var values = new Dictionary<(int, int), double>();
        if (lines.Count == 0) return values;
        if (lines[0] != TrialsHeader) throw new IOException($"{path}: not a trials file (first line '{lines[0]}').");
        for (var i = 1; i < lines.Count; i++)
        {
            var f = lines[i].Split(',');
            if (f.Length != 3 || !int.TryParse(f[0], out var g) || !int.TryParse(f[1], out var t) || g < 0 || g >= points || t < 0
                || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw new IOException($"{path}, line {i + 1}: malformed trial '{lines[i]}'.");
            if (values.TryGetValue((g, t), out var old) && old != v)
                throw new IOException($"{path}: trial {t} of point {g} appears twice with different values.");
            values[(g, t)] = v;
        }
        return values;
    }

    /// <summary>The estimate from a complete set of trials.</summary>
    public static Verdict Estimate(EstimateSettings s, IReadOnlyDictionary<(int Point, int Trial), double> trials) =>
        ConstantCheck.Estimate(1 - s.Confidence, s.Seed, s.Points,
            g => Enumerable.Range(0, s.Trials).Select(t => trials[(g, t)]).ToArray(), $"{s.Experiment.ClaimKey}: estimated");

    /// <summary>Writes constant.json, constant.csv and constant.png for a complete run; returns the paths.</summary>
    public static IReadOnlyList<string> WriteResults(EstimateSettings s, string folder, Verdict verdict)
    {
        var obs = verdict.Observations;
        var best = obs.MaxBy(o => o.Estimate)!;
        var json = new JsonObject
        {
            ["schema"] = "rssp-verify/constant/1",
            ["statement"] = s.Experiment.Name,
            ["claim"] = s.Experiment.ClaimKey,
            ["scale"] = s.Experiment.ScaleName,
            ["seed"] = s.Seed.ToString(CultureInfo.InvariantCulture),
            ["trialsPerPoint"] = s.Trials,
            ["confidence"] = s.Confidence,
            ["build"] = BuildStamp.Current,
            ["estimate"] = best.Estimate,
            ["at"] = best.Where,
            ["low"] = Finite(obs.Max(o => o.Low)),
            ["high"] = Finite(obs.Max(o => o.High)),
            ["conclusive"] = verdict.Outcome == Outcome.Holds,
            ["points"] = new JsonArray(obs.Select((o, g) => (JsonNode?)new JsonObject
            {
                ["label"] = s.Points[g].Label,
                ["eps"] = s.Points[g].Eps,
                ["scale"] = s.Points[g].Scale,
                ["trials"] = o.Trials,
                ["quantile"] = o.Estimate * s.Points[g].Scale,
                ["ratio"] = o.Estimate,
                ["low"] = Finite(o.Low),
                ["high"] = Finite(o.High),
            }).ToArray()),
        };
        var jsonPath = Path.Combine(folder, "constant.json");
        File.WriteAllText(jsonPath, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var figure = Output.Figures.ConstantFigure(folder, "constant", s.Experiment.Claim, s.Points, verdict,
            $"{s.Experiment.ClaimKey}: C ≈ {best.Estimate:G4}, {s.Confidence:P0} interval [{obs.Max(o => o.Low):G4}, {obs.Max(o => o.High):G4}] (seed {s.Seed}, {s.Trials} trials per point).");
        return [jsonPath, figure.Csv, figure.Png];
    }

    private static JsonNode? Finite(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;

    private static string Describe(string manifestPath)
    {
        try
        {
            var m = JsonNode.Parse(File.ReadAllText(manifestPath))!;
            return $"statement {m["statement"]}, seed {m["seed"]}, {m["trials"]} trials, shard {m["shard"]}";
        }
        catch (JsonException)
        {
            return "unreadable run.json";
        }
    }
}
