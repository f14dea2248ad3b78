using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rssp.Reports.Output;
using Rssp.Reports.Runs;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Tests;

/// <summary>The files' formats: CSV through CsvHelper, run.json and constant.json as records, index.html rendered from
/// report.md by Markdig.</summary>
public class FormatTests
{
    [Fact]
    public void A_figure_csv_whose_label_has_a_comma_and_a_quote_round_trips_through_the_reader()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp);
        ConstantPoint[] points = [new("eps = 0.1, \"tight\"", 0.1, Math.Log(10), _ => 0), new("plain", 0.01, Math.Log(100), _ => 0)];
        Observation[] observations =
        [
            new("a", 10, 1.5, 1.25, double.PositiveInfinity, 0, Outcome.Inconclusive),
            new("b", 20, 2.0 / 3, 0.1 + 0.2, 0.75, 0, Outcome.Holds),
        ];
        Verdict verdict = new Verdict.Inconclusive(new Evidence(30, null, "", new ReplayToken.MasterSeed(1), observations, "summary"));

        var figure = Figures.ConstantFigure(temp, "constant", Theorem6.Constant, points, verdict, "caption");

        Assert.Equal("point,eps,scale,trials,ratio,low,high", File.ReadLines(figure.Csv).First());
        var rows = CsvFiles.Read<ConstantRow>(figure.Csv);
        Assert.Equal(points.Select(p => p.Label), rows.Select(r => r.Point));
        Assert.Equal(points.Select(p => p.Scale), rows.Select(r => r.Scale));
        Assert.Equal(new[] { 10L, 20L }, rows.Select(r => r.Trials));
        Assert.Equal(new[] { 1.5, 2.0 / 3 }, rows.Select(r => r.Ratio));
        Assert.Equal(new[] { 1.25, 0.1 + 0.2 }, rows.Select(r => r.Low));
        Assert.True(double.IsNaN(rows[0].High));   // unbounded: an empty cell
        Assert.Equal(0.75, rows[1].High);
    }

    private static readonly TrialRow[] Trials =
    [
        new(0, 0, 0.1 + 0.2), new(0, 1, 1.0 / 3), new(0, 2, double.Epsilon), new(0, 3, double.MaxValue),
        new(1, 0, -0.0), new(1, 1, 1e21), new(1, 2, Math.PI), new(1, 5, 17),
    ];

    private static string TrialsFile(TempFolder temp)
    {
        Directory.CreateDirectory(temp);
        var path = Path.Combine(temp, EstimateRun.TrialsFile);
        using var log = AppendLog.CreateText(path, CsvFiles.Format<TrialRow>([], header: true));
        log.AppendText(CsvFiles.Format(Trials[..3], header: false));
        log.AppendText(CsvFiles.Format(Trials[3..], header: false));
        return path;
    }

    [Fact]
    public void Trials_written_then_read_are_the_same_values_bit_for_bit_and_a_torn_last_line_is_dropped()
    {
        using var temp = new TempFolder();
        var path = TrialsFile(temp);
        File.AppendAllText(path, "1,7,0.12");   // a kill mid-write

        Assert.Equal("point,trial,value", File.ReadLines(path).First());
        var read = EstimateRun.ReadTrials(path, points: 2);
        Assert.Equal(Trials.Length, read.Count);
        Assert.All(Trials, t => Assert.Equal(BitConverter.DoubleToInt64Bits(t.Value), BitConverter.DoubleToInt64Bits(read[(t.Point, t.Trial)])));
        Assert.False(read.ContainsKey((1, 7)));
    }

    [Theory]
    [InlineData("1,8,abc\n", "line 10")]
    [InlineData("1,8\n", "line 10")]
    [InlineData("1,8,0.5,2\n", "line 10")]
    [InlineData("2,8,0.5\n", "line 10")]
    [InlineData("1,8,NaN\n", "line 10")]
    [InlineData("1,0,0.5\n", "appears twice")]
    public void A_malformed_trial_is_an_error_naming_the_file_and_line(string line, string expected)
    {
        using var temp = new TempFolder();
        var path = TrialsFile(temp);
        File.AppendAllText(path, line);
        var e = Assert.Throws<IOException>(() => EstimateRun.ReadTrials(path, points: 2));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_file_with_another_header_is_not_a_trials_file()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp);
        var path = Path.Combine(temp, EstimateRun.TrialsFile);
        File.WriteAllText(path, "point,trial,val\n0,0,1\n");
        Assert.Contains("not a trials file", Assert.Throws<IOException>(() => EstimateRun.ReadTrials(path, points: 1)).Message);
    }

    private static readonly EstimateSettings Settings = new(ConstantCommand.Named("theorem6")!, 9, 100, [0.2, 0.05], 0.95, new Shard(0, 2));

    [Fact]
    public void A_manifest_differing_only_in_its_shard_merges_and_one_differing_in_seed_does_not()
    {
        var first = EstimateRun.Manifest(Settings);
        var second = EstimateRun.Manifest(Settings with { Shard = new Shard(1, 2) });
        var otherSeed = EstimateRun.Manifest(Settings with { Seed = 10, Shard = new Shard(1, 2) });

        Assert.NotEqual(first, second);
        Assert.True(first.SameRunAs(second));
        Assert.False(first.SameRunAs(otherSeed));
        ShardMerge.CheckShards(["s0", "s1"], [first, second], m => m.Shard, (a, b) => a.SameRunAs(b));
        var e = Assert.Throws<IOException>(() => ShardMerge.CheckShards(["s0", "s1"], [first, otherSeed], m => m.Shard, (a, b) => a.SameRunAs(b)));
        Assert.Contains("other settings", e.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_manifest_read_back_from_run_json_equals_the_one_written(bool withEps)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp);
        var path = Path.Combine(temp, EstimateRun.ManifestFile);
        var manifest = EstimateRun.Manifest(withEps ? Settings : Settings with { Eps = null });
        EstimateRun.WriteManifest(path, manifest);

        Assert.Equal(manifest, EstimateRun.ReadManifest(path));
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(new[] { "schema", "statement", "claim", "seed", "trials", "eps", "confidence", "points", "build", "shard" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rssp-verify/estimate-c-run/1", root.GetProperty("schema").GetString());
        Assert.Equal("9", root.GetProperty("seed").GetString());
        Assert.Equal("0/2", root.GetProperty("shard").GetString());
        Assert.Equal(withEps ? JsonValueKind.Array : JsonValueKind.Null, root.GetProperty("eps").ValueKind);
        Assert.Equal(Settings.Points.Select(p => p.Label), root.GetProperty("points").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Text_with_markdown_characters_renders_as_itself_in_a_table_cell_and_a_paragraph()
    {
        const string tricky = "a | b *c* _d_ `e` {i} x^2^ ~s~ $m$ <b>t</b> &amp; [l](u) ==k== ++i++ \"\"q\"\" back\\slash C_{a,b} T_ε Z̄_n";
        var html = ReportDocument.Html($"| head |\n| --- |\n| {ReportDocument.Text(tricky + "\nnext")} |\n\n{ReportDocument.Paragraph("1. not a list")}\n\n{ReportDocument.Paragraph("- nor this")}\n");
        var cell = Regex.Match(html, "<td>(.*?)</td>").Groups[1].Value;
        Assert.Equal(tricky + " next", WebUtility.HtmlDecode(cell));
        Assert.Contains("<p>1. not a list</p>", html);
        Assert.Contains("<p>- nor this</p>", html);
    }

    /// <summary>A log axis (log10 data) labels its whole powers as 10ᵏ; one that holds fewer than two whole powers labels
    /// 1, 2, 3 and 5 times a power as decimals, so that no log axis has a single label.</summary>
    [Theory]
    [InlineData(-6.2, -0.9, "10⁻⁶ 10⁻⁵ 10⁻⁴ 10⁻³ 10⁻² 10⁻¹")]
    [InlineData(-0.62, 0.02, "0.3 0.5 1")]
    [InlineData(-1.5, -0.9, "0.05 0.1")]
    [InlineData(-7.6, -6.9, "3·10⁻⁸ 5·10⁻⁸ 10⁻⁷")]
    [InlineData(-30, 0, "10⁻²⁸ 10⁻²⁴ 10⁻²⁰ 10⁻¹⁶ 10⁻¹² 10⁻⁸ 10⁻⁴ 10⁰")]
    public void A_log_axis_has_at_least_two_labels(double lo, double hi, string labels)
    {
        var ticks = new Figures.LogTickGenerator();
        ticks.Regenerate(new ScottPlot.CoordinateRange(lo, hi), ScottPlot.Edge.Bottom, new ScottPlot.PixelLength(800), null!, new ScottPlot.LabelStyle());
        Assert.Equal(labels, string.Join(" ", ticks.Ticks.Where(t => t.IsMajor).Select(t => t.Label)));
        Assert.All(ticks.Ticks, t => Assert.InRange(t.Position, lo, hi));
    }
}

/// <summary>A verdict of every kind comes back from its claims.jsonl line as it went in.</summary>
public class ClaimJsonTests
{
    public static TheoryData<int> Kinds => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_journal_line_reads_back_the_verdict_it_wrote(int kind)
    {
        var claim = Verification.Catalogue.ClaimCatalogue.All[kind * 5];
        Observation[] observations =
        [
            new("eps = 0.1", 40, 0.25, 0.125, double.PositiveInfinity, 0.5, Outcome.Inconclusive),
            new("a computed value", 1, 456.4, 456.4, 456.4, double.NaN, Outcome.Estimated) { Exact = true },
        ];
        var evidence = new Evidence(40, -0.5, "the worst", kind == 0 ? new ReplayToken.FsCheckPair(7, 9) : new ReplayToken.MasterSeed(3), observations, "summary");
        Verdict verdict = kind switch
        {
            0 => new Verdict.Refuted(evidence, "x = 1"),
            1 => new Verdict.Holds(evidence),
            2 => new Verdict.Inconclusive(evidence),
            _ => new Verdict.Estimated(evidence, new ConstantEstimate(5.5, "eps = 0.3", 5.25, double.PositiveInfinity)),
        };
        var written = new Verification.Catalogue.ClaimResult(claim, verdict, TimeSpan.FromSeconds(1.5));
        var line = System.Text.Json.JsonSerializer.Serialize(ClaimJson.Of(written), ReportJson.Compact.ClaimJson);
        var read = System.Text.Json.JsonSerializer.Deserialize(line, ReportJson.Compact.ClaimJson)!.ToResult();
        Assert.Equal(claim.Key, read.Claim.Key);
        Assert.Equal(verdict, read.Verdict);
        Assert.Equal(written.Elapsed, read.Elapsed);
        Assert.DoesNotContain("Infinity", line);
    }
}

/// <summary>The notation's two renderings: Unicode scripts where every character has one, _(…)/^(…) otherwise; MathML
/// elements for each scripted token; text and numbers as a reader writes them; anchors unique over the catalogue.</summary>
public class NotationTests
{
    [Theory]
    [InlineData("Z_{n+1} ≥ Z_n", "Zₙ₊₁ ≥ Zₙ")]
    [InlineData("E[Z_{n+1} | X_1..X_n]", "E[Zₙ₊₁ | X₁..Xₙ]")]
    [InlineData("(7/8)^{n−τ}", "(7/8)^(n−τ)")]
    [InlineData("C_{a,b}", "C_(a,b)")]
    [InlineData("V_{1,1,t,1}", "V_(1,1,t,1)")]
    [InlineData("‖K‖_1·‖X‖_max", "‖K‖₁·‖X‖ₘₐₓ")]
    [InlineData("∫_{−1}^{1} f", "∫₋₁¹ f")]
    [InlineData("N_0^{(S)}(X)", "N₀^(S)(X)")]
    [InlineData("sup_x f and Z̄_n", "supₓ f and Z̄ₙ")]
    [InlineData("a_ b and snake_case_name", "a_ b and snake_case_name")]
    [InlineData("((K^(ℓ)) ∗ X))_{r,s}", "((K^(ℓ)) ∗ X))_(r,s)")]
    [InlineData("margin -6.106E-16, error 1E-06", "margin −6.106·10⁻¹⁶, error 10⁻⁶")]
    public void Unicode_renders_scripts_and_numbers(string notation, string unicode) => Assert.Equal(unicode, Notation.Unicode(notation));

    [Fact]
    public void MathMl_renders_each_scripted_token_and_escapes_the_rest()
    {
        Assert.Equal("Pr(<math><msub><mi>Z</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msub></math> &lt; 1)", Notation.MathMl("Pr(Z_{n+1} < 1)"));
        Assert.Equal("<math><msubsup><mo>∫</mo><mrow><mo>−</mo><mn>1</mn></mrow><mn>1</mn></msubsup></math>", Notation.MathMl("∫_{−1}^{1}"));
        Assert.Equal("<math><msup><mrow><mo>(</mo><mn>7</mn><mo>/</mo><mn>8</mn><mo>)</mo></mrow><mrow><mi>n</mi><mo>−</mo><mi>τ</mi></mrow></msup></math>",
            Notation.MathMl("(7/8)^{n−τ}"));
        // For Markdown, ASCII punctuation inside the math is an entity, so Markdig renders it as itself.
        Assert.Contains("<mo>&#43;</mo>", Notation.MathMl("Z_{n+1}", forMarkdown: true));
    }

    [Fact]
    public void Every_claim_has_its_own_anchor() =>
        Assert.Equal(ClaimCatalogue.All.Count, ClaimCatalogue.All.Select(c => ReportDocument.Slug(c.Key)).Distinct().Count());
}
