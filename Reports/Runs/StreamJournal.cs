using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;

namespace Rssp.Reports.Runs;

/// <summary>The journal of a run of indexed streams (the ε-paths of estimate-c, the importance-sampled streams of
/// estimate-c --rare): a manifest of the settings, and a CSV file with one line per finished stream, appended batch by
/// batch (<see cref="AppendLog"/>). A run resumes only under an equal manifest; a shard takes the streams whose index is
/// i mod k; merge reads the complete shards back. One place for what both runs do alike.</summary>
public static class StreamJournal
{
    /// <summary>Whether the run resumes: the manifest on file equals this one (a different one is refused unless
    /// fresh); otherwise this one is written.</summary>
    public static bool Begin<TManifest>(string folder, string manifestPath, TManifest manifest, Func<string, TManifest?> read, Action<string, TManifest> write, bool fresh)
        where TManifest : class
    {
        Output.ReportFiles.EnsureWritable(folder);
        var resume = !fresh && File.Exists(manifestPath);
        if (resume && !Equals(read(manifestPath), manifest))
            throw new IOException($"'{folder}' holds the streams of a different estimate-c run; pass --fresh to replace them or choose another --out.");
        if (!resume) write(manifestPath, manifest);
        return resume;
    }

    /// <summary>Runs the streams of the share 0..total − 1 not yet on file, batch by batch (each batch's lines, from
    /// <paramref name="lines"/>, appended and flushed as it finishes); stops between batches when cancelled (a batch
    /// cancelled inside is not written). onFile: how many are on file; isDone: whether a stream is.</summary>
    public static EstimateStatus Append<TRow>(string logPath, bool resume, int onFile, Func<int, bool> isDone, int total, Shard shard, int batch,
        Func<long[], IEnumerable<TRow>> lines, IRunProgress progress, string what, CancellationToken cancel)
    {
        // A file whose header line was torn (killed during the first write) holds nothing: start it again.
        using var log = resume && AppendLog.ReadLines(logPath).Count > 0 ? AppendLog.Open(logPath) : AppendLog.CreateText(logPath, Output.CsvFiles.Format<TRow>([], header: true));
        var todo = Enumerable.Range(0, total).Where(t => shard.Owns(t) && !isDone(t)).Select(t => (long)t).ToArray();
        progress.Begin(what, todo.Length);
        var ran = 0;
        foreach (var chunk in todo.Chunk(batch))
        {
            if (cancel.IsCancellationRequested) return new(onFile, ran, false);
            string text;
            try
            {
                text = Output.CsvFiles.Format(lines(chunk), header: false);
            }
            catch (OperationCanceledException)
            {
                return new(onFile, ran, false);
            }
            log.AppendText(text);
            ran += chunk.Length;
            progress.Advance(chunk.Length);
        }
        progress.Line($"{total} streams on file{(shard.IsWhole ? "" : $" (shard {shard})")}");
        return new(onFile, ran, true);
    }

    /// <summary>stream → value of a journal, from its complete lines (a torn last line is dropped); a malformed line
    /// (<paramref name="parse"/> gives null) is an error naming the file and line, a stream twice with different values too.</summary>
    public static Dictionary<int, T> Read<TRow, T>(string path, Func<TRow, int> stream, Func<TRow, T?> parse, Func<T, T, bool> same) where T : class
    {
        var text = AppendLog.ReadCompleteText(path);
        var values = new Dictionary<int, T>();
        if (text.Length == 0) return values;
        IReadOnlyList<TRow> rows;
        try
        {
            rows = Output.CsvFiles.Parse<TRow>(text);
        }
        catch (CsvFormatException e)
        {
            throw new IOException($"{path}, line {e.RecordNumber}: not a {Path.GetFileName(path)} file ({e.InnerException?.Message ?? e.Message}).", e);
        }
        foreach (var (r, i) in rows.Select((r, i) => (r, i)))
        {
            if (stream(r) < 0 || parse(r) is not { } value) throw new IOException($"{path}, line {i + 2}: malformed line of stream {stream(r)}.");
            if (values.TryGetValue(stream(r), out var old) && !same(old, value))
                throw new IOException($"{path}: stream {stream(r)} appears twice with different values.");
            values[stream(r)] = value;
        }
        return values;
    }

    /// <summary>Checks a shard's streams are all there (for merge): exactly the streams of 0..total − 1 it owns.</summary>
    public static Dictionary<int, T> Complete<T>(Dictionary<int, T> streams, int total, Shard shard, string folder)
    {
        var expected = Enumerable.Range(0, total).Count(t => shard.Owns(t));
        if (streams.Keys.FirstOrDefault(t => t >= total || !shard.Owns(t), -1) is var foreign and >= 0)
            throw new IOException($"shard {shard} in '{folder}' holds stream {foreign}, which is not one of its streams of 0..{total - 1}: it comes from another run; run the shard again with --fresh.");
        if (streams.Count != expected)
            throw new IOException($"shard {shard} in '{folder}' has {streams.Count} of its {expected} streams; resume it (same command) before merging.");
        return streams;
    }

    /// <summary>A manifest in a file; null when it does not parse as one.</summary>
    public static T? ReadManifest<T>(string path, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
