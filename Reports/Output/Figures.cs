using System.Globalization;
using ScottPlot;
using Rssp.Theory.Bounds;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Claims;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Output;

/// <summary>The report's figures (PNG, with the bundled DejaVu Sans so text renders the same everywhere) and
/// the CSV behind each. Every figure has axes with units, a legend, and confidence bands where they apply.</summary>
public static class Figures
{
    private const string FontName = "DejaVu Sans";

    public sealed record Figure(string Png, string Csv, string Caption);

    public static IReadOnlyList<Figure> Write(string folder, IReadOnlyList<ClaimResult> results, RunInfo run)
    {
        var font = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
        if (File.Exists(font)) Fonts.AddFontFile(FontName, font);
        var figures = new List<Figure> { Coverage(folder, run), Growth(folder, run) };
        if (results.FirstOrDefault(r => r.Claim.Key == Constants.Theorem6.ClaimKey) is { } theorem6)
            figures.Add(ConstantFigure(folder, "constant", Constants.Theorem6, Constants.Theorem6.Grid(null), theorem6.Verdict,
                $"n*(ε)/ln(1/ε) per ε with its interval; the estimate of C is the maximum ({theorem6.Verdict.Summary}). The Chapter 3 proof's constant, ≈ 804 with its steps made explicit (742.27 printed), is far above the chart."));
        return figures;
    }

    private static Plot NewPlot(string title, string x, string y)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        return plot;
    }

    private static Figure Coverage(string folder, RunInfo run)
    {
        var curves = FigureData.Coverage(run.MasterSeed, Math.Max(200, run.Budget.Trials / 10), [0.1, 0.01, 1e-3, 1e-4]);
        var plot = NewPlot("Coverage probability against sample size", "n (number of samples)", "Pr(T_ε ≤ n)");
        var rows = new List<string> { "eps,n,probability,low95,high95" };
        foreach (var c in curves)
        {
            var xs = c.N.Select(n => (double)n).ToArray();
            var band = plot.Add.FillY(xs, c.Low, c.High);
            band.FillColor = band.FillColor.WithAlpha(0.25);
            var line = plot.Add.Scatter(xs, c.Probability);
            line.LegendText = $"ε = {c.Eps:G2} (95% band)";
            line.MarkerSize = 0;
            rows.AddRange(c.N.Select((n, i) => Csv(c.Eps, n, c.Probability[i], c.Low[i], c.High[i])));
        }
        plot.ShowLegend();
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
        bound.LegendText = "Proposition 16: 1 + (1 − Z_n)/4";
        bound.MarkerSize = 0;
        plot.ShowLegend(Alignment.UpperRight);
        return Save(folder, "growth", plot, ["zn,ratio", .. points.Select(p => Csv(p.Zn, p.Ratio))],
            "E[Z_{n+1} | X_1..X_n]/Z_n computed exactly at random instances, against Proposition 16's lower bound 1 + (1 − Z_n)/4.");
    }

    /// <summary>A constant's figure: n*/scale per grid point with its interval, against log10 ε when the grid is one
    /// of ε alone, against the grid point's number otherwise; Theorem 6 and Corollary 10 with Lueker's constants and
    /// the counting bound.</summary>
    public static Figure ConstantFigure(string folder, string name, ConstantExperiment experiment, IReadOnlyList<ConstantPoint> points, Verdict verdict, string caption)
    {
        var obs = verdict.Observations;
        var byEps = points.Select(p => p.Eps).Distinct().Count() == points.Count && points.All(p => p.Scale == Math.Log(1 / p.Eps));
        var xs = byEps ? points.Select(p => Math.Log10(p.Eps)).ToArray() : points.Select((_, g) => g + 1.0).ToArray();
        var plot = NewPlot($"Empirical constant: {experiment.ClaimKey}", byEps ? "log10 ε" : "grid point (see the CSV for its shape and ε)",
            $"n* / {experiment.ScaleName}");
        var est = plot.Add.Scatter(xs, obs.Select(o => o.Estimate).ToArray());
        est.LegendText = "(1 − ε)-quantile over the scale";
        var finite = obs.Select((o, i) => (o, i)).Where(t => double.IsFinite(t.o.High)).ToArray();
        if (finite.Length > 0)
        {
            var bars = plot.Add.FillY(finite.Select(t => xs[t.i]).ToArray(), finite.Select(t => t.o.Low).ToArray(), finite.Select(t => t.o.High).ToArray());
            bars.FillColor = bars.FillColor.WithAlpha(0.25);
            bars.LegendText = "order-statistic interval";
        }
        if (experiment == Constants.Theorem6 || experiment == Constants.Corollary10)
            foreach (var (value, label) in new[] { (Remark7.LuekerNaturalLog, "Lueker, log natural: 4"), (Remark7.LuekerBinaryLog, "Lueker, log base 2: 4.885"), (1 / Math.Log(2), "counting bound log₂(1/ε)/ln(1/ε)") })
            {
                var line = plot.Add.HorizontalLine(value);
                line.LegendText = label;
            }
        plot.ShowLegend();
        return Save(folder, name, plot,
            ["point,eps,scale,trials,ratio,low,high", .. obs.Select((o, g) => $"\"{points[g].Label}\"," + Csv(points[g].Eps, points[g].Scale, o.Trials, o.Estimate, o.Low, o.High))],
            caption);
    }

    private static Figure Save(string folder, string name, Plot plot, IEnumerable<string> csvRows, string caption)
    {
        var png = Path.Combine(folder, name + ".png");
        var csv = Path.Combine(folder, name + ".csv");
        plot.SavePng(png, 900, 560);
        File.WriteAllLines(csv, csvRows);
        return new(png, csv, caption);
    }

    /// <summary>A CSV row; a value that is not finite is left empty.</summary>
    private static string Csv(params double[] values) =>
        string.Join(",", values.Select(v => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : ""));
}
