using ScottPlot;
using Rssp.Theory.Bounds;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Output;

/// <summary>The report's figures (PNG, with the bundled DejaVu Sans so text renders the same everywhere) and
/// the CSV behind each. Every figure has axes with units, a legend, and confidence bands where they apply.</summary>
public static class Figures
{
    private const string FontName = "DejaVu Sans";

    /// <summary>A figure's files: the PNG, the SVG beside it (which index.html shows), and the CSV of its data.</summary>
    public sealed record Figure(string Png, string Csv, string Caption, string? Svg = null);

    public static IReadOnlyList<Figure> Write(string folder, IReadOnlyList<ClaimResult> results, RunInfo run)
    {
        var font = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
        if (File.Exists(font)) Fonts.AddFontFile(FontName, font);
        // A figure is drawn when the run checked a claim it illustrates (every figure for the whole catalogue, only the
        // related ones for --only).
        var ids = results.Select(r => r.Claim.Id).ToHashSet();
        var section41 = results.FirstOrDefault(r => r.Claim.Key == Section41.SubsetSumWidth.Key);
        var figures = new (string[] Ids, Func<Figure> Draw)[]
            {
                (["Theorem 6", "Remark 7", "Proof of Theorem 6"], () => Coverage(folder, run)),
                (["Proposition 16"], () => Growth(folder, run)),
                (["Proposition 18"], () => Proposition18(folder, run)),
                (["Proposition 33"], () => Proposition33(folder, run)),
                (["Proposition 32", "Theorem 31"], () => CertifiedErrors(folder, run)),
                ([Section41.SubsetSumWidth.Id], () => Widths(folder, run, section41)),
            }
            .Where(f => f.Ids.Any(ids.Contains)).Select(f => f.Draw()).ToList();
        foreach (var (key, name, title, y) in new[]
                 {
                     (Proposition20.Printed.Key, "proposition20", "Proposition 20: probability against its bound, per grid point", "probability"),
                     (Lemma23.Printed.Key, "lemma23", "Lemma 23 as printed: probability against its bound (7/8)^{n−τ}", "probability"),
                     (Lemma23.MarkovStep.Key, "lemma23-markov", "Lemma 23 with the Markov step's factor 1/ε: probability against its bound", "probability"),
                 })
            if (results.FirstOrDefault(r => r.Claim.Key == key) is { Verdict.Observations.Count: > 0 } result)
                figures.Add(Observations(folder, name, title, y, result));
        if (results.FirstOrDefault(r => r.Claim.Key == Theorem6.Constant.Key) is { } theorem6)
            figures.Add(PathFigure.Write(folder, "constant", "Theorem 6: n*(ε) against ln(1/ε), every ε",
                Theorem6.Paths.Sample(run.MasterSeed, Theorem6.Paths.StreamsFor(run.Budget.Trials), CatalogueRun.AlphaPerClaim(run.Budget)), PathFigure.Lueker,
                $"(n*(ε) − 1)/ln(1/ε) and n*(ε)/ln(1/ε) over ε, exact step curves from ε-paths (no ε grid); the smallest C of Theorem 6 is the sup of the first ({theorem6.Verdict.Summary}). "
                + (results.Any(r => r.Claim.Key == Theorem6.SmallEps.Key) ? "Below the paths' floor, diamonds: the same ratio at the jumps placed by rare-event simulation (Theorem 6 [small ε by rare-event simulation]). " : "")
                + "The Chapter 3 proof's constant with its steps made explicit (742.27 printed), 456 as ε → 0 and 779–802 as a sup over (0, 1/3) (Remark 7 [the proof's constant: limit, reach of 742.27, sup]), is far above the chart.",
                results.Any(r => r.Claim.Key == Theorem6.SmallEps.Key)
                    ? Theorem6.Rare.Sample(run.MasterSeed, RareExperiment.StreamsFor(run.Budget.Trials), RareExperiment.ReachFor(run.Budget.Trials), CatalogueRun.AlphaPerClaim(run.Budget))
                    : null));
        if (results.FirstOrDefault(r => r.Claim.Key == Corollary10.Constant.Key) is { } corollary10)
            figures.Add(PathFigure.Write(folder, "constant-corollary10", "Corollary 10 (product of uniforms on [−½, ½]): n*(ε) against ln(1/ε)",
                Corollary10.Paths.Sample(run.MasterSeed, Corollary10.Paths.StreamsFor(run.Budget.Trials), CatalogueRun.AlphaPerClaim(run.Budget)), PathFigure.Lueker,
                $"As for Theorem 6, for C_{{1/2,(log 2)/2}} ({corollary10.Verdict.Summary})."));
        figures.AddRange(FilterFigure.Write(folder, run, ids));
        if (ids.Contains(Theorem6.Constant.Id) || ids.Contains(Corollary10.Constant.Id))
            figures.Add(PathFigure.Laws(folder, run.MasterSeed, Math.Max(1000, run.Budget.Trials / 4)));
        return figures;
    }

    /// <summary>A plot with the bundled font and a colour-blind-safe palette (Okabe and Ito's, as Wong gives it, which
    /// ScottPlot calls ColorblindFriendly); title and axis labels are notation.</summary>
    internal static Plot NewPlot(string title, string x, string y)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Add.Palette = new ScottPlot.Palettes.ColorblindFriendly();
        plot.Title(Notation.Unicode(title));
        plot.XLabel(Notation.Unicode(x));
        plot.YLabel(Notation.Unicode(y));
        return plot;
    }

    private static Figure Coverage(string folder, RunInfo run)
    {
        var curves = FigureData.Coverage(run.MasterSeed, Math.Max(200, run.Budget.Trials / 10), [0.1, 0.01, 1e-3, 1e-4]);
        var plot = NewPlot("Coverage probability against sample size", "n (number of samples)", "Pr(T_ε ≤ n)");
        var rows = new List<CoverageRow>();
        foreach (var c in curves)
        {
            var xs = c.N.Select(n => (double)n).ToArray();
            var band = plot.Add.FillY(xs, c.Low.ToArray(), c.High.ToArray());
            var line = plot.Add.Scatter(xs, c.Probability.ToArray());
            line.LegendText = $"ε = {c.Eps:G2} (95% band)";
            line.MarkerSize = 0;
            line.ConnectStyle = ConnectStyle.StepHorizontal;   // Pr(T_ε ≤ n) is a step function of n
            band.FillColor = line.Color.WithAlpha(0.2);
            band.LineWidth = 0;
            rows.AddRange(c.N.Select((n, i) => new CoverageRow(c.Eps, n, c.Probability[i], c.Low[i], c.High[i])));
        }
        plot.ShowLegend(Edge.Right);
        return Save(folder, "coverage", plot, rows,
            "Pr(T_ε ≤ n): the probability that n Unif([−1, 1]) samples make every z ∈ [−1, 1] ε-approximable, with pointwise 95% Clopper–Pearson bands.");
    }

    private static Figure Growth(string folder, RunInfo run)
    {
        var points = FigureData.Growth(run.MasterSeed, 800);
        var plot = NewPlot("Expected one-step growth (Proposition 16)", "Z_n (density of ε-approximable values)", "E[Z_{n+1} | X_1..X_n] / Z_n");
        var dots = plot.Add.ScatterPoints(points.Select(p => p.Zn).ToArray(), points.Select(p => p.Ratio).ToArray());
        dots.LegendText = "exact, per instance";
        var zs = Enumerable.Range(0, 101).Select(i => i / 100.0).ToArray();
        var bound = plot.Add.Scatter(zs, zs.Select(z => 1 + (1 - z) / 4).ToArray());
        bound.LegendText = Notation.Unicode("Proposition 16: 1 + (1 − Z_n)/4");
        bound.MarkerSize = 0;
        plot.ShowLegend(Edge.Bottom);
        return Save(folder, "growth", plot, points.Select(p => new GrowthRow(p.Zn, p.Ratio)),
            "E[Z_{n+1} | X_1..X_n]/Z_n computed exactly at random instances, against Proposition 16's lower bound 1 + (1 − Z_n)/4.");
    }

    /// <summary>A probabilistic claim's grid: the estimate with its confidence interval (vertical bar) and the bound per
    /// grid point (numbered as in the CSV, which names each point).</summary>
    private static Figure Observations(string folder, string name, string title, string yLabel, ClaimResult result)
    {
        var obs = result.Verdict.Observations;
        var xs = obs.Select((_, i) => i + 1.0).ToArray();
        var (names, ticks) = GridAxis(obs.Select(o => o.Where).ToArray());
        var plot = NewPlot(title, names, yLabel);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, ticks);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        // Room for the rotated tick labels below the axis and for the axis label under them (ScottPlot does not measure them).
        plot.Axes.Bottom.MinimumSize = 20 + 7 * ticks.Max(t => t.Length);
        var est = plot.Add.ScatterPoints(xs, obs.Select(o => o.Estimate).ToArray());
        est.LegendText = "estimate, with its confidence interval";
        foreach (var (o, x) in obs.Zip(xs))
        {
            var bar = plot.Add.Line(x, o.Low, x, Math.Min(o.High, 1));
            bar.Color = est.Color;
        }
        var bound = plot.Add.ScatterPoints(xs, obs.Select(o => o.Bound).ToArray());
        bound.LegendText = "the statement's bound";
        bound.MarkerShape = MarkerShape.OpenSquare;
        var refuted = obs.Select((o, i) => (o, i)).Where(t => t.o.Outcome == Outcome.Refuted).ToArray();
        if (refuted.Length > 0)
        {
            var marks = plot.Add.ScatterPoints(refuted.Select(t => xs[t.i]).ToArray(), refuted.Select(t => t.o.Estimate).ToArray());
            marks.MarkerShape = MarkerShape.Eks;
            marks.MarkerSize = 14;
            marks.LegendText = "refuted here";
        }
        plot.ShowLegend(Edge.Bottom);
        return Save(folder, name, plot,
            obs.Select((o, i) => new ObservationRow(i + 1, o.Where, o.Trials, o.Estimate, o.Low, o.High, o.Bound, o.Outcome.ToString().ToLowerInvariant())),
            $"{result.Claim.Key}: per grid point the estimate with its confidence interval against the bound ({Listing.Word(result.Verdict.Outcome)}).");
    }

    /// <summary>A grid's points named on the x axis: "eps = 0.3, n = 7" for each point gives the axis label "grid point
    /// (ε, n)" and the tick "(0.3, 7)"; points not of that form are numbered.</summary>
    private static (string Label, string[] Ticks) GridAxis(IReadOnlyList<string> wheres)
    {
        static (string Name, string Value)[] Fields(string where) =>
            [.. where.Split(", ").Select(f => f.Split(" = ", 2)).Select(p => p.Length == 2 ? (Greek(p[0].Trim()), p[1].Trim()) : ("", p[0]))];
        var fields = wheres.Select(Fields).ToArray();
        var names = fields.Length == 0 ? [] : fields[0].Select(f => f.Name).ToArray();
        if (names.Length == 0 || names.Any(n => n.Length == 0) || fields.Any(f => !f.Select(x => x.Name).SequenceEqual(names)))
            return ("grid point (its values in the CSV)", [.. wheres.Select((_, i) => (i + 1).ToString())]);
        var values = fields.Select(f => f.Select(x => Greek(x.Value)).ToArray()).ToArray();
        return names.Length == 1
            ? (names[0], [.. values.Select(v => v[0])])
            : ($"grid point ({string.Join(", ", names)})", [.. values.Select(v => $"({string.Join(", ", v)})")]);
    }

    /// <summary>The grid's spelled-out Greek names as letters (eps → ε, beta → β, tau → τ).</summary>
    private static string Greek(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s, @"\b(eps|beta|tau|alpha|gamma|delta)\b", m => m.Value switch
        {
            "eps" => "ε", "beta" => "β", "tau" => "τ", "alpha" => "α", "gamma" => "γ", _ => "δ",
        });

    private static Figure Proposition18(string folder, RunInfo run)
    {
        var data = FigureData.Proposition18(run.MasterSeed, Math.Clamp(run.Budget.Instances / 2, 20, 1000));
        var plot = NewPlot("Proposition 18: one-step growth probability against β", "β", "Pr(Z_{n+1} ≥ (1 + β)Z_n | X_1..X_n)");
        foreach (var (ys, label) in new[] { (data.Minimum, $"exact, smallest over {data.Instances} instances with Z_n ≤ ½"), (data.Median, "exact, median over the instances"), (data.Bound, "Proposition 18: p_β = 1 − 7/(8(1 − β))") })
        {
            var line = plot.Add.Scatter(data.Beta.ToArray(), ys.ToArray());
            line.LegendText = Notation.Unicode(label);
            line.MarkerSize = 0;
        }
        plot.ShowLegend(Edge.Bottom);
        return Save(folder, "proposition18", plot, data.Beta.Select((b, i) => new Proposition18Row(b, data.Minimum[i], data.Median[i], data.Bound[i])),
            "The exact conditional probability that Z_n grows by the factor 1 + β in one step (smallest and median over random instances with Z_n ≤ ½) against Proposition 18's bound p_β, over β ∈ (0, 1/8).");
    }

    private static Figure Proposition33(string folder, RunInfo run)
    {
        var points = FigureData.Proposition33(run.MasterSeed, Math.Clamp(run.Budget.Instances * 2, 200, 4000));
        var plot = NewPlot("Proposition 33: ‖K ∗ X‖_max / (‖K‖_1 ‖X‖_max)", "filter size d²·c0", "ratio (≤ 1 by Proposition 33)");
        LogTicks(plot.Axes.Bottom);
        var random = plot.Add.ScatterPoints(points.Select(p => Math.Log10(p.FilterSize)).ToArray(), points.Select(p => p.RandomRatio).ToArray());
        random.LegendText = "uniform X ∈ [−1, 1], signed K";
        var worst = plot.Add.ScatterPoints(points.Select(p => Math.Log10(p.FilterSize)).ToArray(), points.Select(p => p.WorstRatio).ToArray());
        worst.LegendText = "|K| at its worst 0/1 input (exact supremum)";
        var one = plot.Add.HorizontalLine(1);
        one.LegendText = "the bound";
        plot.ShowLegend(Edge.Bottom);
        return Save(folder, "proposition33", plot, points.Select(p => new Proposition33Row(p.FilterSize, p.RandomRatio, p.WorstRatio)),
            "How tight Proposition 33 is: at random inputs the ratio falls with the filter size; at the worst input of a one-signed filter it is exactly 1 (the input fits the filter).");
    }

    private static Figure CertifiedErrors(string folder, RunInfo run)
    {
        var draws = Math.Clamp(run.Budget.Instances / 50, 3, 50);
        var p32 = FigureData.Proposition32Errors(run.MasterSeed, draws);
        var t31 = FigureData.Theorem31Errors(run.MasterSeed, draws);
        var plot = NewPlot("Certified error of the pruning constructions against width", "width n (samples per entry; for Theorem 31, n_1)", "sup error");
        LogTicks(plot.Axes.Left);
        foreach (var (curve, label) in new[] { (p32, "Proposition 32 (d = 3, c = 2), exact sup error"), (t31, "Theorem 31 (3×3 kernels, channels 1, 2, 1), certified bound") })
        {
            var median = plot.Add.Scatter(curve.Width.ToArray(), curve.Median.Select(Log10).ToArray());
            median.LegendText = Notation.Unicode($"{label}: median of {draws} draws");
            var largest = plot.Add.Scatter(curve.Width.ToArray(), curve.Largest.Select(Log10).ToArray());
            largest.LegendText = $"{label}: largest";
            largest.LinePattern = LinePattern.Dashed;
        }
        var eps = plot.Add.HorizontalLine(Math.Log10(p32.Eps));
        eps.LegendText = "ε = 0.1";
        eps.Color = Colors.Black;
        eps.LinePattern = LinePattern.Dotted;
        plot.ShowLegend(Edge.Bottom);
        var rows = new[] { ("proposition32", p32), ("theorem31", t31) }
            .SelectMany(c => c.Item2.Width.Select((w, i) => new CertifiedErrorRow(c.Item1, w, c.Item2.Median[i], c.Item2.Largest[i])));
        return Save(folder, "certified-error", plot, rows,
            "The sup error over X ∈ [0, 1] of Proposition 32's construction (computed exactly) and Theorem 31's certified bound, against the width; the widths of Theorem 31 come from its formula with C from 1 to 8.");
    }

    private static Figure Widths(string folder, RunInfo run, ClaimResult? section41)
    {
        var trials = Math.Clamp(run.Budget.Trials / 200, 20, 2000);
        var data = FigureData.Section41(run.MasterSeed, trials);
        var plot = NewPlot("§4.1: random weights needed per target weight", "ε", "width");
        LogTicks(plot.Axes.Bottom);
        LogTicks(plot.Axes.Left);
        var lx = data.Eps.Select(Math.Log10).ToArray();
        foreach (var (ys, label) in new[] { (data.SingleBestStrict, "single best, probability 1 − ε (exact)"), (data.SingleBestHalf, "single best, probability ½ (exact)") })
        {
            var line = plot.Add.Scatter(lx, ys.Select(Math.Log10).ToArray());
            line.LegendText = Notation.Unicode(label);
            line.MarkerSize = 0;
        }
        var sx = data.SampledEps.Select(Math.Log10).ToArray();
        var median = plot.Add.Scatter(sx, data.SubsetMedian.Select(Math.Log10).ToArray());
        median.LegendText = Notation.Unicode($"subset sum: median of T_ε ({trials} trials)");
        var q90 = plot.Add.Scatter(sx, data.SubsetQuantile90.Select(Math.Log10).ToArray());
        q90.LegendText = Notation.Unicode("subset sum: 0.9-quantile of T_ε");
        var rows = new List<WidthRow>();
        if (section41 is { Verdict.Observations.Count: > 0 } r)
        {
            var eps = Section41.SubsetSumGrid;
            var strict = plot.Add.ScatterPoints(eps.Select(Math.Log10).ToArray(), r.Verdict.Observations.Select(o => Math.Log10(o.Estimate)).ToArray());
            strict.LegendText = Notation.Unicode("subset sum: (1 − ε)-quantile of T_ε (the claim's trials)");
            strict.MarkerShape = MarkerShape.FilledDiamond;
            strict.MarkerSize = 9;
            rows.AddRange(r.Verdict.Observations.Select((o, i) => new WidthRow("subset_sum_quantile_1_minus_eps", eps[i], o.Estimate, o.Low, o.High)));
        }
        var counting = plot.Add.Scatter(lx, data.Eps.Select(e => Math.Log10(Math.Log2(1 / e))).ToArray());
        counting.LegendText = "packing bound log₂(1/ε)";
        counting.MarkerSize = 0;
        counting.LinePattern = LinePattern.Dotted;
        plot.ShowLegend(Edge.Bottom);
        foreach (var (series, xs, ys) in new[]
                 {
                     ("single_best_prob_1_minus_eps", data.Eps, data.SingleBestStrict), ("single_best_prob_half", data.Eps, data.SingleBestHalf),
                     ("subset_sum_median", data.SampledEps, data.SubsetMedian), ("subset_sum_quantile_0.9", data.SampledEps, data.SubsetQuantile90),
                 })
            rows.AddRange(xs.Select((e, i) => new WidthRow(series, e, ys[i])));
        return Save(folder, "widths", plot, rows,
            "The width a target weight needs: Malach et al.'s single best weight (exact, worst target ±1) grows like 1/ε; the subset sum (every target at once) like log(1/ε), " +
            "just above the packing bound. The (1 − ε)-quantile of T_ε is shown where the budget's trials bound it (ε ≥ 1e−3); beyond, the median and 0.9-quantile.");
    }

    private static double Log10(double x) => Math.Log10(Math.Max(x, 1e-16));

    /// <summary>A log scale on an axis whose data are log10 values (see <see cref="LogTickGenerator"/>).</summary>
    internal static void LogTicks(IAxis axis) => axis.TickGenerator = new LogTickGenerator();

    /// <summary>Ticks for an axis whose data are log10 values: major ticks at whole powers labelled 10ᵏ, minor ticks at
    /// 2·10ᵏ … 9·10ᵏ. Where the visible range holds fewer than two whole powers, 2·10ᵏ, 3·10ᵏ and 5·10ᵏ are labelled too,
    /// all as decimals ("0.2", "0.3", "0.5", "1"), so that every log axis has at least two labels to read a value between; over many decades
    /// every second (third, …) power is labelled, at most about ten.</summary>
    internal sealed class LogTickGenerator : ITickGenerator
    {
        public Tick[] Ticks { get; set; } = [];

        public int MaxTickCount { get; set; } = 10_000;

        public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
        {
            var (lo, hi) = (Math.Min(range.Min, range.Max), Math.Max(range.Min, range.Max));
            if (!double.IsFinite(lo) || !double.IsFinite(hi)) { Ticks = []; return; }
            var (first, last) = ((int)Math.Floor(lo), (int)Math.Ceiling(hi));
            var powers = Enumerable.Range(first, last - first + 1).Count(k => k >= lo && k <= hi);
            var every = Math.Max(1, (int)Math.Ceiling(powers / 10.0));
            var ticks = new List<Tick>();
            for (var k = first; k <= last && ticks.Count < MaxTickCount; k++)
                for (var m = 1; m <= 9; m++)
                {
                    var x = k + Math.Log10(m);
                    if (x < lo || x > hi) continue;
                    if (powers < 2 && m is 1 or 2 or 3 or 5) ticks.Add(Tick.Major(x, Decimal(m, k)));
                    else if (m == 1 && k % every == 0) ticks.Add(Tick.Major(x, Power(k)));
                    else ticks.Add(Tick.Minor(x));
                }
            Ticks = [.. ticks];
        }

        private static string Power(int k) => Notation.Unicode($"10^{{{k.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}").Replace("-", "−");

        private static string Decimal(int m, int k) => Math.Abs(k) <= 3
            ? (m * Math.Pow(10, k)).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)
            : m == 1 ? Power(k) : $"{m}·{Power(k)}";
    }

    /// <summary>A constant's figure: n*/scale per grid point with its interval, against log10 ε when the grid is one
    /// of ε alone, against the grid point's number otherwise; Theorem 6 and Corollary 10 with Lueker's constants and
    /// the counting bound.</summary>
    public static Figure ConstantFigure(string folder, string name, Claim constant, IReadOnlyList<ConstantPoint> points, Verdict verdict, string caption)
    {
        var obs = verdict.Observations;
        var byEps = points.Select(p => p.Eps).Distinct().Count() == points.Count && points.All(p => p.Scale == Math.Log(1 / p.Eps));
        var xs = byEps ? points.Select(p => Math.Log10(p.Eps)).ToArray() : points.Select((_, g) => g + 1.0).ToArray();
        var plot = NewPlot($"Empirical constant: {constant.Key}", byEps ? "ε (log scale)" : "grid point (see the CSV for its shape and ε)",
            $"n* / {constant.Experiment!.ScaleName}");
        if (byEps) LogTicks(plot.Axes.Bottom);
        var est = plot.Add.Scatter(xs, obs.Select(o => o.Estimate).ToArray());
        est.LegendText = "(1 − ε)-quantile over the scale";
        var finite = obs.Select((o, i) => (o, i)).Where(t => double.IsFinite(t.o.High)).ToArray();
        if (finite.Length > 0)
        {
            var bars = plot.Add.FillY(finite.Select(t => xs[t.i]).ToArray(), finite.Select(t => t.o.Low).ToArray(), finite.Select(t => t.o.High).ToArray());
            bars.FillColor = bars.FillColor.WithAlpha(0.25);
            bars.LegendText = "order-statistic interval";
        }
        if (constant.Key == Theorem6.Constant.Key || constant.Key == Corollary10.Constant.Key)
            foreach (var (value, label) in new[] { (CoverageConstants.LuekerNaturalLog, "Lueker, log natural: 4"), (CoverageConstants.LuekerBinaryLog, "Lueker, log base 2: 4.885"), (1 / Math.Log(2), "counting bound log₂(1/ε)/ln(1/ε)") })
            {
                var line = plot.Add.HorizontalLine(value);
                line.LegendText = Notation.Unicode(label);
            }
        plot.ShowLegend(Edge.Right);
        return Save(folder, name, plot,
            obs.Select((o, g) => new ConstantRow(points[g].Label, points[g].Eps, points[g].Scale, o.Trials, o.Estimate, o.Low, o.High)),
            caption, 1100);
    }

    /// <summary>The figure as PNG and SVG (width × 560 px) with its data as CSV.</summary>
    internal static Figure Save<TRow>(string folder, string name, Plot plot, IEnumerable<TRow> csvRows, string caption, int width = 900)
    {
        var png = Path.Combine(folder, name + ".png");
        var csv = Path.Combine(folder, name + ".csv");
        var svg = Path.Combine(folder, name + ".svg");
        plot.SavePng(png, width, 560);
        plot.SaveSvg(svg, width, 560);
        CsvFiles.Write(csv, csvRows);
        return new(png, csv, caption, svg);
    }
}
