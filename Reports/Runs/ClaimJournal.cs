using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Claims;

namespace Rssp.Reports.Runs;

/// <summary>claims.jsonl in the report folder: a header line (budget, seed, the claims selected, build, shard) and
/// one line per finished claim with its verdict, appended as each claim finishes. The same command finds the
/// claims already done and runs only the rest; a changed command or build starts afresh.</summary>
public static class ClaimJournal
{
    public const string FileName = "claims.jsonl";
    public const string Schema = "rssp-verify/claims-journal/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonObject Header(Budget budget, ulong seed, IReadOnlyList<Claim> claims, Shard shard) => new()
    {
        ["schema"] = Schema,
        ["budget"] = budget.Name,
        ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["claims"] = new JsonArray(claims.Select(c => (JsonNode?)c.Key).ToArray()),
        ["build"] = BuildStamp.Current,
        ["shard"] = shard.ToString(),
    };

    private sealed record Entry(string Key, double ElapsedSeconds, Verdict Verdict);

    public static string Line(ClaimResult r) =>
        JsonSerializer.Serialize(new Entry(r.Claim.Key, r.Elapsed.TotalSeconds, r.Verdict), Options);

    /// <summary>The header and the finished claims of a journal; a line that does not parse (or names no claim of
    /// the catalogue) is an error naming the file and line.</summary>
    public static (JsonObject? Header, IReadOnlyList<ClaimResult> Results) Read(string path) => Read(path, expected: null);

    /// <summary>As <see cref="Read(string)"/>, but the entries are read only under the expected header: a journal of
    /// another command or build (whose claims may no longer exist) is returned with no entries.</summary>
    public static (JsonObject? Header, IReadOnlyList<ClaimResult> Results) Read(string path, JsonObject? expected)
    {
        var lines = AppendLog.ReadLines(path);
        if (lines.Count == 0) return (null, []);
        if (expected is not null && lines[0] != expected.ToJsonString()) return (null, []);
        try
        {
            var header = (JsonObject)JsonNode.Parse(lines[0])!;
            if ((string?)header["schema"] != Schema) throw new IOException($"{path}: not a claims journal.");
            var results = new List<ClaimResult>();
            for (var i = 1; i < lines.Count; i++)
            {
                var e = JsonSerializer.Deserialize<Entry>(lines[i], Options) ?? throw new IOException($"{path}, line {i + 1}: empty entry.");
                var claim = ClaimCatalogue.All.FirstOrDefault(c => c.Key == e.Key) ?? throw new IOException($"{path}, line {i + 1}: unknown claim '{e.Key}'.");
                results.Add(new(claim, e.Verdict, TimeSpan.FromSeconds(e.ElapsedSeconds)));
            }
            return (header, results);
        }
        catch (Exception e) when (e is JsonException or InvalidCastException)
        {
            throw new IOException($"{path}: unreadable claims journal ({e.Message}).", e);
        }
    }
}
