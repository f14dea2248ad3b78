using System.Text;

namespace Rssp.Reports.Runs;

/// <summary>A line-oriented file that is only ever appended to, one complete line at a time, and flushed to disk
/// after each batch: an interrupted run leaves every finished line intact. A torn last line (the process killed
/// mid-write) is dropped when the file is opened again.</summary>
public sealed class AppendLog : IDisposable
{
    private readonly FileStream stream;

    private AppendLog(FileStream stream) => this.stream = stream;

    /// <summary>The complete lines of the file (none if it does not exist), without a torn last line.</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        var text = ReadCompleteText(path);
        return text.Length == 0 ? [] : text[..^1].Split('\n');
    }

    /// <summary>The text of the file's complete lines, each ending with '\n' (empty if it does not exist), without a
    /// torn last line: what a parser of the whole file (such as a CSV reader) should see.</summary>
    public static string ReadCompleteText(string path)
    {
        if (!File.Exists(path)) return "";
        var text = File.ReadAllText(path, Encoding.UTF8);
        return text[..(text.LastIndexOf('\n') + 1)];
    }

    /// <summary>Opens the file for appending after its last complete line (truncating a torn one), or creates it.</summary>
    public static AppendLog Open(string path)
    {
        var complete = File.Exists(path) ? CompleteLength(path) : 0;
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        stream.SetLength(complete);
        stream.Seek(0, SeekOrigin.End);
        return new AppendLog(stream);
    }

    /// <summary>Creates or empties the file and writes its first lines.</summary>
    public static AppendLog Create(string path, IEnumerable<string> lines) => CreateText(path, Lines(lines));

    /// <summary>Creates or empties the file and writes its first complete lines, given as text (such as CSV records
    /// formatted by CsvHelper), each ending with '\n'.</summary>
    public static AppendLog CreateText(string path, string text)
    {
        var log = new AppendLog(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read));
        log.AppendText(text);
        return log;
    }

    public void Append(IEnumerable<string> lines) => AppendText(Lines(lines));

    /// <summary>Appends complete lines given as text, each ending with '\n', and flushes them to disk.</summary>
    public void AppendText(string text)
    {
        if (text.Length > 0 && text[^1] != '\n') throw new ArgumentException("an append log takes complete lines only.", nameof(text));
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));

    public void Dispose() => stream.Dispose();

    private static long CompleteLength(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Array.LastIndexOf(bytes, (byte)'\n') + 1;
    }
}
