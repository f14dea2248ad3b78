using System.Text.Json;
using Rssp.Reports.Output;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Runs;

/// <summary>claims.jsonl in the report folder: a header line (<see cref="JournalHeader"/>: budget, seed, the claims
/// selected, build, shard) and one line per finished claim, the same object results.json holds for it
/// (<see cref="ClaimJson"/>), appended as each claim finishes. The same command finds the claims already done and runs
/// only the rest; a changed command or build starts afresh.</summary>
public static class ClaimJournal
{
    public const string FileName = "claims.jsonl";

    public static JournalHeader Header(Budget budget, ulong seed, IReadOnlyList<Claim> claims, Shard shard) =>
        new(JournalHeader.Version, budget.Name, seed.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. claims.Select(c => c.Key)],
            BuildStamp.Current, shard.ToString());

    public static string Line(JournalHeader header) => JsonSerializer.Serialize(header, ReportJson.Compact.JournalHeader);

    public static string Line(ClaimResult r) => JsonSerializer.Serialize(ClaimJson.Of(r), ReportJson.Compact.ClaimJson);

    /// <summary>The header and the finished claims of a journal; a line that does not parse (or names no claim of
    /// the catalogue) is an error naming the file and line.</summary>
    public static (JournalHeader? Header, IReadOnlyList<ClaimResult> Results) Read(string path) => Read(path, expected: null);

    /// <summary>As <see cref="Read(string)"/>, but the entries are read only under the expected header: a journal of
    /// another command or build (whose claims may no longer exist) is returned with no entries.</summary>
    public static (JournalHeader? Header, IReadOnlyList<ClaimResult> Results) Read(string path, JournalHeader? expected)
    {
        var lines = AppendLog.ReadLines(path);
        if (lines.Count == 0) return (null, []);
        JournalHeader? header;
        try
        {
            header = Parse(path, 0, lines[0], ReportJson.Compact.JournalHeader);
        }
        catch (IOException) when (expected is not null)
        {
            return (null, []);   // an unreadable header is another command's journal: start afresh
        }
        if (header is null || header.Schema != JournalHeader.Version)
        {
            if (expected is not null) return (null, []);
            throw new IOException($"{path}: not a claims journal of this version ({JournalHeader.Version}).");
        }
        if (expected is not null && !header.SameShardAs(expected)) return (null, []);
        var results = new List<ClaimResult>();
        for (var i = 1; i < lines.Count; i++)
        {
            var entry = Parse(path, i, lines[i], ReportJson.Compact.ClaimJson) ?? throw new IOException($"{path}, line {i + 1}: empty entry.");
            try
            {
                results.Add(entry.ToResult());
            }
            catch (FormatException e)
            {
                throw new IOException($"{path}, line {i + 1}: {e.Message}", e);
            }
        }
        return (header, results);
    }

    private static T? Parse<T>(string path, int index, string line, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(line, type);
        }
        catch (JsonException e)
        {
            throw new IOException($"{path}, line {index + 1}: unreadable claims journal ({e.Message}).", e);
        }
    }
}
