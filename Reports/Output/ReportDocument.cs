using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>report.md, and index.html rendered from it: the run, a summary table of every claim in seed order, then a
/// section per refuted claim (saying what it is about: the statement as printed, a proof step, a construction, a reading)
/// with its counterexample and the other readings beside it, then the figures.</summary>
public static partial class ReportDocument
{
    private sealed record Row(string Key, string About, string Kind, string Verdict, string Tightness, string Evidence, string Replay);

    public static string Markdown(IReadOnlyList<ClaimResult> results, RunInfo run, IReadOnlyList<Figures.Figure> figures)
    {
        var md = new StringBuilder();
        md.AppendLine("# rssp-verify report").AppendLine();
        md.AppendLine(Paragraph(Intro(results, run))).AppendLine();
        md.AppendLine("## Summary").AppendLine();
        md.AppendLine("| claim | about | kind | verdict | tightness | evidence | replay |").AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in Rows(results))
            md.AppendLine($"| {Text(r.Key)} | {Text(r.About)} | {Text(r.Kind)} | **{Text(r.Verdict)}** | {Text(r.Tightness)} | {Text(r.Evidence)} | {Code(r.Replay)} |");
        md.AppendLine().AppendLine(Paragraph(TightnessNote));
        md.AppendLine();
        md.AppendLine("## Refuted claims").AppendLine();
        foreach (var r in results.Where(r => r.Verdict.Outcome == Outcome.Refuted))
        {
            md.AppendLine($"### {Text(r.Claim.Key)}").AppendLine();
            foreach (var (label, text) in RefutationLines(r, results)) md.AppendLine($"- **{Text(label)}:** {text}");
            md.AppendLine();
        }
        md.AppendLine("## Figures").AppendLine();
        foreach (var f in figures)
        {
            var (png, csv) = (Path.GetFileName(f.Png), Path.GetFileName(f.Csv));
            md.AppendLine($"![{Text(png)}]({png})").AppendLine().AppendLine($"{Paragraph(f.Caption)} Data: [{Text(csv)}]({csv}).").AppendLine();
        }
        return md.ToString();
    }

    /// <summary>What the tightness column means.</summary>
    private const string TightnessNote =
        "Tightness: the worst ratio of what was observed to the bound, in the claim's direction, and where (1: at the bound; 0.01: a hundredfold " +
        "room; above 1: violated; for probabilities the smaller of the ratio and that of the complements). n/a: an identity, a yes/no property or a constant's estimate.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The page around the rendered Markdown.</summary>
    private const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>rssp-verify report</title><style>
        body{font-family:system-ui,sans-serif;margin:2em auto;max-width:80em;line-height:1.4}table{border-collapse:collapse;width:100%}
        td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;font-size:.9em}th{background:#f3f3f3}img{max-width:100%}
        .holds{color:#1a7f37}.refuted{color:#cf222e;font-weight:bold}.inconclusive{color:#9a6700}code{font-size:.9em}
        </style></head><body>
        {body}</body></html>

        """;

    /// <summary>index.html: report.md rendered by Markdig (pipe tables and the other advanced extensions) in the page
    /// above; each cell of a "verdict" column gets its verdict as class, which colours it.</summary>
    public static string Html(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToArray();
            var verdict = rows.Length == 0 ? -1 : Array.FindIndex(rows[0].OfType<TableCell>().ToArray(), c => PlainText(c) == "verdict");
            if (verdict < 0) continue;
            foreach (var cell in rows.Skip(1).Select(r => r.OfType<TableCell>().ElementAtOrDefault(verdict)).OfType<TableCell>())
                cell.GetAttributes().AddClass(PlainText(cell));
        }
        return Page.Replace("{body}", Markdig.Markdown.ToHtml(document, Pipeline));
    }

    private static string PlainText(MarkdownObject o) => string.Concat(o.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static string Intro(IReadOnlyList<ClaimResult> results, RunInfo run)
    {
        return $"{results.Count} claims: {Listing.Tally(results)}. " +
               $"Budget {run.Budget.Name} ({run.Budget.Instances} instances per exact claim, {run.Budget.Trials} trials per probabilistic one, " +
               $"family-wise error {run.Budget.FamilyWiseError:G2}), master seed {run.MasterSeed}, {run.Machine}, " +
               $"started {run.Started:yyyy-MM-dd HH:mm} UTC, wall time {run.Wall.TotalSeconds:F1} s. Reproduce with: {run.Reproduce}";
    }

    private static IEnumerable<Row> Rows(IEnumerable<ClaimResult> results) => results.Select(r => new Row(
        r.Claim.Key, r.Claim.Target.ToString(), r.Claim.Kind.ToString().ToLowerInvariant(),
        r.Verdict.Outcome.ToString().ToLowerInvariant(), r.Verdict.Evidence.Tightness?.ToString() ?? "n/a", r.Verdict.Summary,
        r.Verdict.Outcome == Outcome.Refuted ? r.Verdict.Replay.ToString() : ""));

    /// <summary>What fails, the counterexample, and how the other readings of the same statement fare (as Markdown).</summary>
    private static IEnumerable<(string Label, string Markdown)> RefutationLines(ClaimResult r, IReadOnlyList<ClaimResult> all)
    {
        yield return ("Refuted", Text($"{r.Claim.Target.RefutedAs}: {r.Claim.Target.Detail}"));
        yield return ("Statement", Text(r.Claim.Statement));
        yield return ("Checked by", Text(r.Claim.Method));
        yield return ("What fails", Text(r.Verdict.Summary));
        if (r.Verdict.Counterexample is not null) yield return ("Counterexample", Text(r.Verdict.Counterexample));
        yield return ("Replay", $"{Text(r.Verdict.Replay.ToString())}; run {Code($"check \"{r.Claim.Id}\"")} with the same budget and seed");
        foreach (var other in all.Where(o => o.Claim.Id == r.Claim.Id && o.Claim.Key != r.Claim.Key))
            yield return ($"Reading “{other.Claim.VariantName}”", Text($"{other.Verdict.Outcome.ToString().ToLowerInvariant()} — {other.Claim.Statement}"));
    }

    /// <summary>Plain text as Markdown inside a line (a table cell, a heading, a list item): a line break becomes a space,
    /// and a backslash is escaped, as is every character that would format here — emphasis (* always, _ unless inside a
    /// word), code, table pipes, the pipeline's extras (~ ^ $ {attributes} and doubled + = "), an HTML tag or entity, a
    /// link or footnote.</summary>
    internal static string Text(string s) => Inline().Replace(s.ReplaceLineEndings(" "), @"\$0");

    /// <summary>Plain text as a Markdown paragraph: as <see cref="Text"/>, and a list, heading, quote or definition marker
    /// at its start escaped.</summary>
    internal static string Paragraph(string s) => BlockStart().Replace(Text(s), @"\$0");

    [GeneratedRegex(@"[\\`*|~^$\{]|(?<![\p{L}\p{M}\p{N}])_|_(?![\p{L}\p{M}\p{N}])|<(?=[A-Za-z/!?])|&(?=#?\w+;)|\[(?=\^)|\](?=[(\[])|(?<=\+)\+|(?<==)=|(?<="")""")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^[-+#>:=]|(?<=^\d+)[.)]")]
    private static partial Regex BlockStart();

    /// <summary>A code span, its fence longer than any run of backticks in the text.</summary>
    internal static string Code(string s)
    {
        // A pipe would end a table cell on GitHub but stay escaped inside Markdig's code spans: such text stays plain.
        if (s.Length == 0 || s.Contains('|')) return Text(s);
        var fence = new string('`', Regex.Matches(s, "`+").Select(m => m.Length).DefaultIfEmpty(0).Max() + 1);
        var pad = fence.Length > 1 ? " " : "";
        return $"{fence}{pad}{s.ReplaceLineEndings(" ")}{pad}{fence}";
    }
}
