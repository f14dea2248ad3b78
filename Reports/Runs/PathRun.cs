using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>estimate-c without --eps, for a constant with ε-paths (Theorem 6, Corollary 10): the paths of N streams go to
/// paths.csv as they finish (resumable; --shard takes the streams whose index is i mod k; merge unites them), and from
/// them n*(ε) for every ε, its jumps and the smallest C with its interval (constant.json, constant.csv, constant.png and
/// .svg). ε_min = PathExperiment.EpsMinFor(N, α), α = 1 − confidence: the floor below which N streams cannot place a jump.</summary>
public static class PathRun
{
    public const string PathsFile = "paths.csv";
    public const string Schema = "rssp-verify/constant-paths/1";
    private const int Batch = 1024;

    public static PathExperiment Experiment(EstimateSettings s) => s.Constant.Claim.Paths!;

    public static double EpsMin(EstimateSettings s) => PathExperiment.EpsMinFor(s.Trials, 1 - s.Confidence);

    public static EstimateStatus Run(EstimateSettings s, string folder, bool fresh, IRunProgress progress, CancellationToken cancel)
    {
        var pathsPath = Path.Combine(folder, PathsFile);
        var resume = StreamJournal.Begin(folder, Path.Combine(folder, EstimateRun.ManifestFile), EstimateRun.Manifest(s), EstimateRun.ReadManifest, EstimateRun.WriteManifest, fresh);
        var done = resume ? ReadPaths(pathsPath) : [];
        return StreamJournal.Append(pathsPath, resume, done.Count, done.ContainsKey, s.Trials, s.Shard, Batch,
            chunk => Experiment(s).Run(s.Seed, EpsMin(s), chunk).Select((path, k) => new PathRow((int)chunk[k], Format(path))),
            progress, $"{s.Constant.Name}: ε-paths down to {EpsMin(s):G3}", cancel);
    }

    /// <summary>A path as one CSV cell: its values in round-trip form, space-separated, +∞ as "inf".</summary>
    public static string Format(double[] path) =>
        string.Join(' ', path.Select(v => double.IsPositiveInfinity(v) ? "inf" : v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The values of a cell written by <see cref="Format"/>; null when malformed.</summary>
    public static double[]? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (parts[i] == "inf") values[i] = double.PositiveInfinity;
            else if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])) return null;
        return values.Length > 0 ? values : null;
    }

    /// <summary>stream → path of a paths file, from its complete lines (a torn last line is dropped); a malformed line is
    /// an error naming the file and line.</summary>
    public static Dictionary<int, double[]> ReadPaths(string path) =>
        StreamJournal.Read<PathRow, double[]>(path, r => r.Stream, r => Parse(r.Path), (a, b) => a.SequenceEqual(b));

    /// <summary>The statistics of a complete set of streams (0..N − 1).</summary>
    public static CoveringPaths Statistics(EstimateSettings s, IReadOnlyDictionary<int, double[]> paths) =>
        new([.. Enumerable.Range(0, s.Trials).Select(t => paths[t])], EpsMin(s), Experiment(s).EpsMax, 1 - s.Confidence);

    /// <summary>Checks a shard's streams are all there (for merge): exactly the streams it owns.</summary>
    public static Dictionary<int, double[]> ReadShard(EstimateSettings whole, Shard shard, string folder) =>
        StreamJournal.Complete(ReadPaths(Path.Combine(folder, PathsFile)), whole.Trials, shard, folder);

    /// <summary>Writes constant.json, constant.csv, constant.png and constant.svg (paths.csv is written as the streams finish, or by the merge); returns the paths.</summary>
    public static IReadOnlyList<string> WriteResults(EstimateSettings s, string folder, CoveringPaths stats, TextWriter output)
    {
        var sup = stats.Sup(1);
        var supN = stats.Sup(0);
        static double? Finite(double x) => double.IsFinite(x) ? x : null;
        var json = new PathConstantResult(Schema, s.Constant.Name, s.Constant.Claim.Key, s.Seed, s.Trials, s.Confidence, EstimateRun.Manifest(s).Build,
            stats.EpsMin, stats.Floor, stats.EpsMax, Finite(sup.Estimate), sup.N, Finite(sup.Eps), Finite(sup.Low), Finite(sup.High),
            Finite(supN.Estimate), Finite(supN.Low), Finite(supN.High),
            [.. stats.Jumps.Select((j, n) => new PathJumpResult(n, Finite(j.Estimate), Finite(j.Low), Finite(j.High)))]);
        var jsonPath = Path.Combine(folder, "constant.json");
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(json, PathConstantJson.Default.PathConstantResult));
        var summary = $"{s.Constant.Claim.Key}: smallest C = sup (n*(ε) − 1)/ln(1/ε) ≈ {sup.Estimate:G4}, approached as ε ↑ ε_{sup.N - 1} = {sup.Eps:G4}; "
                      + $"{s.Confidence:P0} interval [{sup.Low:G4}, {(double.IsFinite(sup.High) ? sup.High.ToString("G4") : "unbounded")}] over ε ∈ [{stats.Floor:G3}, {stats.EpsMax:G3}) "
                      + $"(sup n*(ε)/ln(1/ε) ≈ {supN.Estimate:G4}); {s.Trials} streams, seed {s.Seed}.";
        output.WriteLine(summary);
        var figure = Output.PathFigure.Write(folder, "constant", $"{s.Constant.Claim.Key}: n*(ε) against ln(1/ε), every ε", stats, Output.PathFigure.Lueker, summary);
        return [jsonPath, figure.Csv, figure.Png, figure.Svg!];
    }
}

/// <summary>A line of paths.csv: the stream's index and its path v_0 v_1 … (see <see cref="PathRun.Format"/>).</summary>
[CsvRecord]
public sealed partial record PathRow([CsvColumn("stream")] int Stream, [CsvColumn("path")] string Path);

/// <summary>constant.json of a path run (<c>rssp-verify/constant-paths/1</c>): the smallest C = sup over [floor, epsMax)
/// of (n*(ε) − 1)/ln(1/ε), approached as ε ↑ atEps (n*(ε) = atN just below), its interval; the same for n*(ε)/ln(1/ε);
/// per n the jump ε_n with its interval (null: unbounded).</summary>
public sealed record PathConstantResult(
    string Schema, string Statement, string Claim,
    [property: System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.WriteAsString | System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    int Streams, double Confidence, string Build, double EpsMin, double Floor, double EpsMax,
    double? Estimate, int AtN, double? AtEps, double? Low, double? High, double? SupNOverLog, double? SupNOverLogLow, double? SupNOverLogHigh,
    IReadOnlyList<PathJumpResult> Jumps);

/// <summary>A jump of constant.json: n*(ε) ≤ n ⟺ ε ≥ eps.</summary>
public sealed record PathJumpResult(int N, double? Eps, double? Low, double? High);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(PathConstantResult))]
internal sealed partial class PathConstantJson : System.Text.Json.Serialization.JsonSerializerContext;
