using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Verification.Checking;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>Tightness: the worst ratio of observed to bound, on cases whose answer is known.</summary>
public class TightnessTests
{
    [Theory]
    [InlineData(0.5, 1.0, Side.AtMost, false, 0.5)]
    [InlineData(2.0, 1.0, Side.AtMost, false, 2.0)]
    [InlineData(4.0, 1.0, Side.AtLeast, false, 0.25)]
    [InlineData(1.0, 0.0008, Side.AtLeast, true, 0.0)]      // Pr ≥ 0.0008 seen at 1: loose in both scales, 0 in the complements'
    [InlineData(0.999, 0.7, Side.AtLeast, true, 0.001 / 0.3)] // Pr ≥ 1 − ε seen at 1 − 0.001: the failure rate against ε
    [InlineData(0.3, 0.5, Side.AtMost, true, 0.6)]
    public void The_ratio_is_observed_over_bound_in_the_claims_direction(double observed, double bound, Side side, bool unit, double expected) =>
        Assert.Equal(expected, Tightness.RatioOf(observed, bound, side, unit)!.Value, 12);

    [Fact]
    public void A_negative_bound_or_a_degenerate_zero_against_zero_has_no_ratio()
    {
        Assert.Null(Tightness.RatioOf(0.5, -0.1, Side.AtLeast));
        Assert.Null(Tightness.RatioOf(0, 0, Side.AtMost));
        Assert.Null(Tightness.RatioOf(1, 1, Side.AtLeast, unit: true));
        Assert.Equal(1, Tightness.RatioOf(0.5, 0.5, Side.AtLeast, unit: true));
    }

    [Fact]
    public void An_exact_check_reports_the_worst_ratio_and_where()
    {
        // x ≤ 10 over x ∈ {1..9}: the worst ratio is 9/10, at 9.
        var context = new CheckContext(Budget.Quick, 1, 1e-6);
        var verdict = ExactCheck.ForAll(context, SeedStream.Named("tightness test"), Arb.From(Gen.Choose(1, 9)), x => 10 - x, bound: _ => 10);
        Assert.Equal(Outcome.Holds, verdict.Outcome);
        Assert.Equal(0.9, verdict.Evidence.Tightness!.Ratio, 12);
        Assert.Equal("9", verdict.Evidence.Tightness.Where);
        var lower = ExactCheck.ForAll(context, SeedStream.Named("tightness test"), Arb.From(Gen.Choose(2, 9)), x => x - 1.0, bound: _ => 1, side: Side.AtLeast);
        Assert.Equal(0.5, lower.Evidence.Tightness!.Ratio, 12);
    }

    [Fact]
    public void A_probabilistic_check_reports_the_worst_ratio_over_its_grid()
    {
        var context = new CheckContext(Budget.Quick, 1, 1e-6);
        GridPoint Point(string where, double bound) => new(where, bound, Side.AtMost, false, seed => new Rng(seed).NextUnit() < 0.25 ? 1 : 0);
        var verdict = ProbabilisticCheck.Probability(context, SeedStream.Named("tightness grid"), [Point("loose", 0.9), Point("tight", 0.5)]);
        Assert.Equal("tight", verdict.Evidence.Tightness!.Where);
        var estimate = verdict.Observations[1].Estimate;
        Assert.Equal(Math.Min(estimate / 0.5, 0.5 / (1 - estimate)), verdict.Evidence.Tightness.Ratio, 12);
    }
}
