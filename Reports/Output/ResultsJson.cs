using System.Text.Json;
using System.Text.Json.Nodes;
using Rssp.Verification.Catalogue;

namespace Rssp.Reports.Output;

/// <summary>results.json, schema "rssp-verify/results/1": every verdict with its evidence. Numbers that are not
/// finite (an unbounded interval end) are written as null, never as NaN or ∞.</summary>
public static class ResultsJson
{
    public const string Schema = "rssp-verify/results/1";

    public static JsonObject Build(IReadOnlyList<ClaimResult> results, RunInfo run) => new()
    {
        ["schema"] = Schema,
        ["started"] = run.Started.ToString("O"),
        ["wallSeconds"] = Math.Round(run.Wall.TotalSeconds, 3),
        ["machine"] = run.Machine,
        ["masterSeed"] = run.MasterSeed.ToString(),
        ["reproduce"] = run.Reproduce,
        ["budget"] = new JsonObject
        {
            ["name"] = run.Budget.Name,
            ["instances"] = run.Budget.Instances,
            ["trials"] = run.Budget.Trials,
            ["familyWiseError"] = run.Budget.FamilyWiseError,
        },
        ["claims"] = new JsonArray(results.Select(Claim).ToArray<JsonNode?>()),
    };

    public static void Write(string path, IReadOnlyList<ClaimResult> results, RunInfo run) =>
        File.WriteAllText(path, Build(results, run).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    private static JsonObject Claim(ClaimResult r) => new()
    {
        ["key"] = r.Claim.Key,
        ["id"] = r.Claim.Id,
        ["variant"] = r.Claim.Variant.ToString().ToLowerInvariant(),
        ["variantName"] = r.Claim.VariantName,
        ["kind"] = r.Claim.Kind.ToString().ToLowerInvariant(),
        ["statement"] = r.Claim.Statement,
        ["method"] = r.Claim.Method,
        ["outcome"] = r.Verdict.Outcome.ToString().ToLowerInvariant(),
        ["instances"] = r.Verdict.Instances,
        ["minSlack"] = Finite(r.Verdict.MinSlack),
        ["worstCase"] = r.Verdict.WorstCase,
        ["counterexample"] = r.Verdict.Counterexample,
        ["replay"] = r.Verdict.Replay,
        ["summary"] = r.Verdict.Summary,
        ["elapsedSeconds"] = Math.Round(r.Elapsed.TotalSeconds, 3),
        ["observations"] = new JsonArray(r.Verdict.Observations.Select(o => (JsonNode?)new JsonObject
        {
            ["where"] = o.Where,
            ["trials"] = o.Trials,
            ["estimate"] = Finite(o.Estimate),
            ["low"] = Finite(o.Low),
            ["high"] = Finite(o.High),
            ["bound"] = Finite(o.Bound),
            ["outcome"] = o.Outcome.ToString().ToLowerInvariant(),
        }).ToArray()),
    };

    private static JsonNode? Finite(double? x) => x is double v && double.IsFinite(v) ? JsonValue.Create(v) : null;
}
