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
        // C is a sup over every ε (and, in chapter 4, every shape): the grid's largest ratio bounds it from below only
        var estimate = new ConstantEstimate(best.Estimate, best.Where, observations.Max(o => o.Low), observations.Max(o => o.High)) { OverExploredDomain = true };
        return new Verdict.Estimated(new Evidence(observations.Sum(o => o.Trials), null, best.Where, new ReplayToken.MasterSeed(masterSeed), observations,
            $"{what} over the grid: C ≥ {Numbers.Format(estimate.Low)}, a lower bound (C is a sup over every ε of its range, of which the grid holds "
            + $"{Numbers.Count(points.Count, "point")}); the grid's largest ratio ≈ {Numbers.Format(best.Estimate)} (at {best.Where}), its interval "
            + $"{Numbers.Interval(estimate.Low, estimate.High)}"), estimate);
    }
}
