using System.Net;
using System.Text;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>report.md and index.html with the same content: the run, a summary table of every claim in seed
/// order, then a section per refuted claim with its counterexample and the intended reading beside it.</summary>
public static class ReportDocument
{
    private sealed record Row(string Key, string Reading, string Kind, string Verdict, string Evidence, string Replay);

    public static string Markdown(IReadOnlyList<ClaimResult> results, RunInfo run, IReadOnlyList<Figures.Figure> figures)
    {
        var md = new StringBuilder();
        md.AppendLine("# rssp-verify report").AppendLine();
        md.AppendLine(Intro(results, run)).AppendLine();
        md.AppendLine("## Summary").AppendLine();
        md.AppendLine("| claim | reading | kind | verdict | evidence | replay |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in Rows(results))
            md.AppendLine($"| {Cell(r.Key)} | {Cell(r.Reading)} | {r.Kind} | **{r.Verdict}** | {Cell(r.Evidence)} | {Cell(r.Replay)} |");
        md.AppendLine();
        md.AppendLine("## Refuted statements").AppendLine();
        foreach (var r in results.Where(r => r.Verdict.Outcome == Outcome.Refuted))
        {
            md.AppendLine($"### {r.Claim.Key}").AppendLine();
            foreach (var (label, text) in RefutationLines(r, results)) md.AppendLine($"- **{label}:** {text}");
            md.AppendLine();
        }
        md.AppendLine("## Figures").AppendLine();
        foreach (var f in figures)
            md.AppendLine($"![{Path.GetFileName(f.Png)}]({Path.GetFileName(f.Png)})").AppendLine().AppendLine($"{f.Caption} Data: [{Path.GetFileName(f.Csv)}]({Path.GetFileName(f.Csv)}).").AppendLine();
        return md.ToString();
    }

    public static string Html(IReadOnlyList<ClaimResult> results, RunInfo run, IReadOnlyList<Figures.Figure> figures)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var h = new StringBuilder();
        h.AppendLine("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>rssp-verify report</title><style>")
            .AppendLine("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:80em;line-height:1.4}table{border-collapse:collapse;width:100%}")
            .AppendLine("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;font-size:.9em}th{background:#f3f3f3}")
            .AppendLine(".holds{color:#1a7f37}.refuted{color:#cf222e;font-weight:bold}.inconclusive{color:#9a6700}code{font-size:.9em}")
            .AppendLine("</style></head><body><h1>rssp-verify report</h1>");
        h.AppendLine($"<p>{E(Intro(results, run))}</p><h2>Summary</h2><table><tr><th>claim</th><th>reading</th><th>kind</th><th>verdict</th><th>evidence</th><th>replay</th></tr>");
        foreach (var r in Rows(results))
            h.AppendLine($"<tr><td>{E(r.Key)}</td><td>{E(r.Reading)}</td><td>{r.Kind}</td><td class=\"{r.Verdict}\">{r.Verdict}</td><td>{E(r.Evidence)}</td><td><code>{E(r.Replay)}</code></td></tr>");
        h.AppendLine("</table><h2>Refuted statements</h2>");
        foreach (var r in results.Where(r => r.Verdict.Outcome == Outcome.Refuted))
        {
            h.AppendLine($"<h3>{E(r.Claim.Key)}</h3><ul>");
            foreach (var (label, text) in RefutationLines(r, results)) h.AppendLine($"<li><b>{E(label)}:</b> {E(text)}</li>");
            h.AppendLine("</ul>");
        }
        h.AppendLine("<h2>Figures</h2>");
        foreach (var f in figures)
        {
            var (png, csv) = (E(Path.GetFileName(f.Png)), E(Path.GetFileName(f.Csv)));
            h.AppendLine($"<figure><img src=\"{png}\" alt=\"{png}\" style=\"max-width:100%\"><figcaption>{E(f.Caption)} Data: <a href=\"{csv}\">{csv}</a>.</figcaption></figure>");
        }
        return h.AppendLine("</body></html>").ToString();
    }

    private static string Intro(IReadOnlyList<ClaimResult> results, RunInfo run)
    {
        int Count(Outcome o) => results.Count(r => r.Verdict.Outcome == o);
        return $"{results.Count} claims: {Count(Outcome.Holds)} hold, {Count(Outcome.Refuted)} refuted, {Count(Outcome.Inconclusive)} inconclusive. " +
               $"Budget {run.Budget.Name} ({run.Budget.Instances} instances per exact claim, {run.Budget.Trials} trials per probabilistic one, " +
               $"family-wise error {run.Budget.FamilyWiseError:G2}), master seed {run.MasterSeed}, {run.Machine}, " +
               $"started {run.Started:yyyy-MM-dd HH:mm} UTC, wall time {run.Wall.TotalSeconds:F1} s. Reproduce with: {run.Reproduce}";
    }

    private static IEnumerable<Row> Rows(IEnumerable<ClaimResult> results) => results.Select(r => new Row(
        r.Claim.Key, r.Claim.Variant == Variant.Literal ? "as printed" : "intended", r.Claim.Kind.ToString().ToLowerInvariant(),
        r.Verdict.Outcome.ToString().ToLowerInvariant(), r.Verdict.Summary,
        r.Verdict.Outcome == Outcome.Refuted ? r.Verdict.Replay.ToString() : ""));

    /// <summary>What fails, the counterexample, and how the other readings of the same statement fare.</summary>
    private static IEnumerable<(string Label, string Text)> RefutationLines(ClaimResult r, IReadOnlyList<ClaimResult> all)
    {
        yield return ("Statement", r.Claim.Statement);
        yield return ("Checked by", r.Claim.Method);
        yield return ("What fails", r.Verdict.Summary);
        if (r.Verdict.Counterexample is not null) yield return ("Counterexample", r.Verdict.Counterexample);
        yield return ("Replay", $"{r.Verdict.Replay}; run `check \"{r.Claim.Id}\"` with the same budget and seed");
        foreach (var other in all.Where(o => o.Claim.Id == r.Claim.Id && o.Claim.Key != r.Claim.Key))
            yield return ($"Reading “{other.Claim.VariantName}”", $"{other.Verdict.Outcome.ToString().ToLowerInvariant()} — {other.Claim.Statement}");
    }

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
