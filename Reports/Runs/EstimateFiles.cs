using System.Text.Json.Serialization;
using CsvHelper;

namespace Rssp.Reports.Runs;

/// <summary>run.json (<c>rssp-verify/estimate-c-run/1</c>): the settings of an estimate-c run. Manifests compare by
/// value (their lists element by element): a run resumes only under an equal one, and shards merge only when theirs
/// are equal apart from the shard.</summary>
public sealed record EstimateManifest(
    string Schema, string Statement, string Claim,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    int Trials, ValueList<double>? Eps, double Confidence, ValueList<string> Points, string Build, string Shard)
{
    /// <summary>Whether the two manifests are of one command and build, whatever their shards.</summary>
    public bool SameRunAs(EstimateManifest other) => this with { Shard = "" } == other with { Shard = "" };
}

/// <summary>constant.json (<c>rssp-verify/constant/1</c>): the estimate of a constant and its interval; a number
/// that is not finite (an interval unbounded at this trial count) is null. Over an ε grid the estimate is the grid's
/// largest ratio, a lower bound of C (LowerBound: the interval is that of the grid's max, its high end does not bound C).</summary>
public sealed record ConstantResult(
    string Schema, string Statement, string Claim, string Scale,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    int TrialsPerPoint, double Confidence, string Build, double? Estimate, string At, double? Low, double? High, bool Conclusive, bool LowerBound,
    IReadOnlyList<ConstantPointResult> Points)
{
    public static double? Finite(double x) => double.IsFinite(x) ? x : null;
}

/// <summary>A grid point of constant.json.</summary>
public sealed record ConstantPointResult(
    string Label, double Eps, double Scale, long Trials, double? Quantile, double? Ratio, double? Low, double? High);

/// <summary>A line of trials.csv: the grid point's index in the manifest's points, the trial index, its value.</summary>
[CsvRecord]
public sealed partial record TrialRow([CsvColumn("point")] int Point, [CsvColumn("trial")] int Trial, [CsvColumn("value")] double Value);

/// <summary>A list that equals another list of the same elements, so that records holding one compare by value.</summary>
public sealed class ValueList<T> : List<T>, IEquatable<ValueList<T>>
{
    public ValueList() { }

    public ValueList(IEnumerable<T> items) : base(items) { }

    public bool Equals(ValueList<T>? other) => other is not null && this.SequenceEqual(other);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode() => this.Aggregate(Count, (hash, item) => HashCode.Combine(hash, item));
}

/// <summary>run.json as written: compact, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EstimateManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;

/// <summary>constant.json as written: indented, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ConstantResult))]
internal sealed partial class ConstantJson : JsonSerializerContext;
