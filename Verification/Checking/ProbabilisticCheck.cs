using Rssp.Theory.Random;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Checking;

/// <summary>Which side of the bound the claimed quantity lies on; Strict for "&gt;" and "&lt;".</summary>
public enum Side
{
    AtLeast,
    AtMost,
}

/// <summary>One grid point of a probabilistic claim. Trial(seed) is one independent draw: for a probability,
/// 1 for the event and 0 otherwise; for a mean, a value in [0, 1]; null when the trial's condition fails
/// (conditional claims) and it is discarded.</summary>
public sealed record GridPoint(string Where, double Bound, Side Side, bool Strict, Func<ulong, double?> Trial);

/// <summary>Probabilistic claims over a grid: a confidence interval per point at the claim's error level split
/// over its points (Clopper–Pearson for events, Hoeffding for means). Holds where the whole interval is on the
/// claimed side, refuted where it is wholly on the other, inconclusive otherwise. Point g draws its trials from the
/// claim's stream's g-th child.</summary>
public static class ProbabilisticCheck
{
    public static Verdict Probability(CheckContext context, SeedStream stream, IReadOnlyList<GridPoint> grid) =>
        Run(context, stream, grid, isEvent: true);

    public static Verdict Mean(CheckContext context, SeedStream stream, IReadOnlyList<GridPoint> grid) =>
        Run(context, stream, grid, isEvent: false);

    private static Verdict Run(CheckContext context, SeedStream stream, IReadOnlyList<GridPoint> grid, bool isEvent)
    {
        var alpha = FamilyWise.Share(context.Alpha, grid.Count);
        var observations = grid.Select((point, g) =>
        {
            var values = context.RunTrials(stream.Child(g), context.Budget.Trials, point.Trial)
                .OfType<double>().ToArray();
            if (values.Length == 0) return new Observation(point.Where, 0, 0, 0, 1, point.Bound, Outcome.Inconclusive);
            var mean = values.Average();
            var (low, high) = isEvent
                ? ClopperPearson.Interval((long)Math.Round(values.Sum()), values.Length, alpha)
                : Hoeffding.Interval(Math.Clamp(mean, 0, 1), values.Length, alpha);
            return new Observation(point.Where, values.Length, mean, low, high, point.Bound, Decide(point, low, high));
        }).ToArray();
        var slacks = observations.Select((o, g) => grid[g].Side == Side.AtLeast ? o.Estimate - o.Bound : o.Bound - o.Estimate).ToArray();
        var worst = Enumerable.Range(0, observations.Length).MinBy(g => slacks[g]);
        // An estimate at 0 or 1 would claim infinite room (its complement ratio 0) that finitely many trials cannot show:
        // there the interval's end toward the bound stands for what was observed.
        double Seen(Observation o, Side side) => o.Estimate is 0 or 1 ? (side == Side.AtMost ? o.High : o.Low) : o.Estimate;
        var tightness = Tightness.Worst(observations.Select((o, g) =>
            (o.Trials == 0 ? null : Tightness.RatioOf(Seen(o, grid[g].Side), o.Bound, grid[g].Side, unit: true), o.Where)));
        return Verdict.Combine(new Evidence(observations.Sum(o => o.Trials), slacks[worst], observations[worst].Where,
            new ReplayToken.MasterSeed(context.MasterSeed), observations,
            $"{observations.Count(o => o.Outcome == Outcome.Holds)}/{observations.Length} grid points hold; worst {observations[worst]}") { Tightness = tightness });
    }

    private static Outcome Decide(GridPoint p, double low, double high)
    {
        // "≥ b" holds when the whole interval is ≥ b and fails when it is wholly < b; strict "> b" alike.
        var (claimedSide, otherSide) = p.Side == Side.AtLeast
            ? (p.Strict ? low > p.Bound : low >= p.Bound, p.Strict ? high <= p.Bound : high < p.Bound)
            : (p.Strict ? high < p.Bound : high <= p.Bound, p.Strict ? low >= p.Bound : low > p.Bound);
        return claimedSide ? Outcome.Holds : otherSide ? Outcome.Refuted : Outcome.Inconclusive;
    }
}
