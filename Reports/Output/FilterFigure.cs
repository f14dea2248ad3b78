using ScottPlot;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Output;

/// <summary>Chapter 4's constants (Proposition 32, Lemma 34, Theorem 31) from their searches: the sup over ε of each shape
/// searched against the ratio's log argument K (d²c0c1 for a filter, ℓc²d² for Theorem 31's uniform networks), and the
/// step curves of the ratio over ε of Proposition 32's and Theorem 31's shapes, on log axes. PNG and SVG, the data in the CSV.</summary>
public static class FilterFigure
{
    /// <summary>A search drawn: the claim's id, its legend, and what the figures need of it, whatever its shapes.</summary>
    private sealed record Drawn(string Id, string Label, Func<ulong, int, double, SearchResult<CoveringShape>> Run,
        Func<CoveringShape, double> Offset, Func<CoveringShape, double> EpsMax, Func<ulong, CoveringShape, int, double, FilterConstant> Shape, Func<int, int> Evaluations);

    private static Drawn Of<TShape>(string id, string label, FilterSearch<TShape> search) where TShape : CoveringShape => new(id, label,
        (seed, trials, alpha) =>
        {
            var r = search.Run(seed, trials, alpha);
            return new(Cast(r.Evaluated), Cast(r.Moves), r.LocalMaximum);
        },
        s => search.Offset((TShape)s), s => search.EpsMax((TShape)s), (seed, s, draws, alpha) => search.Shape(seed, (TShape)s, draws, alpha), search.EvaluationsFor);

    private static Evaluated<CoveringShape>[] Cast<TShape>(IEnumerable<Evaluated<TShape>> e) where TShape : CoveringShape =>
        [.. e.Select(x => new Evaluated<CoveringShape>(x.Point, x.Estimate, x.Low, x.High, x.Where))];

    /// <summary>The searches drawn: Proposition 32 in its intended reading (the printed one is +∞ at K = 1), Lemma 34 and Theorem 31.</summary>
    private static IReadOnlyList<Drawn> Searches { get; } =
    [
        Of("Proposition 32", "Proposition 32, ε/(d²c) < 1/3: (n* − 1)/ln(K/ε)", Proposition32.Search(literal: false)),
        Of("Lemma 34", "Lemma 34, level ε′: (n′* − 1/c1)/ln(K/ε′)", Lemma34.Search),
        Of("Theorem 31", "Theorem 31, uniform shapes: (n′* − 1/c)/ln(K/ε), K = ℓc²d²", Theorem31.Search),
    ];

    /// <summary>The figures of the searches whose claims the run checked (ids).</summary>
    public static IReadOnlyList<Figures.Figure> Write(string folder, RunInfo run, IReadOnlySet<string> ids)
    {
        var alpha = CatalogueRun.AlphaPerClaim(run.Budget);
        var trials = run.Budget.Trials;
        var drawn = Searches.Where(s => ids.Contains(s.Id)).ToArray();
        if (drawn.Length == 0) return [];
        var figures = new List<Figures.Figure> { Shapes(folder, run, alpha, trials, drawn) };
        if (drawn.FirstOrDefault(s => s.Id == "Proposition 32") is { } p32)
            figures.Add(OverEps(folder, run, alpha, trials, p32, "filter-constants-eps", "Proposition 32 (ε/(d²c) < 1/3): (n*(ε) − 1)/ln(d²c/ε) over ε, per shape",
                "(n*(ε) − 1)/ln(d²c/ε)", s => s is FilterShape f ? $"d = {f.D}, c = {f.C0} (K = {f.Sets})" : s.ToString(),
                "The ratio of Proposition 32's constant over ε for each shape its search evaluated: exact step curves from the covering event's ε-paths (no ε grid), a sawtooth that "
                + "rises within each piece of n*(ε) and drops at its jump; each curve runs from its floor to the top of the reading's range, min(1, d²c/3)."));
        if (drawn.FirstOrDefault(s => s.Id == "Theorem 31") is { } t31)
            figures.Add(OverEps(folder, run, alpha, trials, t31, "network-constant-eps", "Theorem 31 (uniform shapes): (n′*(ε) − 1/c)/ln(ℓc²d²/ε) over ε, per shape",
                "(n′*(ε) − 1/c)/ln(ℓc²d²/ε)", s => $"{s} (K = {s.LogArgument})",
                "The ratio of Theorem 31's constant over ε for each uniform shape (ℓ, d, c) its search evaluated, n′*(ε) the (1 − ε)-quantile of the largest block max_i n′_i a draw needs: "
                + "exact step curves from the draws' ε-paths (no ε grid); each curve runs from its floor (at least 2ℓc²d²·10⁻³, per-entry precision 10⁻³) to the top of the proof's range, "
                + "min(1, 2ℓ·min(1, c²d²/3))."));
        return figures;
    }

    private static Figures.Figure Shapes(string folder, RunInfo run, double alpha, int trials, IReadOnlyList<Drawn> searches)
    {
        var plot = Figures.NewPlot("Chapter 4's constants: the sup over ε of each shape searched", "K = d²c0c1 (filters), K = ℓc²d² (Theorem 31) (log scale)", "sup over ε of the ratio");
        var rows = new List<FilterShapeRow>();
        var palette = new ScottPlot.Palettes.ColorblindFriendly();
        var found = new List<(string Label, int K, int SmallestK)>();
        foreach (var search in searches)
        {
            var (label, index) = (search.Label, Searches.ToList().IndexOf(search));
            var result = search.Run(run.MasterSeed, trials, alpha);
            found.Add((label.Split(',')[0], result.Best.Point.LogArgument, result.Evaluated.Min(e => e.Point.LogArgument)));
            var shown = result.Evaluated.Where(e => double.IsFinite(e.Estimate)).ToArray();
            // each series a little to the right of the previous, so that shapes with the same K do not hide each other
            var xs = shown.Select(e => Math.Log10(e.Point.LogArgument) + 0.01 * index).ToArray();
            var color = palette.GetColor(new[] { 1, 5, 3 }[index]);
            var dots = plot.Add.ScatterPoints(xs, shown.Select(e => e.Estimate).ToArray());
            dots.Color = color;
            dots.LegendText = Notation.Unicode(label);
            foreach (var (e, x) in shown.Zip(xs))
            {
                var bar = plot.Add.Line(x, e.Low, x, double.IsFinite(e.High) ? e.High : e.Estimate);
                bar.Color = color;
            }
            var path = plot.Add.Scatter(result.Moves.Select(m => Math.Log10(m.Point.LogArgument) + 0.01 * index).ToArray(), result.Moves.Select(m => m.Estimate).ToArray());
            path.Color = color;
            path.LinePattern = LinePattern.Dashed;
            path.MarkerSize = 0;
            path.LegendText = "the search's path";
            rows.AddRange(result.Evaluated.Select(e => new FilterShapeRow(label, e.Point.ToString(), e.Point.LogArgument, e.Estimate, e.Low, e.High, e.Where,
                result.Moves.Any(m => m.Point == e.Point))));
        }
        var counting = plot.Add.HorizontalLine(1 / Math.Log(2));
        counting.LegendText = "counting bound 1/ln 2";
        counting.LinePattern = LinePattern.Dotted;
        counting.Color = Colors.Gray;
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, "filter-constants", plot, rows,
            "Chapter 4's constants as lower bounds over the explored domain: per shape searched, the sup over ε of the ratio (exact in ε from the covering event's ε-paths) "
            + "with its interval, against the argument K of the ratio's logarithm (the number d²c0c1 of sample sets for Proposition 32 and Lemma 34; ℓc²d² for Theorem 31, "
            + "whose per-entry precision is ε/(2K)); dashed, the path of the adaptive search. "
            + string.Concat(found.Select(f => $"{f.Label}: the largest sup found is at K = {f.K} (smallest K searched: {f.SmallestK}). "))
            + "Proposition 32 as printed (ε up to 1) is +∞ at K = 1 and is not drawn.", 1100);
    }

    private static Figures.Figure OverEps(string folder, RunInfo run, double alpha, int trials, Drawn search, string name, string title, string ratio,
        Func<CoveringShape, string> legend, string caption)
    {
        var result = search.Run(run.MasterSeed, trials, alpha);
        var perShape = alpha / search.Evaluations(trials);
        var plot = Figures.NewPlot(title, "ε (log scale)", ratio);
        var rows = new List<FilterJumpRow>();
        foreach (var shape in result.Evaluated.Select(e => e.Point).OrderBy(s => s.LogArgument))
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
            curve.LegendText = legend(shape);
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
            mark.LegendText = $"largest found: {sup.Estimate:G4} [{sup.Low:G4}, {sup.High:G4}] at {legend(best.Point).Split(" (K")[0]}";
        }
        Figures.LogTicks(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return Figures.Save(folder, name, plot, rows, caption, 1100);
    }
}
