using Rssp.Verification.Catalogue;

namespace Rssp.Reports.Output;

/// <summary>Writes the report's files into a folder.</summary>
public static class ReportFiles
{
    /// <summary>Creates the folder and proves it can be written before any claim runs (fails with an IOException
    /// or UnauthorizedAccessException otherwise, which the command line turns into one line).</summary>
    public static void EnsureWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, ".write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the report to '{folder}': {e.Message}", e);
        }
    }

    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<ClaimResult> results, RunInfo run)
    {
        var figures = Figures.Write(folder, results, run);
        var files = new[] { "results.json", "report.md", "index.html" }.Select(f => Path.Combine(folder, f)).ToArray();
        ResultsFile.Write(files[0], results, run);
        var chain = ProofChainFiles.WriteFiles(folder, results);
        string Section(ReportDocument.Writer w) => ProofChainFiles.Markdown(chain.Chain, chain.Rendered, w.Math, heading: false);
        File.WriteAllText(files[1], ReportDocument.Markdown(results, run, figures, proofChain: Section));
        File.WriteAllText(files[2], ReportDocument.Html(ReportDocument.Markdown(results, run, figures, html: true, proofChain: Section)));
        // the power table of the claims' statement mutants, when the run ran them (power.md's seconds vary between runs)
        IReadOnlyList<string> power = results.All(r => r.Mutants is not null)
            ? PowerTable.Write(folder, [.. results.Select(MutantRun.RowOf)], run.Budget, run.MasterSeed, run.Wall) : [];
        return [.. files, .. figures.SelectMany(f => new[] { f.Png, f.Svg, f.Csv }).OfType<string>(), .. chain.Files, .. power];
    }
}
