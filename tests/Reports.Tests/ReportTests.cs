using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Rssp.Reports;
using Rssp.Reports.Output;
using Rssp.Verification.Catalogue;

namespace Rssp.Reports.Tests;

public class ReportTests
{
    [Fact]
    public void A_quick_report_writes_every_file_and_the_json_follows_its_schema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rssp-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            Assert.Equal(0, Cli.Run(["--quick", "--seed", "2", "--out", folder], output, error));
            Assert.Empty(error.ToString());
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
                Assert.Contains($"{figure}.png", File.ReadAllText(Path.Combine(folder, "index.html")));
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
            }

            var refuted = claims.Where(c => c.GetProperty("outcome").GetString() == "refuted").Select(c => c.GetProperty("key").GetString()!).ToArray();
            Assert.NotEmpty(refuted);
            var markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.All(refuted, key => Assert.Contains($"### {key}", markdown));
            Assert.Contains("statements false as printed: ", markdown);
            Assert.Contains("**Refuted:** construction falls short", markdown);
            Assert.Equal(refuted, Regex.Matches(html, "<h3[^>]*>(.*?)</h3>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            // The summary is Markdig's rendering of report.md's pipe table: a header row, then a row per claim whose
            // verdict cell carries the verdict as class.
            Assert.Matches("<table>\\s*<thead>\\s*<tr>\\s*<th>claim</th>\\s*<th>about</th>\\s*<th>kind</th>\\s*<th>verdict</th>\\s*<th>tightness</th>\\s*<th>evidence</th>\\s*<th>replay</th>\\s*</tr>\\s*</thead>", html);
            Assert.Equal(claims.Select(c => c.GetProperty("outcome").GetString()).Select(o => $"{o} {o}"),
                Regex.Matches(html, "<td class=\"(\\w+)\"><strong>(\\w+)</strong></td>").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
            Assert.DoesNotContain("| --- |", html);
            var widths = CsvFiles.Read<WidthRow>(Path.Combine(folder, "widths.csv"));
            Assert.Contains(widths, w => double.IsFinite(w.Low) && double.IsFinite(w.High));
            Assert.Contains(widths, w => double.IsNaN(w.Low) && double.IsNaN(w.High));
            Assert.Contains("Reproduce with: dotnet run -c Release --project Reports -- --quick --seed 2", markdown);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
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
