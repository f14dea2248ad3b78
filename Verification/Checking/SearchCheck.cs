using Rssp.Verification.Experiments;

namespace Rssp.Verification.Checking;

/// <summary>A chapter-4 constant as a lower bound over the domain explored by an adaptive search
/// (<see cref="DomainSearch"/>). The sup of the statement runs over an unbounded domain, so the largest ratio found bounds
/// it from below; the interval is that of the sup over the explored domain (each point's interval at α/evaluations, the
/// evaluations fixed before the data). Outcome: estimated, never holds.</summary>
public static class SearchCheck
{
    /// <summary>Shapes with an ε-path (Proposition 32's and Lemma 34's filters, Theorem 31's networks), each shape's sup over ε
    /// exact from its draws' paths (<see cref="FilterSearch{TShape}"/>).</summary>
    public static Verdict Filters<TShape>(CheckContext context, FilterSearch<TShape> search, string ratio) where TShape : CoveringShape
    {
        var draws = FilterSearch.DrawsFor(context.Budget.Trials);
        var result = context.Cached((search, context.Budget.Trials), () =>
            search.Run(context.MasterSeed, context.Budget.Trials, context.Alpha, context.Cancel, () => context.Advance(1)));
        var observations = result.Evaluated.Select(e => new Observation($"{e.Point}: sup {ratio} {e.Where}",
            draws, e.Estimate, e.Low, e.High, double.NaN, double.IsFinite(e.High) ? Outcome.Estimated : Outcome.Inconclusive)).ToArray();
        return Found(context, result, observations, search.Domain, $"every ε of each shape's range from its paths; {Numbers.Count(draws, "draw")} per shape", $"sup {ratio}",
            e => $"{e.Point}, {e.Where}");
    }

    /// <summary>An estimate in words: an infinite one is a ratio whose logarithm falls to 0 at the top of a shape's ε range
    /// while the count stays above its offset (K = 1, ε ↑ 1).</summary>
    private static string Value(double estimate) =>
        double.IsFinite(estimate) ? Numbers.Format(estimate) : "unbounded (its logarithm falls to 0 while n* stays above its offset)";

    private static Verdict Found<TPoint>(CheckContext context, SearchResult<TPoint> result, Observation[] observations, string domain, string per, string ratio,
        Func<Evaluated<TPoint>, string> where) where TPoint : notnull
    {
        var best = result.Best;
        var path = string.Join(" → ", result.Moves.Select(m => $"({m.Point}) {(double.IsFinite(m.Estimate) ? Numbers.Format(m.Estimate) : "unbounded")}"));
        var at = where(best);
        var summary = $"lower bound over the explored domain ({Numbers.Count(result.Evaluated.Count, "point")} searched within {domain}; {per}): "
            + $"{ratio} ≥ {Numbers.Format(result.Low)} (error {Numbers.Format(context.Alpha)}), largest estimate {Value(best.Estimate)} at {at} (the largest of many estimates leans high); "
            + $"interval of the sup over the explored domain {Numbers.Interval(result.Low, result.High)}; "
            + $"search path {path} ({(result.LocalMaximum ? "stopped at a local maximum" : "stopped at its budget of evaluations")})";
        return new Verdict.Estimated(new Evidence(observations.Sum(o => o.Trials), null, at, new ReplayToken.MasterSeed(context.MasterSeed), observations, summary),
            new ConstantEstimate(best.Estimate, at, result.Low, result.High) { OverExploredDomain = true });
    }
}
