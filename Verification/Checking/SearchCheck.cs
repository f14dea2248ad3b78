using Rssp.Verification.Experiments;

namespace Rssp.Verification.Checking;

/// <summary>A chapter-4 constant as a lower bound over the domain explored by an adaptive search
/// (<see cref="DomainSearch"/>). The sup of the statement runs over an unbounded domain, so the largest ratio found bounds
/// it from below; the interval is that of the sup over the explored domain (each point's interval at α/evaluations, the
/// evaluations fixed before the data). Outcome: estimated, never holds.</summary>
public static class SearchCheck
{
    /// <summary>Filter shapes (Proposition 32, Lemma 34), each shape's sup over ε exact from its ε-paths (<see cref="FilterSearch"/>).</summary>
    public static Verdict Filters(CheckContext context, FilterSearch search, string ratio)
    {
        var draws = FilterSearch.DrawsFor(context.Budget.Trials);
        var result = context.Cached((search, context.Budget.Trials), () =>
            search.Run(context.MasterSeed, context.Budget.Trials, context.Alpha, context.Cancel, () => context.Advance(1)));
        var observations = result.Evaluated.Select(e => new Observation($"{e.Point}: sup {ratio} {e.Where}",
            draws, e.Estimate, e.Low, e.High, double.NaN, double.IsFinite(e.High) ? Outcome.Estimated : Outcome.Inconclusive)).ToArray();
        return Found(context, result, observations, search.Domain, $"every ε of each shape's range from its paths; {Numbers.Count(draws, "draw")} per shape", $"sup {ratio}",
            e => $"{e.Point}, {e.Where}");
    }

    /// <summary>Points of a grid-free domain (Theorem 31's depth, kernel, channels and ε), each estimated by order
    /// statistics as <see cref="ConstantCheck"/> does; the evaluations are the start points and extra more.</summary>
    public static Verdict Points<TPoint>(CheckContext context, ConstantExperiment experiment, IReadOnlyList<TPoint> start, Func<TPoint, IEnumerable<TPoint>> around,
        Func<TPoint, ConstantPoint> at, int extra, string domain, string ratio) where TPoint : notnull
    {
        var evaluations = start.Count + extra;
        var observed = new Dictionary<TPoint, Observation>();
        var result = context.Cached((experiment, context.Budget.Trials), () => DomainSearch.Ascend(start, around, p =>
        {
            var point = at(p);
            var o = observed[p] = ConstantCheck.Observe(point, ConstantCheck.Sample(context, experiment, point), context.Alpha / evaluations);
            return new Evaluated<TPoint>(p, o.Estimate, o.Low, o.High, point.Label);
        }, evaluations));
        var observations = result.Evaluated.Select(e => observed.TryGetValue(e.Point, out var o) ? o
            : new Observation(e.Where, experiment.TrialsFor(context.Budget.Trials), e.Estimate, e.Low, e.High, double.NaN, Outcome.Estimated)).ToArray();
        return Found(context, result, observations, domain, $"{Numbers.Count(experiment.TrialsFor(context.Budget.Trials), "draw")} per point", ratio, e => e.Where);
    }

    private static Verdict Found<TPoint>(CheckContext context, SearchResult<TPoint> result, Observation[] observations, string domain, string per, string ratio,
        Func<Evaluated<TPoint>, string> where) where TPoint : notnull
    {
        var best = result.Best;
        var path = string.Join(" → ", result.Moves.Select(m => $"({m.Point}) {Numbers.Format(m.Estimate)}"));
        var at = where(best);
        var summary = $"lower bound over the explored domain ({Numbers.Count(result.Evaluated.Count, "point")} searched within {domain}; {per}): "
            + $"{ratio} ≥ {Numbers.Format(result.Low)} (error {Numbers.Format(context.Alpha)}), largest estimate {Numbers.Format(best.Estimate)} at {at} (the largest of many estimates leans high); "
            + $"interval of the sup over the explored domain {Numbers.Interval(result.Low, result.High)}; "
            + $"search path {path} ({(result.LocalMaximum ? "stopped at a local maximum" : "stopped at its budget of evaluations")})";
        return new Verdict.Estimated(new Evidence(observations.Sum(o => o.Trials), null, at, new ReplayToken.MasterSeed(context.MasterSeed), observations, summary),
            new ConstantEstimate(best.Estimate, at, result.Low, result.High) { OverExploredDomain = true });
    }
}
