using System.Text.Json;
using Rssp.Verification.Experiments;
using Theorem6 = Rssp.Verification.Claims.Chapter2.Theorem6;

namespace Rssp.Reports.Runs;

/// <summary>estimate-c --rare: n*(ε) below plain Monte Carlo's reach by rare-event simulation alone
/// (<see cref="RareExperiment"/>): N importance-sampled streams down to the reach, each journalled in streams.csv as its
/// batch finishes (its path and likelihood ratios in round-trip form; resumable; --shard takes the streams whose index is
/// i mod k, each seeded by its index; merge unites them), then the jumps ε_n with their intervals at the given confidence
/// and the ratio (n*(ε) − 1)/ln(1/ε) at each resolved jump (rare.json, rare.csv, rare.png and .svg), always computed from
/// the streams read back from the file, so a resumed or merged run writes what one run writes.</summary>
public static class RareRun
{
    public const string Schema = "rssp-verify/constant-rare/1";
    public const string ManifestSchema = "rssp-verify/estimate-c-rare-run/1";
    public const string ManifestFile = "rare-run.json";
    public const string StreamsFile = "streams.csv";

    /// <summary>Streams per batch: one batch's streams are lost at most when the run is killed.</summary>
    private const int Batch = 32;

    public static RareManifest Manifest(RareSettings s) => new(ManifestSchema, s.Law, s.Law is null ? null : s.Variance, s.Law is null ? null : s.Target,
        s.Seed, s.Streams, s.Reach, s.Confidence, BuildStamp.Current, s.Shard.ToString());

    /// <summary>The settings a manifest records (for merge).</summary>
    public static RareSettings SettingsOf(RareManifest m) =>
        m.Law is not null && SampleLaw.Of(m.Law) is null ? throw new IOException($"unknown law '{m.Law}' in {ManifestFile}.")
            : new(m.Law, m.Variance ?? 1.0 / 3, m.Target ?? 1, m.Seed, m.Streams, m.Reach, m.Confidence, Shard.Parse(m.Shard));

    public static void WriteManifest(string path, RareManifest m) => File.WriteAllText(path, JsonSerializer.Serialize(m, RareJson.Default.RareManifest));

    /// <summary>The manifest in a file; null when it does not parse as one.</summary>
    public static RareManifest? ReadManifest(string path) => StreamJournal.ReadManifest(path, RareJson.Default.RareManifest);

    /// <summary>Runs the share's streams not yet on file (cancellable inside a batch; a cancelled batch is not written).</summary>
    public static EstimateStatus Run(RareSettings s, string folder, bool fresh, IRunProgress progress, CancellationToken cancel)
    {
        var streamsPath = Path.Combine(folder, StreamsFile);
        var resume = StreamJournal.Begin(folder, Path.Combine(folder, ManifestFile), Manifest(s), ReadManifest, WriteManifest, fresh);
        var done = resume ? ReadStreams(streamsPath) : [];
        var experiment = s.Experiment;
        return StreamJournal.Append(streamsPath, resume, done.Count, done.ContainsKey, s.Streams, s.Shard, Batch,
            chunk => experiment.Run(s.Seed, s.Reach, chunk, cancel).Select((r, k) => new RareRow((int)chunk[k], PathRun.Format(r.Path), PathRun.Format(r.Ratio))),
            progress, $"{s.Name}: importance-sampled streams to n = {experiment.Horizon(s.Reach)}, resolution {s.Reach / 2:G3}", cancel);
    }

    /// <summary>stream → (path, ratios) of a streams file, from its complete lines; a malformed line is an error naming
    /// the file and line.</summary>
    public static Dictionary<int, RareTail.Stream> ReadStreams(string path) =>
        StreamJournal.Read<RareRow, RareTail.Stream>(path, r => r.Stream,
            r => PathRun.Parse(r.Path) is { } v && PathRun.Parse(r.Ratio) is { } w && v.Length == w.Length ? new RareTail.Stream(v, w) : null,
            (a, b) => a.Path.SequenceEqual(b.Path) && a.Ratio.SequenceEqual(b.Ratio));

    /// <summary>Checks a shard's streams are all there (for merge).</summary>
    public static Dictionary<int, RareTail.Stream> ReadShard(RareSettings whole, Shard shard, string folder) =>
        StreamJournal.Complete(ReadStreams(Path.Combine(folder, StreamsFile)), whole.Streams, shard, folder);

    /// <summary>The jumps of a complete set of streams (0..N − 1) at error 1 − confidence.</summary>
    public static RareJumps Statistics(RareSettings s, IReadOnlyDictionary<int, RareTail.Stream> streams) =>
        new([.. Enumerable.Range(0, s.Streams).Select(t => streams[t])], s.Reach / 2, s.Experiment.EpsMax, 1 - s.Confidence);

    /// <summary>Writes rare.json, rare.csv, rare.png and rare.svg; returns their paths.</summary>
    public static IReadOnlyList<string> WriteResults(RareSettings s, string folder, RareJumps jumps, TextWriter output)
    {
        var (name, seed, streams, confidence) = (s.Name, s.Seed, s.Streams, s.Confidence);
        var points = jumps.Resolved.OrderBy(p => p.Jump.Estimate).ToArray();
        static double? Finite(double x) => double.IsFinite(x) ? x : null;
        var placed = points.ToDictionary(p => p.N);
        var json = new RareResult(Schema, name, seed, streams, confidence, s.Reach, jumps.Resolution, Finite(jumps.Reach),
            [.. jumps.Jumps.Select((j, n) => new RareJumpResult(n, Finite(j.Estimate), Finite(j.Low), Finite(j.High), j.Hits,
                placed.GetValueOrDefault(n)?.Ratio, placed.GetValueOrDefault(n)?.RatioLow, placed.GetValueOrDefault(n)?.RatioHigh))]);
        var jsonPath = Path.Combine(folder, "rare.json");
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(json, RareJson.Default.RareResult));
        var summary = points.Length == 0
            ? $"{name}: no jump of n*(ε) placed inside (resolution, 1/3) from {streams} streams; more streams or a larger --reach."
            : $"{name}: (n*(ε) − 1)/ln(1/ε) → {points[0].Ratio:G4} [{points[0].RatioLow:G4}, {points[0].RatioHigh:G4}] as ε ↑ ε_{points[0].N} = {points[0].Jump.Estimate:G3} "
              + $"(the lowest jump placed; {confidence:P0} intervals over all jumps together), {points[^1].Ratio:G4} at ε_{points[^1].N} = {points[^1].Jump.Estimate:G3}; "
              + $"{streams} importance-sampled streams, seed {seed}.";
        output.WriteLine(summary);
        if (jumps.Jumps[^1].Estimate > s.Reach)
            output.WriteLine($"  the horizon n = {jumps.Jumps.Count - 1} ends above the reach: ε_{jumps.Jumps.Count - 1} = {jumps.Jumps[^1].Estimate:G3} > {s.Reach:G3}, "
                             + "so no jump below it is estimated (the law needs more samples than its horizon factor allows).");
        foreach (var p in points.Where((_, i) => i % 4 == 0 || i == points.Length - 1).Reverse())
            output.WriteLine($"  ε_{p.N} = {p.Jump.Estimate:G4} [{p.Jump.Low:G4}, {p.Jump.High:G4}] ({p.Jump.Hits} hits): ratio {p.Ratio:G4} [{p.RatioLow:G4}, {p.RatioHigh:G4}]");
        var figure = Output.PathFigure.Rare(folder, $"{name}, by rare-event simulation", jumps, Output.PathFigure.Lueker, summary);
        return [jsonPath, figure.Csv, figure.Png, figure.Svg!];
    }
}

/// <summary>rare.json (<c>rssp-verify/constant-rare/1</c>): the run (statement or law, seed, streams, confidence, the
/// reach asked for and the resolution δ = reach/2, the lowest jump placed) and per n the jump ε_n with its interval, its
/// hits (streams above it) and, where placed inside (δ, 1/3), the ratio n/ln(1/ε_n) with its interval.</summary>
public sealed record RareResult(
    string Schema, string Statement,
    [property: System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.WriteAsString | System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    int Streams, double Confidence, double Reach, double Resolution, double? Reached, IReadOnlyList<RareJumpResult> Jumps);

/// <summary>A jump of rare.json: n*(ε) ≤ n ⟺ ε ≥ eps.</summary>
public sealed record RareJumpResult(int N, double? Eps, double? Low, double? High, int Hits, double? Ratio, double? RatioLow, double? RatioHigh);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(RareResult))]
[System.Text.Json.Serialization.JsonSerializable(typeof(RareManifest))]
internal sealed partial class RareJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>What estimate-c --rare runs: Theorem 6 (Law null) or a law of the samples (its variance, for Gaussian and
/// Laplace, and the target [−Target, Target]), the master seed, N streams, the reach, the confidence, the share.</summary>
public sealed record RareSettings(string? Law, double Variance, double Target, ulong Seed, int Streams, double Reach, double Confidence, Shard Shard)
{
    public RareExperiment Experiment => Law is null ? Theorem6.Rare : SampleLaw.Of(Law, Variance)!.Rare(Target);

    /// <summary>What rare.json's statement field and the summary name.</summary>
    public string Name => Law is null ? Theorem6.Constant.Key : $"n*(ε) under {SampleLaw.Of(Law, Variance)!.Description} on ±{Target:G4}";

    /// <summary>The default folder under artifacts/estimate-c.</summary>
    public string Folder => Path.Combine("artifacts", "estimate-c", Law is null ? "theorem6" : $"law-{Law}", "rare");
}

/// <summary>rare-run.json (<c>rssp-verify/estimate-c-rare-run/1</c>): the settings of an estimate-c --rare run (law,
/// variance and target null for Theorem 6). A run resumes only under an equal manifest, and shards merge only when theirs
/// are equal apart from the shard.</summary>
public sealed record RareManifest(
    string Schema, string? Law, double? Variance, double? Target,
    [property: System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.WriteAsString | System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    int Streams, double Reach, double Confidence, string Build, string Shard)
{
    /// <summary>Whether the two manifests are of one command and build, whatever their shards.</summary>
    public bool SameRunAs(RareManifest other) => this with { Shard = "" } == other with { Shard = "" };

    /// <summary>What differs from another manifest, in the user's terms ("seed 3 against 2, law laplace against gaussian").</summary>
    public string Differences(RareManifest other) => string.Join(", ",
        new (string Name, object? Mine, object? Theirs)[]
            {
                ("law", Law ?? "none (Theorem 6)", other.Law ?? "none (Theorem 6)"), ("variance", Variance, other.Variance), ("target", Target, other.Target),
                ("seed", Seed, other.Seed), ("streams", Streams, other.Streams), ("reach", Reach, other.Reach), ("confidence", Confidence, other.Confidence),
                ("build", Build, other.Build), ("schema", Schema, other.Schema),
            }
            .Where(d => !Equals(d.Mine, d.Theirs)).Select(d => $"{d.Name} {d.Mine} against {d.Theirs}"));
}

/// <summary>A line of streams.csv: the stream's index, its path v_0..v_H and its likelihood ratios L_0..L_H (each
/// space-separated in round-trip form, <see cref="PathRun.Format"/>).</summary>
[CsvHelper.CsvRecord]
public sealed partial record RareRow([CsvHelper.CsvColumn("stream")] int Stream, [CsvHelper.CsvColumn("path")] string Path, [CsvHelper.CsvColumn("ratio")] string Ratio);
