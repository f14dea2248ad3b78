using ScottPlot;
using ScottPlot.TickGenerators;
using Rssp.Theory.Bounds;
using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;

namespace Rssp.Reports.Output;

/// <summary>A constant's exact step curves from ε-paths: (n*(ε) − 1)/ln(1/ε) (whose sup is the smallest C of the
/// statement) and n*(ε)/ln(1/ε) over ε on a log axis, each a sawtooth that rises within a piece [ε_n, ε_{n−1}) and drops
/// at its jump; the band holds n*(ε) between the n its jumps' intervals allow; printed constants as lines; the sup marked.
/// Below the paths' floor, when given, the rare-event jumps (<see cref="RareJumps"/>): the ratio (n*(ε) − 1)/ln(1/ε) at
/// each resolved jump with its interval, marked as importance-sampled. PNG and SVG, the pieces in the CSV (a column says
/// which rows are the rare-event ones).</summary>
public static class PathFigure
{
    public static Figures.Figure Write(string folder, string name, string title, CoveringPaths paths, IReadOnlyList<(string Label, double Value)> printed, string caption,
        RareJumps? rare = null)
    {
        var plot = Figures.NewPlot(title, "ε (log scale)", "ratio to ln(1/ε)");
        var grid = Grid(paths);
        int? N(double eps, Func<Crossing.Result, double> pick) => PathFigure.N(paths, eps, pick);
        var xs = grid.Select(Math.Log10).ToArray();
        foreach (var (offset, ratio, meaning) in new[] { (1, "(n*(ε) − 1)/ln(1/ε)", ": C of the statement"), (0, "n*(ε)/ln(1/ε)", "") })
        {
            double Ratio(int? n, double eps) => n is int k ? (k - offset) / Math.Log(1 / eps) : double.NaN;
            var lows = grid.Select(e => Ratio(N(e, j => j.Low), e)).ToArray();
            var highs = grid.Select(e => Ratio(N(e, j => j.High), e)).ToArray();
            var keep = Enumerable.Range(0, grid.Length).Where(i => double.IsFinite(lows[i]) && double.IsFinite(highs[i])).ToArray();
            // The curve and its band share one colour of the palette, so each band reads as its curve's.
            var color = plot.Add.GetNextColor();
            var band = plot.Add.FillY(keep.Select(i => xs[i]).ToArray(), keep.Select(i => lows[i]).ToArray(), keep.Select(i => highs[i]).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            band.LegendText = $"{ratio}: band (the jumps' intervals)";
            var curve = plot.Add.Scatter(xs, grid.Select(e => Ratio(N(e, j => j.Estimate), e)).ToArray());
            curve.Color = color;
            curve.MarkerSize = 0;
            curve.LineWidth = 1.5f;
            curve.LegendText = ratio + meaning;
        }
        var rarePoints = rare?.Resolved.Where(p => p.Jump.Estimate < paths.Floor).OrderBy(p => p.Jump.Estimate).ToArray() ?? [];
        if (rarePoints.Length > 0) AddRare(plot, rarePoints, rare!);
        var sup = paths.Sup(1);
        if (sup.N > 0)
        {
            var mark = plot.Add.Marker(Math.Log10(Math.Min(sup.Eps, paths.EpsMax)), sup.Estimate);
            mark.MarkerSize = 12;
            mark.MarkerShape = MarkerShape.OpenCircle;
            mark.MarkerLineWidth = 2;
            mark.Color = Colors.Black;
            mark.LegendText = $"sup: C ≈ {sup.Estimate:G4} as ε ↑ {sup.Eps:G3} [{sup.Low:G4}, {sup.High:G4}]";
        }
        AddLines(plot, printed);
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        var rows = paths.Jumps.Select((j, n) => new PathJumpRow(n + 1, j.Estimate, j.Low, j.High,
                n == 0 && j.Estimate <= 0 ? double.NaN : n / Math.Log(1 / Math.Min(j.Estimate, paths.EpsMax)),
                (n + 1) / Math.Log(1 / Math.Min(j.Estimate, paths.EpsMax)), j.Estimate > paths.Floor, "paths"))
            .Concat(rarePoints.Select(p => new PathJumpRow(p.N + 1, p.Jump.Estimate, p.Jump.Low, p.Jump.High, p.Ratio, (p.N + 1) / Math.Log(1 / p.Jump.Estimate), true, "rare-event")))
            .ToArray();
        return Figures.Save(folder, name, plot, rows, caption, 1100);
    }

    /// <summary>The rare-event points: (n*(ε) − 1)/ln(1/ε) as ε ↑ each resolved jump (the ratio rises with ε on each
    /// piece), as diamonds, with a band from the jumps' interval ends, in a colour of their own.</summary>
    private static void AddRare(Plot plot, IReadOnlyList<RareJumps.Point> points, RareJumps rare)
    {
        // Vermillion: no other curve of these figures uses it, so the rare-event band is not read as a path curve's.
        var color = new ScottPlot.Palettes.ColorblindFriendly().GetColor(6);
        var xs = points.Select(p => Math.Log10(p.Jump.Estimate)).ToArray();
        var band = plot.Add.FillY(xs, points.Select(p => p.RatioLow).ToArray(), points.Select(p => p.RatioHigh).ToArray());
        band.FillColor = color.WithAlpha(0.2);
        band.LineWidth = 0;
        band.LegendText = Notation.Numbers($"rare-event band (all jumps at once, α = {rare.Alpha:G2})");
        var marks = plot.Add.Scatter(xs, points.Select(p => p.Ratio).ToArray());
        marks.Color = color;
        marks.LineWidth = 0;
        marks.MarkerSize = 6;
        marks.MarkerShape = MarkerShape.FilledDiamond;
        marks.LegendText = $"rare-event jumps ({rare.Streams} streams): (n*(ε) − 1)/ln(1/ε)";
    }

    /// <summary>estimate-c --rare's figure: the rare-event points alone over ε on a log axis, with the printed constants
    /// and the counting bound; PNG, SVG and the jumps in the CSV.</summary>
    public static Figures.Figure Rare(string folder, string title, RareJumps rare, IReadOnlyList<(string Label, double Value)> printed, string caption)
    {
        var plot = Figures.NewPlot(title, "ε (log scale)", "(n*(ε) − 1)/ln(1/ε)");
        var points = rare.Resolved.OrderBy(p => p.Jump.Estimate).ToArray();
        if (points.Length > 0) AddRare(plot, points, rare);
        AddLines(plot, printed);
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, "rare", plot,
            points.Select(p => new PathJumpRow(p.N + 1, p.Jump.Estimate, p.Jump.Low, p.Jump.High, p.Ratio, (p.N + 1) / Math.Log(1 / p.Jump.Estimate), true, "rare-event")),
            caption, 1100);
    }

    /// <summary>The printed constants as dashed lines and the counting bound log₂(1/ε)/ln(1/ε) dotted.</summary>
    private static void AddLines(Plot plot, IReadOnlyList<(string Label, double Value)> printed)
    {
        foreach (var (text, value) in printed)
        {
            var line = plot.Add.HorizontalLine(value);
            line.LegendText = text;
            line.LinePattern = LinePattern.Dashed;
        }
        var counting = plot.Add.HorizontalLine(1 / Math.Log(2));
        counting.LegendText = "counting bound log₂(1/ε)/ln(1/ε)";
        counting.LinePattern = LinePattern.Dotted;
    }

    /// <summary>(n*(ε) − 1)/ln(1/ε) under each law of <see cref="SampleLaw.Keys"/> on [−½, ½] (variance 1/3 for the Gaussian
    /// and the Laplace law, that of Unif([−1, 1])), each from its own ε-paths at error 0.05; PNG, SVG and the jumps in the CSV.</summary>
    public static Figures.Figure Laws(string folder, ulong masterSeed, int streams)
    {
        var plot = Figures.NewPlot("n*(ε) under several laws of the samples, target [−½, ½]", "ε (log scale)", "(n*(ε) − 1)/ln(1/ε)");
        var rows = new List<LawJumpRow>();
        foreach (var key in SampleLaw.Keys)
        {
            var law = SampleLaw.Of(key)!;
            var paths = law.Paths(0.5).Sample(masterSeed, streams, 0.05);
            var grid = Grid(paths);
            var curve = plot.Add.Scatter(grid.Select(Math.Log10).ToArray(), grid.Select(e => N(paths, e, j => j.Estimate) is int n ? (n - 1) / Math.Log(1 / e) : double.NaN).ToArray());
            curve.MarkerSize = 0;
            curve.LineWidth = 1.5f;
            var sup = paths.Sup(1);
            curve.LegendText = $"{law.Description}: C ≈ {sup.Estimate:G3} [{sup.Low:G3}, {(double.IsFinite(sup.High) ? sup.High.ToString("G3") : "∞")}]";
            rows.AddRange(paths.Jumps.Select((j, n) => new LawJumpRow(key, n, j.Estimate, j.Low, j.High)));
        }
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, "laws", plot, rows, $"(n*(ε) − 1)/ln(1/ε), exact step curves from {streams} streams per law on [−½, ½] (95% intervals of the sup in the legend): "
                             + "an atom at 0 (V·U⁺) or mass near 0 (the product) needs more samples per unit of ln(1/ε).", 1100);
    }

    /// <summary>ε from the floor to ε_max, log-spaced, plus each jump and a point just below it, so that every drop is drawn
    /// where it is.</summary>
    private static double[] Grid(CoveringPaths paths)
    {
        var (lo, hi) = (Math.Log10(paths.Floor), Math.Log10(paths.EpsMax));
        return Enumerable.Range(0, 1201).Select(i => Math.Pow(10, lo + (hi - lo) * i / 1200))
            .Concat(paths.Jumps.Select(j => j.Estimate).Where(e => e > paths.Floor && e < paths.EpsMax).SelectMany(e => new[] { e, e * (1 - 1e-9) }))
            .Where(e => e >= paths.Floor && e < paths.EpsMax).Order().ToArray();
    }

    /// <summary>The n with pick(ε_n) ≤ ε first: n*(ε) by the jumps' estimates, or their Low or High ends.</summary>
    private static int? N(CoveringPaths paths, double eps, Func<Crossing.Result, double> pick)
    {
        for (var n = 0; n < paths.Family; n++)
            if (pick(paths.Jumps[n]) <= eps) return n;
        return null;
    }

    /// <summary>Lueker's two readings of 2(1 + log e), for Theorem 6's and Corollary 10's figures.</summary>
    public static IReadOnlyList<(string, double)> Lueker { get; } =
        [("Lueker 2(1 + ln e) = 4", CoverageConstants.LuekerNaturalLog), ("Lueker 2(1 + log₂ e) ≈ 4.885", CoverageConstants.LuekerBinaryLog)];
}
