using Rssp.Reports.Output;
using Rssp.Verification.Catalogue.Proofs;

namespace Rssp.Reports.Tests;

/// <summary>The report's proof chain: the DOT file always, the SVG when Graphviz renders it, and report.md's section
/// with a row per proof and a table per printed proof.</summary>
public class ProofChainFilesTests
{
    [Fact]
    public void The_graph_and_the_proof_table_are_written_for_a_run()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder);
        var (files, chain, rendered) = ProofChainFiles.WriteFiles(folder, []);
        var markdown = ProofChainFiles.Markdown(chain, rendered);
        var dot = File.ReadAllText(Path.Combine(folder, ProofChainFiles.Dot));
        Assert.StartsWith("digraph proofs {", dot, StringComparison.Ordinal);
        Assert.Contains("\"Theorem 31\" -> \"Lemma 34\"", dot, StringComparison.Ordinal);
        var svg = Path.Combine(folder, ProofChainFiles.Svg);
        Assert.Equal(File.Exists(svg) ? 2 : 1, files.Count);
        if (File.Exists(svg))
        {
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
            Assert.Contains($"![the dependency graph of chapters 2–4]({ProofChainFiles.Svg})", markdown, StringComparison.Ordinal);
        }
        Assert.Contains("## Proof chain", markdown, StringComparison.Ordinal);
        Assert.All(ProofInventory.All, p => Assert.Contains($"| {p.Of} | {p.Steps.Count} |", markdown, StringComparison.Ordinal));
        // Nothing ran: every checked step is undecided (not run), none holds or is refuted.
        var steps = ProofInventory.All.SelectMany(p => p.Steps).ToArray();
        var checkedSteps = steps.Count(s => s.Status == StepStatus.Checked);
        Assert.Contains($"| **all** | {steps.Length} | {checkedSteps} | 0 | 0 | {checkedSteps} |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### ", markdown.Replace("#### ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_is_rendered_where_graphviz_is_installed()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "dot")));
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder);
        ProofChainFiles.WriteFiles(folder, []);
        Assert.Equal(onPath, File.Exists(Path.Combine(folder, ProofChainFiles.Svg)));
    }
}
