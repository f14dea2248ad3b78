using ScottPlot;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Output;

/// <summary>Chapter 4's filter constants (Proposition 32, Lemma 34) from their searches: the sup over ε of each shape
/// searched against K = d²c0c1, and the step curves (n*(ε) − 1)/ln(K/ε) of Proposition 32's shapes over ε, both on log
/// axes. PNG and SVG, the data in the CSV.</summary>
public static class FilterFigure
{
    /// <summary>The searches drawn: Proposition 32 in its intended reading (the printed one is +∞ at K = 1) and Lemma 34.</summary>
    private static IReadOnlyList<(string Label, FilterSearch Search)> Searches { get; } =
        [("Proposition 32, ε/(d²c) < 1/3: (n* − 1)/ln(K/ε)", Proposition32.Search(literal: false)), ("Lemma 34, level ε′: (n′* − 1/c1)/ln(K/ε′)", Lemma34.Search)];

    public static IReadOnlyList<Figures.Figure> Write(string folder, RunInfo run)
    {
        var alpha = CatalogueRun.AlphaPerClaim(run.Budget);
        var trials = run.Budget.Trials;
        return [Shapes(folder, run, alpha, trials), OverEps(folder, run, alpha, trials)];
    }

    private static Figures.Figure Shapes(string folder, RunInfo run, double alpha, int trials)
    {
        var plot = Figures.NewPlot("Chapter 4's filter constants: the sup over ε of each shape searched", "K = d²c0c1 (log scale)", "sup over ε of the ratio");
        var rows = new List<FilterShapeRow>();
        var palette = new ScottPlot.Palettes.ColorblindFriendly();
        var found = new List<(string Label, int Sets, int SmallestSets)>();
        foreach (var ((label, search), k) in Searches.Select((s, k) => (s, k)))
        {
            var result = search.Run(run.MasterSeed, trials, alpha);
            found.Add((label.Split(',')[0], result.Best.Point.Sets, result.Evaluated.Min(e => e.Point.Sets)));
            var shown = result.Evaluated.Where(e => double.IsFinite(e.Estimate)).ToArray();
            // the second series a little to the right, so that shapes with the same K do not hide each other
            var xs = shown.Select(e => Math.Log10(e.Point.Sets) + 0.01 * k).ToArray();
            var color = palette.GetColor(1 + 4 * k);
            var dots = plot.Add.ScatterPoints(xs, shown.Select(e => e.Estimate).ToArray());
            dots.Color = color;
            dots.LegendText = Notation.Unicode(label);
            foreach (var (e, x) in shown.Zip(xs))
            {
                var bar = plot.Add.Line(x, e.Low, x, double.IsFinite(e.High) ? e.High : e.Estimate);
                bar.Color = color;
            }
            var path = plot.Add.Scatter(result.Moves.Select(m => Math.Log10(m.Point.Sets) + 0.01 * k).ToArray(), result.Moves.Select(m => m.Estimate).ToArray());
            path.Color = color;
            path.LinePattern = LinePattern.Dashed;
            path.MarkerSize = 0;
            path.LegendText = "the search's path";
            rows.AddRange(result.Evaluated.Select(e => new FilterShapeRow(label, e.Point.ToString(), e.Point.Sets, e.Estimate, e.Low, e.High, e.Where,
                result.Moves.Any(m => m.Point == e.Point))));
        }
        var counting = plot.Add.HorizontalLine(1 / Math.Log(2));
        counting.LegendText = "counting bound 1/ln 2";
        counting.LinePattern = LinePattern.Dotted;
        counting.Color = Colors.Gray;
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, "filter-constants", plot, rows,
            "Chapter 4's filter constants as lower bounds over the explored domain: per shape searched, the sup over ε of the ratio (exact in ε from the covering event's ε-paths) "
            + "with its interval, against the number K = d²c0c1 of sample sets; dashed, the path of the adaptive search. "
            + string.Concat(found.Select(f => $"{f.Label}: the largest sup found is at K = {f.Sets} (smallest K searched: {f.SmallestSets}). "))
            + "Proposition 32 as printed (ε up to 1) is +∞ at K = 1 and is not drawn.", 1100);
    }

    private static Figures.Figure OverEps(string folder, RunInfo run, double alpha, int trials)
    {
        var (_, search) = Searches[0];
        var result = search.Run(run.MasterSeed, trials, alpha);
        var perShape = alpha / search.EvaluationsFor(trials);
        var plot = Figures.NewPlot("Proposition 32 (ε/(d²c) < 1/3): (n*(ε) − 1)/ln(d²c/ε) over ε, per shape", "ε (log scale)", "(n*(ε) − 1)/ln(d²c/ε)");
        var rows = new List<FilterJumpRow>();
        foreach (var shape in result.Evaluated.Select(e => e.Point).OrderBy(s => s.Sets))
        {
            var constant = search.Shape(run.MasterSeed, shape, FilterSearch.DrawsFor(trials), perShape);
            var (lo, hi) = (Math.Log10(constant.Floor), Math.Log10(constant.EpsMax));
            var grid = Enumerable.Range(0, 601).Select(i => Math.Pow(10, lo + (hi - lo) * i / 600))
                .Concat(constant.Jumps.Select(j => j.Estimate).Where(e => e > constant.Floor && e < constant.EpsMax).SelectMany(e => new[] { e, e * (1 - 1e-9) }))
                .Where(e => e >= constant.Floor && e < constant.EpsMax).Order().ToArray();
            var offset = search.Offset(shape);
            var ys = grid.Select(e => constant.NStar(e, j => j.Estimate) is int n ? constant.Ratio(n, e, offset) : double.NaN).ToArray();
            var curve = plot.Add.Scatter(grid.Select(Math.Log10).ToArray(), ys);
            curve.MarkerSize = 0;
            curve.LineWidth = 1.5f;
            curve.LegendText = $"d = {shape.D}, c = {shape.C0} (K = {shape.Sets})";
            rows.AddRange(constant.Jumps.Select((j, n) => new FilterJumpRow(shape.ToString(), n, j.Estimate, j.Low, j.High,
                n == 0 ? double.NaN : constant.Ratio(n, j.Estimate, offset), j.Estimate > constant.Floor)));
        }
        var best = result.Best;
        if (double.IsFinite(best.Estimate) && search.Shape(run.MasterSeed, best.Point, FilterSearch.DrawsFor(trials), perShape).Sup(search.Offset(best.Point)) is { N: > 0 } sup)
        {
            var mark = plot.Add.Marker(Math.Log10(Math.Min(sup.Eps, search.EpsMax(best.Point))), sup.Estimate);
            mark.MarkerSize = 12;
            mark.MarkerShape = MarkerShape.OpenCircle;
            mark.MarkerLineWidth = 2;
            mark.Color = Colors.Black;
            mark.LegendText = $"largest found: {sup.Estimate:G4} [{sup.Low:G4}, {sup.High:G4}] at d = {best.Point.D}, c = {best.Point.C0}";
        }
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, "filter-constants-eps", plot, rows,
            "The ratio of Proposition 32's constant over ε for each shape its search evaluated: exact step curves from the covering event's ε-paths (no ε grid), a sawtooth that "
            + "rises within each piece of n*(ε) and drops at its jump; each curve runs from its floor to the top of the reading's range, min(1, d²c/3).", 1100);
    }
}
