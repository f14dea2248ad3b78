using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Rssp.Reports;
using Rssp.Reports.Output;
using Rssp.Verification.Catalogue;

namespace Rssp.Reports.Tests;

[Collection(QuickReportCollection.Name)]
public class ReportTests(QuickReport report)
{
    [Fact]
    public void A_quick_report_writes_every_file_and_the_json_follows_its_schema()
    {
        var folder = report.Folder;
        {
            Assert.Equal(0, report.Code);
            Assert.Empty(report.Error);
            foreach (var f in new[] { "results.json", "report.md", "index.html" }) Assert.True(File.Exists(Path.Combine(folder, f)), f);
            foreach (var figure in new[] { "coverage", "growth", "constant", "proposition18", "proposition33", "certified-error", "widths", "proposition20", "lemma23", "lemma23-markov" })
            {
                var png = File.ReadAllBytes(Path.Combine(folder, figure + ".png"));
                Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
                Assert.True(png.Length > 10_000);
                var csv = File.ReadAllLines(Path.Combine(folder, figure + ".csv"));
                Assert.True(csv.Length > 2);
                Assert.All(csv, line => Assert.DoesNotContain("NaN", line));
                Assert.All(FieldCounts(Path.Combine(folder, figure + ".csv")), n => Assert.Equal(csv[0].Split(',').Length, n));
                Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(folder, figure + ".svg")).TrimStart()[..5]);
                Assert.Contains($"{figure}.svg", File.ReadAllText(Path.Combine(folder, "index.html")));
                Assert.Contains($"{figure}.png", File.ReadAllText(Path.Combine(folder, "report.md")));
            }

            var text = File.ReadAllText(Path.Combine(folder, "results.json"));
            Assert.DoesNotContain("NaN", text);
            Assert.DoesNotContain("Infinity", text);
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            Assert.Equal("rssp-verify/results/3", root.GetProperty("schema").GetString());
            Assert.Equal("quick", root.GetProperty("budget").GetProperty("name").GetString());
            Assert.Equal("2", root.GetProperty("masterSeed").GetString());
            var claims = root.GetProperty("claims").EnumerateArray().ToArray();
            Assert.Equal(ClaimCatalogue.All.Select(c => c.Key), claims.Select(c => c.GetProperty("key").GetString()));
            foreach (var c in claims)
            {
                var outcome = c.GetProperty("outcome").GetString();
                Assert.Contains(outcome, new[] { "holds", "refuted", "inconclusive", "estimated" });
                // An estimate carries its constant, and only an estimate does.
                Assert.Equal(outcome == "estimated", c.GetProperty("estimate").ValueKind == JsonValueKind.Object);
                Assert.True(c.GetProperty("instances").GetInt64() > 0);
                foreach (var name in new[] { "id", "variant", "kind", "statement", "method", "summary", "replay" })
                    Assert.False(string.IsNullOrEmpty(c.GetProperty(name).GetString()), name);
                var target = c.GetProperty("target");
                Assert.Contains(target.GetProperty("kind").GetString(), new[] { "statement", "proofStep", "construction", "reading" });
                Assert.False(string.IsNullOrEmpty(target.GetProperty("detail").GetString()));
                var tightness = c.GetProperty("tightness");
                Assert.True(tightness.ValueKind == JsonValueKind.Null || tightness.GetProperty("where").GetString() is { Length: > 0 });
                // The report runs every claim's statement mutants with it: one entry per declared mutant, in order.
                var declared = ClaimCatalogue.All.Single(x => x.Key == c.GetProperty("key").GetString()).Mutants.Select(m => m.Name);
                Assert.Equal(declared, c.GetProperty("mutants").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
            }
            // … and writes the power table from them, with a section of its own.
            using (var power = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "power.json"))))
                Assert.Equal(claims.Length, power.RootElement.GetProperty("claims").GetArrayLength());
            Assert.StartsWith("claim,claim_outcome,mutant,", File.ReadAllText(Path.Combine(folder, "power.csv")));
            Assert.Contains("## <a id=\"power\"></a>Power by statement mutants", File.ReadAllText(Path.Combine(folder, "report.md")));
            // The claims without power are PowerTests' list (at seed 1; the same at this seed), in the catalogue's order.
            var without = ClaimCatalogue.All.Select(c => c.Key).Where(PowerTests.WithoutPowerAtQuickBudget.Contains).ToArray();
            Assert.Contains(without.Length == 0 ? "every claim with mutants has power" : $"without power: {string.Join("; ", without)}.",
                File.ReadAllText(Path.Combine(folder, "report.md")));

            var refuted = claims.Where(c => c.GetProperty("outcome").GetString() == "refuted").Select(c => c.GetProperty("key").GetString()!).ToArray();
            Assert.NotEmpty(refuted);
            var markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            // Every claim has an anchor, and its summary row links to it; the refuted ones are listed in the headline.
            foreach (var key in claims.Select(c => c.GetProperty("key").GetString()!))
            {
                var anchor = ReportDocument.Slug(key);
                foreach (var doc in new[] { markdown, html })
                    Assert.Contains($"<a id=\"{anchor}\"></a>", doc);
                Assert.Contains($"](#{anchor})", markdown);
                Assert.Contains($"href=\"#{anchor}\"", html);
            }
            // The headline counts refutations by what they are about, and each refuted claim's section says which.
            Assert.Contains("statements false as printed: ", markdown);
            Assert.Contains("- **Refuted:** construction falls short", markdown);
            // The summary is a table per chapter whose verdict cells carry the verdict as class, one row per claim,
            // each chapter's refuted rows first.
            Assert.Matches("<table>\\s*<thead>\\s*<tr>\\s*<th>claim</th>\\s*<th>about</th>\\s*<th>kind</th>\\s*<th>verdict</th>\\s*<th>tightness</th>\\s*<th>evidence</th>\\s*</tr>\\s*</thead>", html);
            var cells = Regex.Matches(html, "<td class=\"(\\w+)\"><strong>(\\w+)</strong></td>").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToArray();
            Assert.Equal(claims.Select(c => c.GetProperty("outcome").GetString()).Select(o => $"{o} {o}").Order(), cells.Order());
            Assert.DoesNotContain("| --- |", html);
            // Notation is MathML in the page and Unicode in report.md; neither has TeX-like scripts.
            Assert.Contains("<math>", html);
            foreach (var doc in new[] { markdown, html }) Assert.DoesNotMatch(@"[_^]\{", doc);
            var widths = CsvFiles.Read<WidthRow>(Path.Combine(folder, "widths.csv"));
            Assert.Contains(widths, w => double.IsFinite(w.Low) && double.IsFinite(w.High));
            Assert.Contains(widths, w => double.IsNaN(w.Low) && double.IsNaN(w.High));
            Assert.Contains("**Reproduce with:** `dotnet run -c Release --project Reports -- --quick --seed 2`", markdown);
        }
    }

    /// <summary>The number of fields of every record of a CSV file after its header, as CsvHelper reads them.</summary>
    private static List<int> FieldCounts(string path)
    {
        using var csv = CsvReader.FromText(File.ReadAllText(path), CsvReaderOptions.Default with { Separator = ',' });
        var counts = new List<int>();
        while (csv.Read()) counts.Add(csv.FieldCount);
        return counts;
    }

    [Fact]
    public void An_unwritable_output_folder_gets_one_line_before_any_claim_runs()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, Cli.Run(["--quick", "--out", "/proc/rssp-cannot-write-here"], output, error));
        Assert.StartsWith("error: cannot write the report", error.ToString());
        Assert.Empty(output.ToString());
    }
}
