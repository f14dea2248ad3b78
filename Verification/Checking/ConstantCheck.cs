using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Checking;

/// <summary>The estimate of an existential constant from sampled times (T_ε, the samples a draw needs, …): at each
/// grid point n*(ε), the (1 − ε)-quantile of the times, bounded by order statistics at the claim's error level split
/// over the points, less the point's offset (the statement's integer effect), over the point's scale; the constant is
/// the largest ratio over the grid, a lower bound of the sup over any domain that holds the grid.</summary>
public static class ConstantCheck
{
    /// <summary>Samples every point of the experiment's default grid at the budget's trials and estimates the constant.</summary>
    public static Verdict Estimate(CheckContext context, ConstantExperiment experiment, string what)
    {
        var points = experiment.Grid(null);
        return Estimate(context.Alpha, context.MasterSeed, points, g => Sample(context, experiment, points[g]), what);
    }

    /// <summary>The budget's trials of one point, reported to the context's progress as they finish.</summary>
    public static double[] Sample(CheckContext context, ConstantExperiment experiment, ConstantPoint point)
    {
        var trials = experiment.TrialsFor(context.Budget.Trials);
        return context.Cached((experiment, point.Label, trials), () =>
            experiment.Run(context.MasterSeed, point, 0, trials, context.Cancel, () => context.Advance(1)));
    }

    /// <summary>One point's ratio (quantile − offset)/scale with the order-statistic interval of the (1 − ε)-quantile at error α.</summary>
    public static Observation Observe(ConstantPoint point, double[] ts, double alpha)
    {
        var q = QuantileBounds.Of(ts, 1 - point.Eps, alpha);
        var low = Math.Max(0, (q.Low ?? 0) - point.Offset) / point.Scale;
        var high = q.High is double h ? (h - point.Offset) / point.Scale : double.PositiveInfinity;
        return new Observation($"{point.Label}: (1 − ε)-quantile {Numbers.Format(q.Estimate)}", ts.Length, (q.Estimate - point.Offset) / point.Scale, low, high, double.NaN,
            q.High is null ? Outcome.Inconclusive : Outcome.Estimated);
    }

    /// <summary>The estimate from the times of each point (however they were obtained: run here, resumed, merged).</summary>
    public static Verdict Estimate(double familyAlpha, ulong masterSeed, IReadOnlyList<ConstantPoint> points, Func<int, double[]> times, string what)
    {
        var alpha = FamilyWise.Share(familyAlpha, points.Count);
        var observations = points.Select((point, g) => Observe(point, times(g), alpha)).ToArray();
        var best = observations.MaxBy(o => o.Estimate)!;
        var estimate = new ConstantEstimate(best.Estimate, best.Where, observations.Max(o => o.Low), observations.Max(o => o.High));
        return new Verdict.Estimated(new Evidence(observations.Sum(o => o.Trials), null, best.Where, new ReplayToken.MasterSeed(masterSeed), observations,
            $"{what} C ≈ {Numbers.Format(best.Estimate)} (at {best.Where}), interval {Numbers.Interval(estimate.Low, estimate.High)}"), estimate);
    }
}

/// <summary>Constants from ε-paths (<see cref="PathExperiment"/>): the smallest C under the statement's quantifiers, no
/// ε grid, with an interval that covers it on [floor, ε_max); and printed sample sizes checked against n*(ε).</summary>
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
        var at = $"ε ↑ ε_{sup.N - 1} = {sup.Eps:G4} (n*(ε) = {sup.N} just below it)";
        return new Verdict.Estimated(new Evidence(paths.Streams, null, at, new ReplayToken.MasterSeed(context.MasterSeed), observations,
                $"{what} ≈ {sup.Estimate:G4}, approached as {at}; interval {Numbers.Interval(sup.Low, sup.High)} (error {context.Alpha:G2}), sup over ε ∈ [{sup.Floor:G3}, {experiment.EpsMax:G3}) from {paths.Streams} streams"),
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
        var evidence = new Evidence(paths.Streams, estimate.Value, $"n*(ε) = {estimate.N} just below ε_{estimate.N - 1} = {estimate.Eps:G4}",
            new ReplayToken.MasterSeed(context.MasterSeed), observations,
            $"{sizeName} − (n*(ε) − 1) ≥ {estimate.Value:G4} over {range} (estimate; at the jumps' confidence ends {low.Value:G4} … {high.Value:G4}) from {paths.Streams} streams");
        if (low.Value < 0)
            return new Verdict.Refuted(evidence,
                $"at ε just below ε_{low.N - 1} ≥ {low.Eps:G4} (error {context.Alpha:G2}), n = ⌈{sizeName}⌉ = {low.N - 1 + (int)Math.Ceiling(low.Value)} samples, but n*(ε) = {low.N}: Pr(T_ε ≤ {low.N - 1 + (int)Math.Ceiling(low.Value)}) < 1 − ε (master seed {context.MasterSeed})");
        return high.Value >= 0 ? new Verdict.Holds(evidence) : new Verdict.Inconclusive(evidence);
    }

    /// <summary>An asymptotic constant lim sup_{ε→0} (n*(ε) − offset)/ln(1/ε), as far as the data reach: the ratio at the
    /// jumps in the lowest decade of ε above the floor, beside the printed values. Outcome: estimated (finite ε cannot
    /// decide a limit).</summary>
    public static Verdict Tail(CheckContext context, PathExperiment experiment, int offset, IReadOnlyList<(string Name, double Value)> printed)
    {
        var paths = Sample(context, experiment);
        var tail = Observations(paths, offset).Zip(paths.Jumps.Select((j, m) => (Jump: j, N: m + 1)).Where(t => t.N >= 2 && t.Jump.Estimate > paths.Floor))
            .Where(p => p.Second.Jump.Low > paths.Floor && p.Second.Jump.Estimate <= 10 * paths.Floor).ToArray();
        if (tail.Length == 0 || 10 * paths.Floor > experiment.EpsMax / 10)
            return new Verdict.Inconclusive(new Evidence(paths.Streams, null, "none", new ReplayToken.MasterSeed(context.MasterSeed), [],
                $"the streams reach ε ≥ {paths.Floor:G3} only: no decade of small ε (below {experiment.EpsMax / 10:G3}) holds a jump surely at this budget"));
        var lowest = tail[^1];
        var (low, high) = (tail.Min(t => t.First.Low), tail.Max(t => t.First.High));
        var compared = string.Join("; ", printed.Select(p => $"{p.Name} = {p.Value:G4}: {(high < p.Value ? "above the ratio there" : low > p.Value ? "below the ratio there" : "within its interval")}"));
        var at = $"ε ∈ [{lowest.Second.Jump.Estimate:G3}, {tail[0].Second.Jump.Estimate:G3}]";
        return new Verdict.Estimated(new Evidence(paths.Streams, null, lowest.First.Where, new ReplayToken.MasterSeed(context.MasterSeed), [.. tail.Select(t => t.First)],
                $"(n*(ε) − {offset})/ln(1/ε) at the jumps with {at} (the lowest decade reached): {tail.Min(t => t.First.Estimate):G4} … {tail.Max(t => t.First.Estimate):G4}, "
                + $"interval {Numbers.Interval(low, high)} (error {context.Alpha:G2}); {compared}; from {paths.Streams} streams"),
            new ConstantEstimate(lowest.First.Estimate, lowest.First.Where, low, high));
    }

    private static CoveringPaths Sample(CheckContext context, PathExperiment experiment) =>
        experiment.Sample(context.MasterSeed, experiment.StreamsFor(context.Budget.Trials), context.Alpha, context.Advance);

    /// <summary>One observation per jump above the floor: ε_{n−1} with its interval, and the piece's ratio sup.</summary>
    private static Observation[] Observations(CoveringPaths paths, int offset) =>
    [
        .. paths.Jumps.Select((j, m) => (Jump: j, N: m + 1)).Where(t => t.N >= 2 && t.Jump.Estimate > paths.Floor).Select(t =>
            new Observation($"n*(ε) = {t.N} on [ε_{t.N}, ε_{t.N - 1}), ε_{t.N - 1} {Jump(t.Jump, paths.EpsMax)}",
                paths.Streams, Ratio(t.N - offset, t.Jump.Estimate, paths.EpsMax), Ratio(t.N - offset, t.Jump.Low, paths.EpsMax),
                Ratio(t.N - offset, t.Jump.High, paths.EpsMax), 0, Outcome.Estimated)),
    ];

    private static string Jump(Crossing.Result j, double top) =>
        j.Low >= top ? $"≥ {top:G4}" : $"= {j.Estimate:G4} in [{j.Low:G4}, {(double.IsFinite(j.High) ? j.High.ToString("G4") : $"≥ {top:G4}")}]";

    private static double Ratio(int n, double eps, double top) => eps <= 0 ? 0 : n / Math.Log(1 / Math.Min(eps, top));
}
