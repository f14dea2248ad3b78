using FsCheck;
using Outcome = Rssp.Verification.Checking.Outcome;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>§4.1's context claims: the single best of M random weights needs M of order 1/ε (Malach et al.); a
/// subset sum needs only order log(1/ε) (Pensia et al., Orseau et al.), tight by packing.</summary>
[Statement(35, "§4.1")]
public static class Section41
{
    /// <summary>ε where the (1 − ε)-quantile of T_ε is within the default budget's reach.</summary>
    public static IReadOnlyList<double> SubsetSumGrid { get; } = [0.1, 0.03, 0.01, 0.003, 0.001];

    /// <summary>§4.1: the single best weight needs M of order 1/ε.</summary>
    public static Claim SingleBestWidth => Define.Exact("§4.1",
        "Picking, for each target weight, the single best of M random weights needs M of order 1/ε.",
        "the exact width M*(ε, δ) = min{M : (1 − ε/2)^M ≤ δ} (worst target w = ±1) at ε drawn log-uniformly from [1e−6, 0.5]: " +
        "margin min(ε·M*(ε, ½) − 1, 2 − ε·M*(ε, ½), ε·M*(ε, ε) − 1) — Θ(1/ε) at fixed confidence, and at least 1/ε at confidence 1 − ε",
        () => Arb.From(Gen.Choose(0, 100_000).Select(k => Math.Pow(10, -6 + k * (6 + Math.Log10(0.5)) / 100_000))),
        eps => SingleBestMargin(eps, 2),
        Variant.Literal, "single best weight",
        mutants: [new("ε·M* ≤ 2 → ≤ 1", MutationKind.ConstantChanged, "ε·M*(ε, ½) ≤ 1: the single best needs at most 1/ε weights", eps => SingleBestMargin(eps, 1))]);

    /// <summary>min(ε·M*(ε, ½) − 1, ceiling − ε·M*(ε, ½), ε·M*(ε, ε) − 1).</summary>
    private static double SingleBestMargin(double eps, double ceiling)
    {
        var half = eps * SingleBest.Width(eps, 0.5);
        var strict = eps * SingleBest.Width(eps, eps);
        return Math.Min(Math.Min(half - 1, ceiling - half), strict - 1);
    }

    /// <summary>§4.1: subset sums need order log(1/ε), tight by packing; "order" made explicit by Lueker's asymptotic constant
    /// (a bound that can fail on the grid: the (1 − ε)-quantile comes within a few per cent of it at ε = 0.1), not by the single
    /// best's M*(ε, ε), which lies 4–500 times above it and could not fail.</summary>
    public static Claim SubsetSumWidth => new Claim("§4.1", Variant.Intended, "subset sum", ClaimKind.Probabilistic,
        "Combining random weights by subset sum needs only order log(1/ε) of them, which is tight by a packing argument: the width n*(ε) that makes every " +
        "target ε-approximable with probability 1 − ε lies between log₂(1/ε) and 2(1 + log₂ e) ln(1/ε) (Lueker's constant made the order's constant).",
        "T_ε sampled per ε (the trials of Theorem 6's estimate), ε = 0.1 to 0.001; the (1 − ε)-quantile's order-statistic interval must lie in " +
        "[log₂(1/ε), 2(1 + log₂ e) ln(1/ε)]; refuted where it lies wholly outside. Only at these five ε: n*(ε) is a step function; "
        + "Remark 7 [Lueker's C = 2(1 + log₂ e) ≈ 4.885, uniform on (0, 1/3)] compares the same constant with n*(ε) − 1 at every ε of Theorem 6's ε-paths",
        ctx => CheckSubsetSumWidth(ctx, Packing, Lueker))
    {
        Target = ClaimTarget.Reading("§4.1's \"order log(1/ε), tight by packing\" with the order's constant Lueker's 2(1 + log₂ e) (per ln) on ε from 0.1 to 0.001: "
            + "an O(·) alone cannot fail on a finite grid"),
        Mutants =
        [
            new("log → log²", MutationKind.ExponentChanged, "the width lies between log₂(1/ε)² and 2(1 + log₂ e) ln(1/ε): subset sums need order log²(1/ε)",
                ctx => CheckSubsetSumWidth(ctx, eps => Math.Pow(Packing(eps), 2), Lueker)),
            new("Lueker's constant → 2 log₂", MutationKind.BoundTightened, "the width lies between log₂(1/ε) and 2 log₂(1/ε): within a factor 2 of the packing bound",
                ctx => CheckSubsetSumWidth(ctx, Packing, eps => 2 * Packing(eps))),
            new("Lueker's constant → M*(ε, ε)", MutationKind.BoundLoosened, "the width lies between log₂(1/ε) and the single best's M*(ε, ε) (the upper bound before: 4–500 times above n*(ε))",
                ctx => CheckSubsetSumWidth(ctx, Packing, Single)),
        ],
    };

    private static double Packing(double eps) => Math.Log2(1 / eps);

    private static double Single(double eps) => SingleBest.Width(eps, eps);

    private static double Lueker(double eps) => CoverageConstants.LuekerBinaryLog * Math.Log(1 / eps);

    public static IReadOnlyList<Claim> Claims => [SingleBestWidth, SubsetSumWidth];

    /// <summary>Per ε: the (1 − ε)-quantile of T_ε against the packing bound below and the single best's width above.</summary>
    public static Verdict CheckSubsetSumWidth(CheckContext ctx, Func<double, double> lowerBound, Func<double, double> upperBound)
    {
        var experiment = Chapter2.Theorem6.Constant.Experiment!;
        var points = experiment.Grid(SubsetSumGrid);
        var alpha = FamilyWise.Share(ctx.Alpha, points.Count);
        var observations = points.Select(p =>
        {
            var times = ConstantCheck.Sample(ctx, experiment, p);
            var q = QuantileBounds.Of(times, 1 - p.Eps, alpha);
            var packing = lowerBound(p.Eps);
            var single = upperBound(p.Eps);
            var high = q.High ?? double.PositiveInfinity;
            var low = q.Low ?? 0;
            var outcome = low >= packing && high <= single ? Outcome.Holds
                : high < packing || low > single ? Outcome.Refuted
                : Outcome.Inconclusive;
            return new Observation($"{p.Label}: packing bound {packing:G4}, upper bound {single:G4}", times.Length, q.Estimate, low, high, single, outcome);
        }).ToArray();
        var worst = observations.MaxBy(o => o.High / o.Bound)!;
        return Verdict.Combine(new Evidence(observations.Sum(o => o.Trials), worst.Bound - worst.High, worst.Where, new ReplayToken.MasterSeed(ctx.MasterSeed), observations,
            string.Join("; ", observations.Select(o => $"n* {o.Estimate:G3} vs {o.Bound:G3}")))
            { Tightness = Tightness.Worst(observations.Select(o => (Tightness.RatioOf(o.Estimate, o.Bound, Side.AtMost), o.Where))) });
    }
}
