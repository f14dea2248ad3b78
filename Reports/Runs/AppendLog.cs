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
        if (!File.Exists(path)) return [];
        var text = File.ReadAllText(path, Encoding.UTF8);
        var end = text.LastIndexOf('\n');
        return end < 0 ? [] : text[..end].Split('\n');
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
    public static AppendLog Create(string path, IEnumerable<string> lines)
    {
        var log = new AppendLog(new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read));
        log.Append(lines);
        return log;
    }

    public void Append(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    public void Dispose() => stream.Dispose();

    private static long CompleteLength(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Array.LastIndexOf(bytes, (byte)'\n') + 1;
    }
}
