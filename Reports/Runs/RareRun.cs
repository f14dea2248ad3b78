using System.Text.Json;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>estimate-c --rare: n*(ε) below plain Monte Carlo's reach by rare-event simulation alone
/// (<see cref="RareExperiment"/>): N importance-sampled streams down to the reach, the jumps ε_n with their intervals
/// at the given confidence, the ratio (n*(ε) − 1)/ln(1/ε) at each resolved jump (rare.json, rare.csv, rare.png and
/// .svg). The streams are held in memory, not journalled: an interrupted run starts again.</summary>
public static class RareRun
{
    public const string Schema = "rssp-verify/constant-rare/1";

    /// <summary>Runs the streams (cancellable between batches) and writes the files; returns their paths.</summary>
    public static IReadOnlyList<string> Run(string name, RareExperiment rare, ulong seed, int streams, double reach, double confidence, string folder,
        IRunProgress progress, TextWriter output, CancellationToken cancel)
    {
        Output.ReportFiles.EnsureWritable(folder);
        progress.Begin($"{name}: {streams} importance-sampled streams to n = {rare.Horizon(reach)}, resolution {reach / 2:G3}", streams);
        var jumps = rare.Sample(seed, streams, reach, 1 - confidence, cancel, progress.Advance);
        var points = jumps.Resolved.OrderBy(p => p.Jump.Estimate).ToArray();
        static double? Finite(double x) => double.IsFinite(x) ? x : null;
        var placed = points.ToDictionary(p => p.N);
        var json = new RareResult(Schema, name, seed, streams, confidence, reach, jumps.Resolution, Finite(jumps.Reach),
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
        foreach (var p in points.Where((_, i) => i % 4 == 0 || i == points.Length - 1).Reverse())
            output.WriteLine($"  ε_{p.N} = {p.Jump.Estimate:G4} [{p.Jump.Low:G4}, {p.Jump.High:G4}] ({p.Jump.Hits} hits): ratio {p.Ratio:G4} [{p.RatioLow:G4}, {p.RatioHigh:G4}]");
        var figure = Output.PathFigure.Rare(folder, $"{name}: n*(ε) against ln(1/ε) by rare-event simulation", jumps, Output.PathFigure.Lueker, summary);
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
internal sealed partial class RareJson : System.Text.Json.Serialization.JsonSerializerContext;
