using Rssp.Verification.Claims;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>Samples of T_ε (the first n at which every z ∈ [−1, 1] is ε-approximable) and the estimate of
/// Theorem 6's constant: n*(ε) = min{n : Pr(T_ε ≤ n) ≥ 1 − ε} is the (1 − ε)-quantile of T_ε, bounded by order
/// statistics; the smallest C that makes Theorem 6 true on a grid is max_ε n*(ε)/log(1/ε).</summary>
public static class StoppingTimes
{
    /// <summary>The estimate over any grid: point g gives its label, its ε (the quantile is 1 − ε), the scale the
    /// constant multiplies (log(1/ε) for Theorem 6, log(d²c/ε) for Proposition 32) and the sampled times.</summary>
    public static Verdict EstimateConstantOver(double familyAlpha, ulong masterSeed, int points,
        Func<int, (string Label, double Eps, double Scale, double[] Times)> sample, string what)
    {
        var alpha = FamilyWise.Share(familyAlpha, points);
        var observations = Enumerable.Range(0, points).Select(g =>
        {
            var (label, eps, scale, ts) = sample(g);
            var q = QuantileBounds.Of(ts, 1 - eps, alpha);
            var low = (q.Low ?? 0) / scale;
            var high = q.High is double h ? h / scale : double.PositiveInfinity;
            return new Observation($"{label}: (1 − ε)-quantile {q.Estimate:G4}", ts.Length, q.Estimate / scale, low, high, 0,
                q.High is null ? Outcome.Inconclusive : Outcome.Holds);
        }).ToArray();
        var best = observations.MaxBy(o => o.Estimate)!;
        var cLow = observations.Max(o => o.Low);
        var cHigh = observations.Max(o => o.High);
        var outcome = Verdict.Combine(observations.Select(o => o.Outcome));
        var interval = double.IsFinite(cHigh) ? $"[{cLow:G4}, {cHigh:G4}]" : $"[{cLow:G4}, unbounded at this budget]";
        return new(outcome, observations.Sum(o => o.Trials), null, best.Where, null, $"master seed {masterSeed}", observations,
            $"{what} C ≈ {best.Estimate:G4} (at {best.Where}), interval {interval}");
    }
}
