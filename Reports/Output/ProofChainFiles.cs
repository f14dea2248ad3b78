using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Catalogue.Proofs;

namespace Rssp.Reports.Output;

/// <summary>The proof chain in the report: proof-chain.dot always, proof-chain.svg when Graphviz's dot is on the PATH,
/// and report.md's section with the graph and the per-proof table (steps found, checked, holding, refuted, not checkable
/// with why, not yet checked).</summary>
public static class ProofChainFiles
{
    public const string Dot = "proof-chain.dot", Svg = "proof-chain.svg";

    /// <summary>Writes the files; returns their paths, the chain and whether the SVG was rendered (for the report's section).</summary>
    public static (IReadOnlyList<string> Files, ProofChain Chain, bool Rendered) WriteFiles(string folder, IReadOnlyList<ClaimResult> results)
    {
        var chain = new ProofChain(ProofInventory.All, ClaimCatalogue.All, results.ToDictionary(r => r.Claim.Key, r => r.Verdict.Outcome));
        var dot = Path.Combine(folder, Dot);
        File.WriteAllText(dot, chain.Dot());
        var svg = Path.Combine(folder, Svg);
        var rendered = Render(dot, svg);
        return (rendered ? [dot, svg] : [dot], chain, rendered);
    }

    /// <summary>Runs dot -Tsvg; false (and no SVG) when Graphviz is not installed or fails.</summary>
    private static bool Render(string dot, string svg)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dot", ["-Tsvg", dot, "-o", svg]) { RedirectStandardError = true, UseShellExecute = false });
            if (process is null) return false;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists(svg);
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    /// <summary>The section as Markdown; math renders the notation of statements and steps (plain text escaped by default,
    /// MathML in the report's HTML flavour); without heading, the report writes its own.</summary>
    public static string Markdown(ProofChain chain, bool rendered, Func<string, string>? math = null, bool heading = true)
    {
        var text = math ?? ReportDocument.Text;
        var md = new StringBuilder();
        if (heading) md.AppendLine("## Proof chain").AppendLine();
        md.AppendLine(rendered
            ? $"![the dependency graph of chapters 2–4]({Svg})"
            : "Graphviz is not installed: the graph is only in DOT form.").AppendLine();
        md.AppendLine(ReportDocument.Paragraph(
            "Which result uses which, at which step. A result is red if its statement as printed is refuted, orange if a step of its proof is, " +
            "green if its statement holds and no step is refuted, yellow if undecided, grey if unchecked; an edge is red if a step using the result " +
            "(its hypotheses where used, or its conclusion as invoked) is refuted.") + $" Graph: [{Dot}]({Dot}).").AppendLine();
        md.AppendLine("| proof of | steps | checked | holding | refuted | undecided | not checkable | not yet checked |").AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var proof in chain.Proofs)
        {
            var t = chain.Tally(proof);
            md.AppendLine($"| {text(proof.Of)} | {t.Found} | {t.Checked} | {t.Holding} | {t.Refuted} | {t.Inconclusive + t.NotRun} | {t.NotCheckable} | {t.NotYetChecked} |");
        }
        var all = chain.Proofs.Select(chain.Tally).ToArray();
        md.AppendLine($"| **all** | {all.Sum(t => t.Found)} | {all.Sum(t => t.Checked)} | {all.Sum(t => t.Holding)} | {all.Sum(t => t.Refuted)} | {all.Sum(t => t.Inconclusive + t.NotRun)} | {all.Sum(t => t.NotCheckable)} | {all.Sum(t => t.NotYetChecked)} |");
        md.AppendLine();
        foreach (var proof in chain.Proofs)
        {
            md.AppendLine($"#### Proof of {text(proof.Of)}").AppendLine();
            if (proof.Steps.Count == 0) { md.AppendLine(ReportDocument.Paragraph(proof.Note)).AppendLine(); continue; }
            md.AppendLine("| step | as printed | uses | verdict | claims or reason |").AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var s in proof.Steps)
            {
                var verdict = s.Status switch
                {
                    StepStatus.NotCheckable => "not checkable",
                    StepStatus.NotYetChecked => "not yet checked",
                    _ => chain.Of(s) switch { ChainVerdict.Holds => "holds", ChainVerdict.Refuted => "refuted", ChainVerdict.Inconclusive => "inconclusive", _ => "not run" },
                };
                var why = s.Status == StepStatus.NotCheckable ? s.NotCheckableBecause! : string.Join("; ", s.Claims);
                md.AppendLine($"| {text(s.Where)} | {text(s.Text)} | {text(s.Uses ?? "")} | {verdict} | {text(why)} |");
            }
            md.AppendLine();
        }
        return md.ToString();
    }
}
