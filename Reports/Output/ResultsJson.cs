using System.Text.Json;
using System.Text.Json.Serialization;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>One grid point of a verdict as JSON: non-finite numbers are null (an unbounded interval end), never NaN; exact: a
/// value computed exactly (no sampling, no interval: low = high = estimate).</summary>
public sealed record ObservationJson(string Where, long Trials, double? Estimate, double? Low, double? High, double? Bound, string Outcome, bool Exact = false);

/// <summary>What a verdict is about: kind (statement, proofStep, construction, reading) and which one.</summary>
public sealed record TargetJson(string Kind, string Detail);

/// <summary>A verdict's tightness as JSON: the worst ratio of observed to bound (1 at the bound) and where.</summary>
public sealed record TightnessJson(double? Ratio, string Where);

/// <summary>An estimated constant as JSON; high is null when the trials did not bound it.</summary>
public sealed record EstimateJson(double? Value, string At, double? Low, double? High);

/// <summary>One statement mutant run with its claim: its name (one of the claim's mutants), its verdict, whether the claim's
/// check killed it, the verdict's summary and the seconds it took, and, for a killed mutant that holds whatever the data,
/// why (it then does not count toward power).</summary>
public sealed record MutantRunJson(string Name, string Outcome, bool Killed, string Summary, double ElapsedSeconds, string? TrueByConstruction = null);

/// <summary>One claim with its verdict: the one schema of a verdict, in results.json and, a line each, in claims.jsonl.</summary>
public sealed record ClaimJson(
    string Key, string Id, string Variant, string VariantName, string Kind, TargetJson Target, string Statement, string Method, string Outcome,
    long Instances, double? MinSlack, TightnessJson? Tightness, string WorstCase, string? Counterexample, string Replay, string Summary, double ElapsedSeconds,
    IReadOnlyList<ObservationJson> Observations, EstimateJson? Estimate, IReadOnlyList<MutantRunJson>? Mutants = null)
{
    public static ClaimJson Of(ClaimResult r) => new(
        r.Claim.Key, r.Claim.Id, Listing.Word(r.Claim.Variant), r.Claim.VariantName, Listing.Word(r.Claim.Kind),
        new TargetJson(r.Claim.Target.KindWord, r.Claim.Target.Detail), r.Claim.Statement, r.Claim.Method,
        Listing.Word(r.Verdict.Outcome), r.Verdict.Instances, Finite(r.Verdict.MinSlack),
        r.Verdict.Evidence.Tightness is { } t ? new TightnessJson(Finite(t.Ratio), t.Where) : null, r.Verdict.WorstCase, r.Verdict.Counterexample,
        r.Verdict.Replay.ToString(), r.Verdict.Summary, Math.Round(r.Elapsed.TotalSeconds, 3),
        [.. r.Verdict.Observations.Select(o => new ObservationJson(o.Where, o.Trials, Finite(o.Estimate), Finite(o.Low), Finite(o.High), Finite(o.Bound), Listing.Word(o.Outcome), o.Exact))],
        r.Verdict is Verdict.Estimated e ? new EstimateJson(Finite(e.Estimate.Value), e.Estimate.At, Finite(e.Estimate.Low), Finite(e.Estimate.High)) : null,
        r.Mutants is { } ms ? [.. ms.Select(m => new MutantRunJson(m.Mutant.Name, Listing.Word(m.Verdict.Outcome), m.Killed, m.Verdict.Summary, Math.Round(m.Elapsed.TotalSeconds, 3), m.TrueByConstruction))] : null);

    /// <summary>The claim result this object records; the claim must be one of the catalogue's.</summary>
    public ClaimResult ToResult()
    {
        var claim = ClaimCatalogue.All.FirstOrDefault(c => c.Key == Key) ?? throw new FormatException($"unknown claim '{Key}'.");
        var evidence = new Evidence(Instances, MinSlack, WorstCase,
            ReplayToken.Parse(Replay) ?? throw new FormatException($"unreadable replay '{Replay}' for '{Key}'."),
            Observations.Select(o => new Observation(o.Where, o.Trials, o.Estimate ?? double.NaN, o.Low ?? double.NegativeInfinity,
                o.High ?? double.PositiveInfinity, o.Bound ?? double.NaN, Parse<Outcome>(o.Outcome)) { Exact = o.Exact }).ToArray(), Summary)
        {
            Tightness = Tightness is { } t ? new Tightness(t.Ratio ?? double.PositiveInfinity, t.Where) : null,
        };
        var verdict = VerdictOf(Outcome, evidence, () => Counterexample ?? throw new FormatException($"a refutation of '{Key}' without its counterexample."),
            () => Estimate is { } e
                ? new ConstantEstimate(e.Value ?? double.PositiveInfinity, e.At, e.Low ?? double.NegativeInfinity, e.High ?? double.PositiveInfinity)
                : throw new FormatException($"an estimate of '{Key}' without its value."));
        return new(claim, verdict, TimeSpan.FromSeconds(ElapsedSeconds)) { Mutants = Mutants?.Select(m => MutantOf(claim, m, evidence.Replay)).ToArray() };
    }

    /// <summary>A journalled mutant's result: its verdict keeps the outcome and summary (what the power table shows).</summary>
    private static MutantResult MutantOf(Claim claim, MutantRunJson m, ReplayToken replay)
    {
        var mutant = claim.Mutants.FirstOrDefault(x => x.Name == m.Name) ?? throw new FormatException($"'{claim.Key}' has no mutant '{m.Name}'.");
        var evidence = new Evidence(0, null, "", replay, [], m.Summary);
        // a mutant's verdict is decided, never an estimate (a constant's mutant holds, is refuted or is inconclusive)
        var verdict = VerdictOf(m.Outcome, evidence, () => m.Summary, () => throw new FormatException($"mutant '{m.Name}' of '{claim.Key}' recorded as an estimate."));
        return new MutantResult(mutant, verdict, m.Killed, TimeSpan.FromSeconds(m.ElapsedSeconds)) { TrueByConstruction = m.TrueByConstruction };
    }


    /// <summary>The verdict of a recorded outcome, its counterexample and estimate asked for only when the outcome has one.</summary>
    private static Verdict VerdictOf(string outcome, Evidence evidence, Func<string> counterexample, Func<ConstantEstimate> estimate) => Parse<Outcome>(outcome) switch
    {
        Verification.Checking.Outcome.Holds => new Verdict.Holds(evidence),
        Verification.Checking.Outcome.Refuted => new Verdict.Refuted(evidence, counterexample()),
        Verification.Checking.Outcome.Inconclusive => new Verdict.Inconclusive(evidence),
        _ => new Verdict.Estimated(evidence, estimate()),
    };

    private static T Parse<T>(string word) where T : struct, Enum =>
        Enum.TryParse<T>(word, ignoreCase: true, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name.ToLowerInvariant()} '{word}'.");

    private static double? Finite(double? x) => x is double v && double.IsFinite(v) ? v : null;
}

/// <summary>The budget a run used.</summary>
public sealed record BudgetJson(string Name, int Instances, int Trials, double FamilyWiseError);

/// <summary>results.json, schema "rssp-verify/results/3": the run and every verdict with its evidence.</summary>
public sealed record ResultsFile(
    string Schema, string Started, double WallSeconds, string Machine, string MasterSeed, string Reproduce, BudgetJson Budget, IReadOnlyList<ClaimJson> Claims)
{
    public const string Version = "rssp-verify/results/3";

    public static ResultsFile Of(IReadOnlyList<ClaimResult> results, RunInfo run) => new(
        Version, run.Started.ToString("O"), Math.Round(run.Wall.TotalSeconds, 3), run.Machine, run.MasterSeed.ToString(), run.Reproduce,
        new BudgetJson(run.Budget.Name, run.Budget.Instances, run.Budget.Trials, run.Budget.FamilyWiseError), [.. results.Select(ClaimJson.Of)]);

    public static void Write(string path, IReadOnlyList<ClaimResult> results, RunInfo run) =>
        File.WriteAllText(path, JsonSerializer.Serialize(Of(results, run), ReportJson.Indented.ResultsFile));
}

/// <summary>The header line of claims.jsonl: what was run (a changed command or build starts afresh).</summary>
public sealed record JournalHeader(string Schema, string Budget, string Seed, IReadOnlyList<string> Claims, string Build, string Shard)
{
    public const string Version = "rssp-verify/claims-journal/4";

    /// <summary>The same command and build, whatever the shard: the shards of one run (for merge).</summary>
    public bool SameRunAs(JournalHeader other) =>
        Schema == other.Schema && Budget == other.Budget && Seed == other.Seed && Build == other.Build && Claims.SequenceEqual(other.Claims);

    /// <summary>The same run and the same shard: a journal this command resumes.</summary>
    public bool SameShardAs(JournalHeader other) => SameRunAs(other) && Shard == other.Shard;
}

/// <summary>The JSON files of the report, by System.Text.Json's source generator: camelCase names, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ResultsFile))]
[JsonSerializable(typeof(ClaimJson))]
[JsonSerializable(typeof(JournalHeader))]
public sealed partial class ReportJson : JsonSerializerContext
{
    /// <summary>Indented, for files a person opens.</summary>
    public static ReportJson Indented => Default;

    /// <summary>One line per object, for the journal.</summary>
    public static ReportJson Compact { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false });
}
