using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Verification.Checking;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>The checks themselves decide right on claims whose truth is known.</summary>
public class CheckMachineryTests
{
    private static readonly CheckContext Context = new(Budget.Quick, 5, 1e-6);

    [Fact]
    public void A_false_exact_claim_is_refuted_with_a_shrunk_counterexample_and_a_replay_seed()
    {
        var shrinking = Arb.From(Gen.Choose(0, 1000), x => x > 0 ? new[] { x / 2, x - 1 } : []);
        var verdict = ExactCheck.ForAll(Context, new SeedStream(17), shrinking, x => 100 - x);
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        Assert.Equal("101", verdict.Counterexample);
        Assert.Matches(@"^\(\d+,\d+\)$", verdict.Replay.ToString());
        Assert.IsType<ReplayToken.FsCheckPair>(verdict.Replay);
        Assert.True(verdict.MinSlack < 0);
    }

    [Fact]
    public void The_same_seed_replays_the_same_run()
    {
        var a = ExactCheck.ForAll(Context, new SeedStream(3), Arb.From(Gen.Choose(0, 1000)), x => x - 5.0);
        var b = ExactCheck.ForAll(Context, new SeedStream(3), Arb.From(Gen.Choose(0, 1000)), x => x - 5.0);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_true_exact_claim_holds_and_reports_its_smallest_margin()
    {
        var verdict = ExactCheck.ForAll(Context, new SeedStream(17), Arb.From(Gen.Choose(3, 1000)), x => x - 2.0);
        Assert.Equal(Outcome.Holds, verdict.Outcome);
        Assert.Equal(Budget.Quick.Instances, verdict.Instances);
        Assert.True(verdict.MinSlack >= 1);
    }

    [Fact]
    public void A_claim_whose_hypothesis_never_applies_is_inconclusive() =>
        Assert.Equal(Outcome.Inconclusive, ExactCheck.ForAll(Context, new SeedStream(1), Arb.From(Gen.Choose(0, 9)), _ => (double?)null).Outcome);

    [Theory]
    [InlineData(0.30, 0.10, Side.AtLeast, Outcome.Holds)]
    [InlineData(0.05, 0.50, Side.AtLeast, Outcome.Refuted)]
    [InlineData(0.50, 0.50, Side.AtLeast, Outcome.Inconclusive)]
    [InlineData(0.05, 0.50, Side.AtMost, Outcome.Holds)]
    [InlineData(0.90, 0.50, Side.AtMost, Outcome.Refuted)]
    public void Probability_checks_decide_by_where_the_interval_lies(double p, double bound, Side side, Outcome expected)
    {
        GridPoint[] grid = [new("point", bound, side, false, seed => new Theory.Random.Rng(seed).NextUnit() < p ? 1 : 0)];
        var verdict = ProbabilisticCheck.Probability(Context, new SeedStream(9), grid);
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(Budget.Quick.Trials, verdict.Instances);
    }

    [Fact]
    public void Conditional_trials_that_fail_their_condition_are_discarded()
    {
        GridPoint[] grid = [new("half discarded", 0.5, Side.AtMost, false, seed => seed % 2 == 0 ? null : 0)];
        var verdict = ProbabilisticCheck.Probability(Context, new SeedStream(4), grid);
        Assert.InRange(verdict.Instances, 100, 300);
        Assert.Equal(Outcome.Holds, verdict.Outcome);
    }
}
