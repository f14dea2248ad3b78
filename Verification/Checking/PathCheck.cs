using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Checking;

/// <summary>Constants from ε-paths (<see cref="PathExperiment"/>): the smallest C under the statement's quantifiers, no
/// ε grid, with an interval that covers it on [floor, ε_max); printed sample sizes checked against n*(ε); and the ratio
/// below plain Monte Carlo's reach by rare-event simulation (<see cref="RareExperiment"/>).</summary>
public static class PathCheck
{
    /// <summary>C = sup over ε ∈ [floor, ε_max) of (n*(ε) − offset)/ln(1/ε): offset 1 is the smallest C for which
    /// "n ≥ C ln(1/ε) ⇒ Pr(cover) ≥ 1 − ε" holds at every such ε (n is an integer: every n ≥ C ln(1/ε) is at least
    /// n*(ε) iff C ln(1/ε) &gt; n*(ε) − 1); offset 0 is sup n*(ε)/ln(1/ε). Outcome: estimated, never holds.</summary>
    public static Verdict Estimate(CheckContext context, PathExperiment experiment, int offset, string what)
    {
        var paths = Sample(context, experiment);
        var sup = paths.Sup(offset);
        var observations = Observations(paths, offset);
        var at = $"ε ↑ ε_{sup.N - 1} = {Numbers.Format(sup.Eps)} (n*(ε) = {sup.N} just below it)";
        return new Verdict.Estimated(new Evidence(paths.Streams, null, at, new ReplayToken.MasterSeed(context.MasterSeed), observations,
                $"{what} ≈ {Numbers.Format(sup.Estimate)}, approached as {at}; interval {Numbers.Interval(sup.Low, sup.High)} (error {context.Alpha:G2}), "
                + $"sup over ε ∈ [{sup.Floor:G3}, {experiment.EpsMax:G3}) from {paths.Streams} streams{Outside(paths)}"),
            new ConstantEstimate(sup.Estimate, at, sup.Low, sup.High));
    }

    /// <summary>"n ≥ size(ε) samples cover with probability ≥ 1 − ε for every ε ∈ (0, ε_max)" (size decreasing in ε):
    /// refuted when some jump's Low end already gives a negative margin (the counterexample: n − 1 = ⌈size(ε)⌉ samples at
    /// ε just below ε_{n−1}); holds on [floor, ε_max) when every High end gives a margin ≥ 0; else inconclusive.</summary>
    public static Verdict Compare(CheckContext context, PathExperiment experiment, Func<double, double> size, string sizeName)
    {
        var paths = Sample(context, experiment);
        var (estimate, low, high) = paths.Margins(size);
        var observations = Observations(paths, 1);
        var range = $"ε ∈ [{paths.Floor:G3}, {experiment.EpsMax:G3})";
        // Tightness: n*(ε) − 1 (what the size must exceed) over the size, at the top of each piece in range (its worst ε).
        var tightness = Tightness.Worst(InRange(paths).Select(t => (Tightness.RatioOf(t.N - 1, size(Math.Min(t.Jump.Estimate, paths.EpsMax)), Side.AtMost),
            $"n*(ε) = {t.N} just below ε_{t.N - 1} = {Numbers.Format(Math.Min(t.Jump.Estimate, paths.EpsMax))}")));
        var evidence = new Evidence(paths.Streams, estimate.Value, $"n*(ε) = {estimate.N} just below ε_{estimate.N - 1} = {Numbers.Format(estimate.Eps)}",
            new ReplayToken.MasterSeed(context.MasterSeed), observations,
            $"{sizeName} − (n*(ε) − 1) ≥ {Numbers.Format(estimate.Value)} over {range} (estimate; at the jumps' confidence ends {Numbers.Format(low.Value)} … {Numbers.Format(high.Value)}) from {paths.Streams} streams{Outside(paths)}")
            { Tightness = tightness };
        if (low.Value < 0)
            return new Verdict.Refuted(evidence,
                $"at ε just below ε_{low.N - 1} ≥ {Numbers.Format(low.Eps)} (error {context.Alpha:G2}), n = ⌈{sizeName}⌉ = {low.N - 1 + (int)Math.Ceiling(low.Value)} samples, but n*(ε) = {low.N}: Pr(T_ε ≤ {low.N - 1 + (int)Math.Ceiling(low.Value)}) < 1 − ε (master seed {context.MasterSeed})");
        return high.Value >= 0 ? new Verdict.Holds(evidence) : new Verdict.Inconclusive(evidence);
    }

    /// <summary>An asymptotic constant lim sup_{ε→0} (n*(ε) − offset)/ln(1/ε), as far as the data reach: the ratio at the
    /// jumps in the lowest decade of ε reached, beside the printed values. Below the paths' floor, when the rare-event
    /// experiment is given, its jumps are used (offset 1 only). Outcome: estimated (finite ε cannot decide a limit).</summary>
    public static Verdict Tail(CheckContext context, PathExperiment experiment, int offset, IReadOnlyList<(string Name, double Value)> printed, RareExperiment? rare = null)
    {
        var paths = Sample(context, experiment);
        if (rare is not null && offset == 1 && Sample(context, rare) is var jumps && jumps.Reach < paths.Floor)
            return Decade(context, RarePoints(jumps), printed, offset, jumps.Streams, $"{jumps.Streams} importance-sampled streams (ε-paths reach {paths.Floor:G3} only)", nominal: true);
        var points = Observations(paths, offset).Zip(InRange(paths))
            .Where(p => p.Second.Jump.Low > paths.Floor).Select(p => (p.First, p.Second.Jump.Estimate)).ToArray();
        if (10 * paths.Floor > experiment.EpsMax / 10) points = [];
        return Decade(context, points, printed, offset, paths.Streams, $"{paths.Streams} streams");
    }

    /// <summary>Theorem 6 below plain Monte Carlo's reach: (n*(ε) − 1)/ln(1/ε) as ε ↑ ε_n at every jump the importance
    /// sampling resolves, the ε reached, and whether the ratio settles over its lowest decade (the lowest decade's ratios
    /// against the decade above: "still falling" when the lower one's intervals lie wholly below, "no change detectable"
    /// when they overlap, with both decades' mean estimates), beside the printed
    /// asymptotic constants. Outcome: estimated; the estimate is the ratio at the lowest jump reached.</summary>
    public static Verdict Rare(CheckContext context, RareExperiment rare, IReadOnlyList<(string Name, double Value)> printed)
    {
        var jumps = Sample(context, rare);
        var points = RarePoints(jumps);
        if (points.Length == 0) return Decade(context, points, printed, 1, jumps.Streams, $"{jumps.Streams} importance-sampled streams", nominal: true);
        var lowest = points.Min(p => p.Eps);
        var (deep, above) = (points.Where(p => p.Eps <= 10 * lowest).ToArray(), points.Where(p => p.Eps > 10 * lowest && p.Eps <= 100 * lowest).ToArray());
        var trend = above.Length == 0 ? "no decade above it to compare"
            : deep.Max(p => p.Point.High) < above.Min(p => p.Point.Low) ? $"still falling: every ratio of the lowest decade lies below every one of the decade above (up to ε = {Numbers.Format(above.Max(p => p.Eps))})"
            : deep.Min(p => p.Point.Low) > above.Max(p => p.Point.High) ? "rising again below the decade above"
            : $"no change detectable at this error over ε ∈ [{Numbers.Format(lowest)}, {Numbers.Format(above.Max(p => p.Eps))}] (the two lowest decades' intervals overlap; "
              + $"their estimates {Numbers.Format(above.Average(p => p.Point.Estimate))} above and {Numbers.Format(deep.Average(p => p.Point.Estimate))} below, on average)";
        var verdict = (Verdict.Estimated)Decade(context, points, printed, 1, jumps.Streams, $"{jumps.Streams} importance-sampled streams, reach ε ≈ {Numbers.Format(lowest)}; {trend}", nominal: true);
        return new Verdict.Estimated(verdict.Evidence with { Observations = [.. points.Select(p => p.Point)] }, verdict.Estimate);
    }

    /// <summary>The ratio over the lowest decade of the points (each an observation and its jump's ε), beside the printed
    /// values; inconclusive when there is no point.</summary>
    /// <param name="nominal">whether the intervals are nominal (importance sampling's normal approximation; see TailCrossing).</param>
    private static Verdict Decade(CheckContext context, IReadOnlyList<(Observation Point, double Eps)> points, IReadOnlyList<(string Name, double Value)> printed, int offset, int streams, string source,
        bool nominal = false)
    {
        if (points.Count == 0)
            return new Verdict.Inconclusive(new Evidence(streams, null, "none", new ReplayToken.MasterSeed(context.MasterSeed), [],
                $"no jump of n*(ε) in a decade of small ε (below 1/30) is placed surely at this budget ({source})"));
        var lowest = points.Min(p => p.Eps);
        var tail = points.Where(p => p.Eps <= 10 * lowest).OrderByDescending(p => p.Eps).ToArray();
        var deepest = tail[^1].Point;
        var (low, high) = (tail.Min(t => t.Point.Low), tail.Max(t => t.Point.High));
        var compared = string.Join("; ", printed.Select(p => $"{p.Name} = {Numbers.Format(p.Value)}: {(high < p.Value ? "above the ratio there" : low > p.Value ? "below the ratio there" : "within its interval")}"));
        var at = $"ε ∈ [{lowest:G3}, {tail[0].Eps:G3}]";
        return new Verdict.Estimated(new Evidence(streams, null, deepest.Where, new ReplayToken.MasterSeed(context.MasterSeed), [.. tail.Select(t => t.Point)],
                $"(n*(ε) − {offset})/ln(1/ε) at the jumps with {at} (the lowest decade reached): {Numbers.Format(tail.Min(t => t.Point.Estimate))} … {Numbers.Format(tail.Max(t => t.Point.Estimate))}, "
                + $"interval {Numbers.Interval(low, high)} ({(nominal ? "nominal error" : "error")} {context.Alpha:G2}); {compared}; from {source}"),
            new ConstantEstimate(deepest.Estimate, deepest.Where, low, high));
    }

    private static CoveringPaths Sample(CheckContext context, PathExperiment experiment) =>
        experiment.Sample(context.MasterSeed, experiment.StreamsFor(context.Budget.Trials), context.Alpha, context.Advance, context.Cancel);

    private static RareJumps Sample(CheckContext context, RareExperiment rare) =>
        rare.Sample(context.MasterSeed, RareExperiment.StreamsFor(context.Budget.Trials), RareExperiment.ReachFor(context.Budget.Trials), context.Alpha, context.Cancel, context.Advance);

    /// <summary>One observation per resolved rare-event jump ε_N: the ratio N/ln(1/ε_N) that (n*(ε) − 1)/ln(1/ε) approaches
    /// as ε ↑ ε_N, with its interval.</summary>
    private static (Observation Point, double Eps)[] RarePoints(RareJumps jumps) =>
    [
        .. jumps.Resolved.Select(p => (new Observation(
                $"n*(ε) = {p.N + 1} just below ε_{p.N} = {Numbers.Format(p.Jump.Estimate)} in {Numbers.Interval(p.Jump.Low, p.Jump.High)} ({p.Jump.Hits} hits)",
                jumps.Streams, p.Ratio, p.RatioLow, p.RatioHigh, double.NaN, Outcome.Estimated), p.Jump.Estimate)),
    ];

    /// <summary>One observation per piece in range (<see cref="InRange"/>): ε_{n−1} with its interval, and the piece's ratio
    /// sup. A ratio is a constant's point, with no bound (NaN: null in results.json).</summary>
    private static Observation[] Observations(CoveringPaths paths, int offset) =>
    [
        .. InRange(paths).Select(t =>
            new Observation($"n*(ε) = {t.N} on [ε_{t.N}, ε_{t.N - 1}), ε_{t.N - 1} {Jump(t.Jump, paths.EpsMax)}",
                paths.Streams, Ratio(t.N - offset, t.Jump.Estimate, paths.EpsMax), Ratio(t.N - offset, t.Jump.Low, paths.EpsMax),
                Ratio(t.N - offset, t.Jump.High, paths.EpsMax), double.NaN, Outcome.Estimated)),
    ];

    /// <summary>The pieces n*(ε) = N on [ε_N, ε_{N−1}) that reach into the statement's range above the floor: N ≥ 2,
    /// ε_{N−1} above the floor, and ε_N not surely at or above ε_max (its interval's low end below it). A piece wholly above
    /// ε_max (for Theorem 6, n* = 2 … 5 above 1/3) lies outside the statement's range: it is not listed.</summary>
    private static IEnumerable<(Crossing.Result Jump, int N)> InRange(CoveringPaths paths) =>
        paths.Jumps.Select((j, m) => (Jump: j, N: m + 1))
            .Where(t => t.N >= 2 && t.Jump.Estimate > paths.Floor && !(t.N < paths.Jumps.Count && paths.Jumps[t.N].Low >= paths.EpsMax));

    /// <summary>"; the pieces n*(ε) = 2 … 5 lie wholly above ε = 0.3333, outside the statement's range (not listed)", or "".</summary>
    private static string Outside(CoveringPaths paths)
    {
        var above = Enumerable.Range(2, Math.Max(0, paths.Jumps.Count - 2)).Where(n => paths.Jumps[n].Low >= paths.EpsMax).ToArray();
        return above.Length == 0 ? ""
            : $"; the pieces n*(ε) = {(above.Length == 1 ? $"{above[0]}" : $"{above[0]} … {above[^1]}")} lie wholly above ε = {Numbers.Format(paths.EpsMax)}, outside the statement's range (not listed)";
    }

    private static string Jump(Crossing.Result j, double top) =>
        j.Low >= top ? $"≥ {Numbers.Format(top)}" : $"= {Numbers.Format(j.Estimate)} in [{Numbers.Format(j.Low)}, {(double.IsFinite(j.High) ? Numbers.Format(j.High) : $"≥ {Numbers.Format(top)}")}]";

    private static double Ratio(int n, double eps, double top) => eps <= 0 ? 0 : n / Math.Log(1 / Math.Min(eps, top));
}
