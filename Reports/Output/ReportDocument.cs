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

/// <summary>report.md, and index.html rendered from the same document: a title and the run's facts, the headline by verdict,
/// a table of contents, a summary per chapter (refuted claims first, each row linking to its claim), a section per
/// statement with each of its readings once (verdict, evidence, the counterexample with its fields named, the replay
/// command), then the figures. The document is a list of <see cref="Section"/>s: a new section plugs in by being added to
/// <see cref="Sections"/>. Notation (<see cref="Notation"/>) becomes plain Unicode in report.md and MathML in index.html.</summary>
public static partial class ReportDocument
{
    /// <summary>What a section is written from; ProofChain, when given, writes the proof-chain section's body.</summary>
    public sealed record Context(IReadOnlyList<ClaimResult> Results, RunInfo Run, IReadOnlyList<Figures.Figure> Figures, Func<Writer, string>? ProofChain);

    /// <summary>A top-level section: its anchor, its title (notation), and its body, written as Markdown by a writer
    /// that knows whether math becomes Unicode or MathML.</summary>
    public sealed record Section(string Anchor, string Title, Action<Context, Writer, StringBuilder> Body);

    /// <summary>Markdown for one flavour: <see cref="Math"/> is notation as escaped Unicode (report.md) or as MathML that
    /// Markdig passes through (index.html).</summary>
    public sealed class Writer(bool html)
    {
        public bool Html => html;

        /// <summary>Notation inside a line (a table cell, a heading, a list item).</summary>
        public string Math(string notation) => html
            ? string.Concat(Notation.Parse(notation).Select(p => p is Notation.Script script
                ? Notation.MathMl(script, forMarkdown: true) : Text(Notation.Numbers(((Notation.Text)p).Value))))
            : Text(Notation.Unicode(notation));

        /// <summary>An anchor a link can point to (an empty element with that id).</summary>
        public static string Anchor(string id) => $"<a id=\"{id}\"></a>";

        /// <summary>A link to an anchor of this document, its text notation.</summary>
        public string Link(string anchor, string notation) => $"[{Math(notation)}](#{anchor})";
    }

    /// <summary>The sections in order; the table of contents lists them.</summary>
    public static IReadOnlyList<Section> Sections { get; } =
    [
        new("headline", "Headline", Headline),
        new("summary", "Summary by chapter", Summary),
        new("statements", "Statements and their readings", Statements),
        new("power", "Power by statement mutants", PowerSection),
        new("proof-chain", "Proof chain", (c, w, md) => md.Append(c.ProofChain?.Invoke(w) ?? "Not drawn for this run.\n\n")),
        new("figures", "Figures", FigureSection),
    ];

    public const string Title = "Verification report: the Random Subset Sum Problem and strong lottery tickets in CNNs";

    public static string Markdown(IReadOnlyList<ClaimResult> results, RunInfo run, IReadOnlyList<Figures.Figure> figures, bool html = false,
        Func<Writer, string>? proofChain = null)
    {
        var w = new Writer(html);
        var context = new Context(results, run, figures, proofChain);
        var md = new StringBuilder();
        md.AppendLine($"# {Writer.Anchor("top")}{Text(Title)}").AppendLine();
        foreach (var (label, value) in Facts(run, results)) md.AppendLine($"- **{Text(label)}:** {value}");
        md.AppendLine().AppendLine("**Contents:** " + string.Join(" · ", Sections.Select(s => w.Link(s.Anchor, s.Title)))).AppendLine();
        foreach (var section in Sections)
        {
            md.AppendLine($"## {Writer.Anchor(section.Anchor)}{w.Math(section.Title)}").AppendLine();
            section.Body(context, w, md);
        }
        return md.ToString();
    }

    private static IEnumerable<(string Label, string Markdown)> Facts(RunInfo run, IReadOnlyList<ClaimResult> results)
    {
        yield return ("Claims", Text($"{results.Count} over {results.Select(r => r.Claim.Id).Distinct().Count()} statements of chapters 2–4"));
        yield return ("Budget", Text(Notation.Numbers($"{run.Budget.Name}: {run.Budget.Instances} instances per exact claim, {run.Budget.Trials} trials per " +
                                                      $"probabilistic one, family-wise error {Numbers.Format(run.Budget.FamilyWiseError)}")));
        yield return ("Master seed", Text(run.MasterSeed.ToString()));
        yield return ("Machine", Text(run.Machine));
        yield return ("Started", Text($"{run.Started:yyyy-MM-dd HH:mm} UTC; wall time {run.Wall.TotalSeconds:F1} s"));
        yield return ("Reproduce with", Code(run.Reproduce));
    }

    private static void Headline(Context c, Writer w, StringBuilder md)
    {
        md.AppendLine(Paragraph($"{c.Results.Count} claims: {Listing.Tally(c.Results)}.")).AppendLine();
        // By verdict kind, a refutation split by what it is about (the statement as printed, a proof step, a construction, a reading).
        md.AppendLine("| verdict kind | claims | which |").AppendLine("| --- | --- | --- |");
        var kinds = Enum.GetValues<Outcome>().SelectMany(o => o == Outcome.Refuted
            ? Enum.GetValues<TargetKind>().Select(k => (Label: $"refuted: {ClaimTarget.RefutedWords(k)}", Has: (Func<ClaimResult, bool>)(r => r.Verdict.Outcome == o && r.Claim.Target.Kind == k)))
            : [(Label: Listing.Word(o), Has: r => r.Verdict.Outcome == o)]);
        foreach (var (label, has) in kinds)
        {
            var these = c.Results.Where(has).ToArray();
            var which = these.All(r => r.Verdict.Outcome == Outcome.Holds) ? "" : string.Join(", ", these.Select(r => w.Link(Slug(r.Claim.Key), r.Claim.Key)));
            md.AppendLine($"| **{Text(label)}** | {these.Length} | {which} |");
        }
        md.AppendLine().AppendLine(Paragraph(
            "A refuted verdict means the whole confidence interval lies on the wrong side of the bound, or an exact check failed on the " +
            "instance shown; each verdict says what it is about: the statement as printed, a step of a proof, a proof's construction or accounting (which may fall short while the statement stands), or a named reading beside the statement.")).AppendLine();
    }

    /// <summary>Chapter of a claim, from its statement class's namespace (…Chapter2).</summary>
    private static string Chapter(Claim claim) =>
        ClaimCatalogue.Statements.FirstOrDefault(s => s.Claims.Contains(claim))?.Type.Namespace?.Split('.')[^1].Replace("Chapter", "Chapter ") ?? "Other";

    private static void Summary(Context c, Writer w, StringBuilder md)
    {
        foreach (var chapter in c.Results.GroupBy(r => Chapter(r.Claim)))
        {
            md.AppendLine($"### {Writer.Anchor(Slug("summary " + chapter.Key))}{Text(chapter.Key)}").AppendLine();
            md.AppendLine("| claim | about | kind | verdict | tightness | evidence |").AppendLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var r in chapter.OrderBy(r => r.Verdict.Outcome == Outcome.Refuted ? 0 : 1))
                md.AppendLine($"| {w.Link(Slug(r.Claim.Key), r.Claim.Key)} | {w.Math(r.Claim.Target.ToString())} | {Text(Listing.Word(r.Claim.Kind))} | " +
                              $"**{Text(Listing.Word(r.Verdict.Outcome))}** | {(r.Verdict.Evidence.Tightness is { } t ? w.Math(Numbers.Format(t.Ratio)) : "n/a")} | {w.Math(r.Verdict.Summary)} |");
            md.AppendLine();
        }
        md.AppendLine(Paragraph(TightnessNote)).AppendLine();
    }

    /// <summary>What the tightness column means.</summary>
    private const string TightnessNote =
        "Tightness: the worst ratio of what was observed to the bound, in the claim's direction (1: at the bound; 0.01: a hundredfold " +
        "room; above 1: violated; for probabilities the smaller of the ratio and that of the complements, and for a probability seen at 0 or 1 its interval's end toward the bound); each claim's section says where. n/a: an identity, a yes/no property, a constant's estimate, or several inequalities checked " +
        "as one least margin (in the evidence; its mutants in the power section show where it can fail).";


    /// <summary>One subsection per statement, each of its claims once, in seed order.</summary>
    private static void Statements(Context c, Writer w, StringBuilder md)
    {
        foreach (var statement in c.Results.GroupBy(r => r.Claim.Id))
        {
            md.AppendLine($"### {Writer.Anchor(Slug("statement " + statement.Key))}{w.Math(statement.Key)}").AppendLine();
            foreach (var r in statement)
            {
                var name = r.Claim.VariantName == Claim.AsPrinted ? "As printed" : $"{Heading(r.Claim.Target.Kind)} “{r.Claim.VariantName}”";
                md.AppendLine($"#### {Writer.Anchor(Slug(r.Claim.Key))}{w.Math(name)}: {Text(Listing.Word(r.Verdict.Outcome))}").AppendLine();
                foreach (var (label, text) in ClaimLines(r, c.Run, w)) md.AppendLine($"- **{Text(label)}:** {text}");
                md.AppendLine();
            }
        }
    }

    /// <summary>A claim's heading word by what it is about (a named claim is a reading only when its target is one).</summary>
    internal static string Heading(TargetKind kind) => kind switch
    {
        TargetKind.Statement => "Statement",
        TargetKind.ProofStep => "Proof step",
        TargetKind.Construction => "Construction",
        _ => "Reading",
    };

    /// <summary>What a claim says, how it is checked, the evidence, the counterexample of a refutation (its fields named
    /// and the failing quantity against the bound) and the command that replays it.</summary>
    private static IEnumerable<(string Label, string Markdown)> ClaimLines(ClaimResult r, RunInfo run, Writer w)
    {
        if (r.Verdict.Outcome == Outcome.Refuted) yield return ("Refuted", w.Math($"{r.Claim.Target.RefutedAs}: {r.Claim.Target.Detail}"));
        yield return ("Statement", w.Math(r.Claim.Statement));
        yield return ("About", w.Math(r.Claim.Target.ToString()));
        yield return ("Checked by", w.Math(r.Claim.Method));
        yield return ("Evidence", w.Math(r.Verdict.Summary));
        if (r.Verdict.Evidence.Tightness is { } tightness) yield return ("Tightness", w.Math(tightness.ToString()));
        if (r.Verdict.Counterexample is { } counterexample)
            yield return ("Counterexample", w.Math(counterexample));
        if (r.Verdict.Outcome is Outcome.Refuted or Outcome.Inconclusive)
            yield return ("Replay", Code(RunInfo.CheckCommand(r.Claim, r.Verdict, run.Budget, run.MasterSeed)));
        if (r.Mutants is { } mutants) yield return ("Mutants", w.Math(MutantLine(MutantRun.RowOf(r))));
    }

    /// <summary>"3 run, 2 killed (power); survived: bound tightened ×2 (holds)".</summary>
    private static string MutantLine(PowerRow row) =>
        $"{row.Mutants.Count} run, {row.Killed.Count()} killed ({(row.HasPower ? "power" : "no power")})" +
        (row.Survived.Any() ? $"; survived: {PowerTable.Survivors(row)}" : "");

    /// <summary>Every claim's statement mutants, as the mutants verb runs them, from this run (the files power.md, power.json,
    /// power.csv hold each mutant's change and verdict).</summary>
    private static void PowerSection(Context c, Writer w, StringBuilder md)
    {
        if (c.Results.Any(r => r.Mutants is null))
        {
            md.AppendLine(Paragraph("Not run for this run.")).AppendLine();
            return;
        }
        var rows = c.Results.Select(MutantRun.RowOf).ToArray();
        md.AppendLine(Paragraph(PowerTable.KillRule + " Mutants: bounds tightened or loosened by a stated factor, constants or exponents changed, " +
            $"hypotheses dropped, inequalities negated or reversed, each run on its claim's samples. {PowerTable.Totals(rows)}. " +
            "Each mutant's change and verdict are in these files:")).AppendLine();
        md.AppendLine("[power.md](power.md) · [power.json](power.json) · [power.csv](power.csv)").AppendLine();
        md.AppendLine("| claim | verdict | mutants | killed | power | survived |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in rows)
            md.AppendLine($"| {w.Link(Slug(r.Claim.Claim.Key), r.Claim.Claim.Key)} | {Text(Listing.Word(r.Claim.Verdict.Outcome))} | {r.Mutants.Count} | {r.Killed.Count()} | " +
                          $"{(r.HasPower ? "yes" : r.Mutants.Count == 0 ? "no mutants" : "**no**")} | " +
                          $"{w.Math(PowerTable.Survivors(r))} |");
        md.AppendLine();
    }

    private static void FigureSection(Context c, Writer w, StringBuilder md)
    {
        if (c.Figures.Count == 0) md.AppendLine("No figure illustrates the claims of this run.").AppendLine();
        foreach (var f in c.Figures)
        {
            var (image, csv) = (Path.GetFileName(w.Html && f.Svg is not null ? f.Svg : f.Png), Path.GetFileName(f.Csv));
            md.AppendLine($"{Writer.Anchor(Slug("figure " + Path.GetFileNameWithoutExtension(f.Png)))}").AppendLine();
            md.AppendLine($"![{Text(Path.GetFileNameWithoutExtension(f.Png))}]({image})").AppendLine()
              .AppendLine($"{w.Math(f.Caption)} Data: [{Text(csv)}]({csv}).").AppendLine();
        }
    }

    /// <summary>An anchor from a name: ASCII lower-case letters and digits (scripts folded first, so ₂ is 2), other
    /// runs as one hyphen ("Lemma 34 [Eq. 4.6 as printed]" → "lemma-34-eq-4-6-as-printed"); § is "section".</summary>
    public static string Slug(string name) =>
        NonWord().Replace(new string([.. name.Replace("§", "section ").Select(Scripts.Fold)]).ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The page around the rendered Markdown: readable at 800 px (tables wrap at spaces, commands anywhere).</summary>
    private const string Page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title><style>
        body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 1em;max-width:80em;line-height:1.45;color:#1f2328}
        table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;font-size:.9em;overflow-wrap:break-word}
        th{background:#f3f3f3;text-align:left}img{max-width:100%;height:auto}h4{margin-bottom:.3em}
        .holds{color:#1a7f37}.refuted{color:#cf222e;font-weight:bold}.inconclusive{color:#9a6700}.estimated{color:#0550ae}
        code{font-size:.9em;background:#f6f8fa;padding:.1em .3em;overflow-wrap:anywhere}math{font-size:1.05em}
        a{color:#0550ae}li{margin:.15em 0}
        </style></head><body>
        {body}</body></html>

        """;

    /// <summary>index.html: the document's HTML flavour rendered by Markdig (pipe tables and the other advanced
    /// extensions) in the page above; each cell of a "verdict" column gets its verdict as class, which colours it.</summary>
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
        return Page.Replace("{title}", System.Net.WebUtility.HtmlEncode(Title)).Replace("{body}", Markdig.Markdown.ToHtml(document, Pipeline));
    }

    private static string PlainText(MarkdownObject o) => string.Concat(o.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

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
