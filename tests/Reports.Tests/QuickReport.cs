namespace Rssp.Reports.Tests;

/// <summary>One quick report (seed 2) written once for the tests that read it: the schema test and the browser test.</summary>
public sealed class QuickReport : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "rssp-report-" + Guid.NewGuid().ToString("N"));

    public int Code { get; }

    public string Output { get; }

    public string Error { get; }

    public QuickReport()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        Code = Cli.Run(["--quick", "--seed", "2", "--out", Folder], output, error);
        (Output, Error) = (output.ToString(), error.ToString());
    }

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class QuickReportCollection : ICollectionFixture<QuickReport>
{
    public const string Name = "quick report";
}
