using CsvHelper;

[assembly: CsvConverter(typeof(Rssp.Reports.Output.FiniteOrEmpty))]

namespace Rssp.Reports.Output;

/// <summary>Every CSV the program reads or writes goes through CsvHelper, one [CsvRecord] row type per file whose
/// columns name the header: RFC 4180 quoting (a label with a comma or a quote stays one field), invariant culture,
/// '\n' line ends, numbers as their round-trip text ("R") and a number that is not finite as an empty cell.</summary>
public static class CsvFiles
{
    private static readonly CsvWriterOptions Writing = CsvWriterOptions.Default with { NewLine = "\n", WriteByteOrderMark = false };

    private static readonly CsvReaderOptions Reading = CsvReaderOptions.Default with
    {
        Separator = ',',
        SkipEmptyLines = false,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
    };

    /// <summary>Writes the header of <typeparamref name="T"/> and the rows to a new file.</summary>
    public static void Write<T>(string path, IEnumerable<T> rows)
    {
        using var csv = CsvWriter.ToFile(path, Writing);
        csv.WriteRecords(rows);
    }

    /// <summary>The rows as CSV text, each ending with '\n', after the header if asked: for files appended to.</summary>
    public static string Format<T>(IEnumerable<T> rows, bool header)
    {
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Writing with { HasHeader = header }, leaveOpen: true))
        {
            if (header) csv.WriteHeader<T>();
            csv.WriteRecords(rows);
        }
        return text.ToString();
    }

    /// <summary>The column names of <typeparamref name="T"/>, as its header line has them.</summary>
    public static IReadOnlyList<string> Header<T>() => Format<T>([], header: true).TrimEnd('\n').Split(',');

    /// <summary>The rows of CSV text whose header is exactly that of <typeparamref name="T"/>. Another header (record
    /// 1), a ragged record, bad quoting or a field that does not parse throws a CsvFormatException naming the record.</summary>
    public static IReadOnlyList<T> Parse<T>(string text)
    {
        using var csv = CsvReader.FromText(text, Reading);
        if (!csv.Headers.SequenceEqual(Header<T>()))
            throw new CsvFormatException($"the header is '{string.Join(",", csv.Headers)}', not '{string.Join(",", Header<T>())}'", 1, 0);
        return [.. csv.GetRecords<T>()];
    }

    /// <summary>The rows of a CSV file written by <see cref="Write{T}"/>.</summary>
    public static IReadOnlyList<T> Read<T>(string path) => Parse<T>(File.ReadAllText(path));
}

/// <summary>Writes a double as its round-trip text, or an empty cell when it is not finite (NaN stands for "no
/// value"); reads an empty cell back as NaN.</summary>
internal sealed class FiniteOrEmpty : ICsvConverter<double>
{
    public double Read(CsvReader reader, int index) => reader.IsEmpty(index) ? double.NaN : reader.Parse<double>(index);

    public void Write(CsvWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteField(value, "R");
        else writer.WriteField("");
    }
}
