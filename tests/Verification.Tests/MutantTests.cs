using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>The statement-mutant machinery: generic mutants transform bounds as stated, a false mutant is refuted while
/// the true literal statement is not, mutants are decided on their claim's samples, and "killed" means what it says.</summary>
public class MutantTests
{
    private const ulong Seed = 1;

    /// <summary>Enough trials that a Bernoulli estimate's interval is about ±0.035 at the claim's error level.</summary>
    private static readonly Budget Budget = Budget.Quick with { Trials = 4000 };

    private static Claim BernoulliClaim(double p, double bound, Side side, int[] calls) => Define.Probability("Test claim", $"Pr(U < {p}) vs {bound}", "trials",
        _ => [new GridPoint("point", bound, side, false, s =>
        {
            Interlocked.Increment(ref calls[0]);
            return new Rng(s).NextUnit() < p ? 1 : 0;
        })]);

    private static MutantResult Named(PowerRow row, string name) => row.Mutants.Single(m => m.Mutant.Name == name);

    [Theory]
    [InlineData(Side.AtMost, 0.2, 0.1, 0.4)]
    [InlineData(Side.AtLeast, 0.9, 0.95, 0.8)]
    [InlineData(Side.AtLeast, 0.5, 0.75, 0.0)]
    public void Generic_mutants_scale_the_distance_to_the_claimed_sides_end_by_two_and_negate(Side side, double bound, double tightened, double loosened)
    {
        GridPoint[] grid = [new("p", bound, side, true, _ => 1)];
        IReadOnlyList<GridPoint> Mutated(string name) => GridMutation.Generic.Single(m => m.Name == name).Grid(grid);
        Assert.Equal(tightened, Mutated("bound tightened ×2")[0].Bound, 12);
        Assert.Equal(loosened, Mutated("bound loosened ×2")[0].Bound, 12);
        var negated = Mutated("negated")[0];
        Assert.Equal((bound, side == Side.AtMost ? Side.AtLeast : Side.AtMost, false), (negated.Bound, negated.Side, negated.Strict));
        Assert.All(GridMutation.Generic, m => Assert.Same(grid[0].Trial, m.Grid(grid)[0].Trial));
    }

    [Theory]
    [InlineData(Side.AtMost, false, 0.4, 0.1, 0.1, 0.7)]
    [InlineData(Side.AtLeast, true, 0.6, 0.9, 0.1, 0.7)]
    [InlineData(Side.AtLeast, false, 2.0, 5.0, 1.0, 4.0)]
    public void Generic_exact_mutants_move_the_bound_by_the_factor_two(Side side, bool unit, double bound, double observed, double tightened, double loosened)
    {
        var margin = side == Side.AtMost ? bound - observed : observed - bound;
        var pair = SlackMutation<int>.Generic(_ => margin, _ => bound, side, unit);
        Assert.Equal(tightened, pair.Single(m => m.Name == "bound tightened ×2").Slack(0)!.Value, 12);
        Assert.Equal(loosened, pair.Single(m => m.Name == "bound loosened ×2").Slack(0)!.Value, 12);
    }

    [Fact]
    public void A_true_probability_claim_holds_its_tightened_and_negated_mutants_are_refuted_its_loosened_one_survives()
    {
        var calls = new int[1];
        var row = MutantRun.Check(BernoulliClaim(0.35, 0.6, Side.AtMost, calls), Budget, Seed);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        Assert.Equal(Outcome.Refuted, Named(row, "bound tightened ×2").Verdict.Outcome); // Pr = 0.35 > 0.3
        Assert.Equal(Outcome.Refuted, Named(row, "negated").Verdict.Outcome);
        Assert.Equal(Outcome.Holds, Named(row, "bound loosened ×2").Verdict.Outcome);
        Assert.Equal([true, false, true], row.Mutants.Select(m => m.Killed));
        Assert.True(row.HasPower);
        // The mutants were decided on the claim's trials: each trial ran once, and every mutant saw the same estimate.
        Assert.Equal(Budget.Trials, calls[0]);
        Assert.All(row.Mutants, m => Assert.Equal(row.Claim.Verdict.Observations[0].Estimate, m.Verdict.Observations[0].Estimate));
    }

    [Fact]
    public void A_claim_killing_only_its_negation_has_no_power()
    {
        // Pr = 0.3 ≤ 0.9: the bound is so loose that ×2 tightening (≤ 0.45) still holds.
        var row = MutantRun.Check(BernoulliClaim(0.3, 0.9, Side.AtMost, new int[1]), Budget, Seed);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        Assert.Equal(["negated"], row.Killed.Select(m => m.Mutant.Name));
        Assert.False(row.HasPower);
    }

    [Fact]
    public void A_false_exact_mutant_is_refuted_on_the_claims_instances_and_a_true_one_is_not()
    {
        var claim = Define.Exact("Test claim", "x ≥ 2", "x from [3, 1000]", () => Arb.From(Gen.Choose(3, 1000)), x => x - 2.0,
            mutants:
            [
                new("2 → 500", MutationKind.ConstantChanged, "x ≥ 500", x => x - 500.0),
                new("2 → 1", MutationKind.ConstantChanged, "x ≥ 1", x => x - 1.0),
            ]);
        var row = MutantRun.Check(claim, Budget.Quick, Seed);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        Assert.Equal(Outcome.Refuted, Named(row, "2 → 500").Verdict.Outcome);
        Assert.Equal(Outcome.Holds, Named(row, "2 → 1").Verdict.Outcome);
        Assert.Equal([true, false], row.Mutants.Select(m => m.Killed));
        // The same stream: the true mutant ran on the claim's instances (its smallest margin is the claim's plus one).
        Assert.Equal(row.Claim.Verdict.MinSlack + 1, Named(row, "2 → 1").Verdict.MinSlack);
    }

    [Fact]
    public void A_refuted_claim_kills_the_mutants_it_does_not_refute()
    {
        var row = MutantRun.Check(BernoulliClaim(0.6, 0.4, Side.AtMost, new int[1]), Budget, Seed);
        Assert.Equal(Outcome.Refuted, row.Claim.Verdict.Outcome);
        Assert.False(Named(row, "bound tightened ×2").Killed); // ≤ 0.2: refuted too
        Assert.True(Named(row, "bound loosened ×2").Killed); // ≤ 0.8: holds
        Assert.True(row.HasPower);
    }

    [Theory]
    [InlineData(Outcome.Holds, Outcome.Refuted, true)]
    [InlineData(Outcome.Holds, Outcome.Inconclusive, false)]
    [InlineData(Outcome.Holds, Outcome.Holds, false)]
    [InlineData(Outcome.Inconclusive, Outcome.Refuted, true)]
    [InlineData(Outcome.Estimated, Outcome.Refuted, true)]
    [InlineData(Outcome.Estimated, Outcome.Inconclusive, false)]
    [InlineData(Outcome.Refuted, Outcome.Holds, true)]
    [InlineData(Outcome.Refuted, Outcome.Inconclusive, false)]
    [InlineData(Outcome.Refuted, Outcome.Refuted, false)]
    public void A_mutant_is_killed_when_refuted_where_its_claim_is_not_or_holding_where_it_is_refuted(Outcome claim, Outcome mutant, bool killed) =>
        Assert.Equal(killed, Mutant.Kills(claim, mutant));

    [Theory]
    [InlineData(1.0, Side.AtMost, Outcome.Refuted)]
    [InlineData(4.0, Side.AtMost, Outcome.Holds)]
    [InlineData(2.5, Side.AtMost, Outcome.Inconclusive)]
    [InlineData(5.0, Side.AtLeast, Outcome.Refuted)]
    [InlineData(1.5, Side.AtLeast, Outcome.Holds)]
    public void A_constant_mutant_is_decided_by_where_the_estimates_interval_lies(double value, Side side, Outcome expected)
    {
        var estimated = new Verdict.Estimated(new Evidence(100, null, "eps = 0.1", new ReplayToken.MasterSeed(1), [], "C ≈ 2.4"),
            new ConstantEstimate(2.4, "eps = 0.1", 2, 3));
        Assert.Equal(expected, new ConstantMutation("m", MutationKind.ConstantChanged, "C vs value", value, side).Decide(estimated).Outcome);
    }

    /// <summary>Claims whose every mutant holds by construction, with the reason no mutant the data decide exists (the same
    /// claims are listed in Reports.Tests' PowerTests).</summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutCountingMutant = new Dictionary<string, string>
    {
        ["Proof of Lemma 23 [last step per instance]"] = "a bound on Z̄_τ under the hypothesis Z̄_τ ≤ ½: a bound ≥ ½ holds by the hypothesis, one below ½ fails on the instances near ½",
        ["Proof of Lemma 34 [use of Proposition 32: ℓ1 norm at most 1]"] = "a bound on ‖K‖_1 for kernels with entries in [−1, 1]: d²c0 holds by construction, anything smaller fails on some kernel with d²c0 = 1",
        ["Proof of Proposition 32 [use of Corollary 10: target range]"] = "a bound on |z| for targets in [−1, 1]: ½ holds only where it is assumed, 1 by the range, anything between fails near ±1",
        ["Steps of the proof of Theorem 31 [use of Proposition 33: every layer's ℓ1 norm in F as printed]"] = "a bound on ‖K^(2)‖_1 for kernels with entries in [−1, 1]: d²c1 holds by construction, anything smaller fails on some kernel",
        ["Theorem 31 [one sample near ε = 1]"] = "the one-unit witness gives only a lower bound on the failure probability: where it stops applying, its margin says nothing",
        ["Proposition 32 [one sample near ε = 1]"] = "the one-unit witness gives only a lower bound on the failure probability: where it stops applying, its margin says nothing",
        ["Lemma 34 [probability 1 − ε, ε free]"] = "the one-unit witness gives only a lower bound on the failure probability: where it stops applying, its margin says nothing",
        ["Lemma 34 [ε = ε′, one sample near ε′ = 1]"] = "the one-unit witness gives only a lower bound on the failure probability: where it stops applying, its margin says nothing",
    };

    [Theory]
    [InlineData(4.0, Outcome.Inconclusive)] // the interval [2, 3] lies below 4, but a lower bound says nothing from above
    [InlineData(1.0, Outcome.Refuted)]
    public void A_constant_mutant_C_at_most_v_never_holds_on_a_lower_bound(double value, Outcome expected)
    {
        var lower = new Verdict.Estimated(new Evidence(100, null, "eps = 0.1", new ReplayToken.MasterSeed(1), [], "C ≥ 2"),
            new ConstantEstimate(2.4, "eps = 0.1", 2, 3) { OverExploredDomain = true });
        Assert.Equal(expected, new ConstantMutation("m", MutationKind.ConstantChanged, "C ≤ value", value, Side.AtMost).Decide(lower).Outcome);
    }

    [Fact]
    public void Corollary_10s_constant_for_one_law_is_reported_as_a_lower_bound()
    {
        var claim = ClaimCatalogue.All.Single(c => c.Key == "Corollary 10 [constant C_{a,b}]");
        var verdict = Assert.IsType<Verdict.Estimated>(CatalogueRun.Check(claim, Budget.Quick, Seed).Verdict);
        Assert.True(verdict.Estimate.OverExploredDomain);
        Assert.StartsWith("lower bound over the laws tried", verdict.Summary);
        Assert.Contains("bounded from below", claim.Target.Detail);
    }

    [Fact]
    public void Every_claim_of_the_catalogue_has_mutants_that_count_toward_power_but_the_listed_ones_with_distinct_names()
    {
        Assert.All(ClaimCatalogue.All, c =>
        {
            Assert.Equal(!WithoutCountingMutant.ContainsKey(c.Key), c.Mutants.Any(m => m.CountsTowardPower));
            Assert.Equal(c.Mutants.Count, c.Mutants.Select(m => m.Name).Distinct().Count());
        });
    }

    [Fact]
    public void No_claim_of_the_catalogue_has_power_only_from_grid_mutants_with_trivial_bounds()
    {
        // A grid mutant whose every bound is trivial for a value in [0, 1] (≤ b ≥ 1, ≥ b ≤ 0) holds whatever its trials: it
        // cannot show power. Decided without running a trial (no claim verdict: only the bounds count).
        var none = new Verdict.Inconclusive(new Evidence(0, null, "none", new ReplayToken.MasterSeed(Seed), [], "not run"));
        foreach (var budget in new[] { Budget.Quick, Budget.Default })
        {
            var trivialOnly = ClaimCatalogue.All.Where(c => !WithoutCountingMutant.ContainsKey(c.Key) &&
                c.Mutants.Where(m => m.CountsTowardPower).All(m => m.TrueByConstruction?.Invoke(budget, none) is not null)).Select(c => c.Key);
            Assert.Empty(trivialOnly);
        }
    }

    [Theory]
    [InlineData(0.6, Side.AtMost, false, true)] // loosened to 1.2: trivial
    [InlineData(0.3, Side.AtMost, false, false)] // loosened to 0.6: the data decide
    [InlineData(0.3, Side.AtMost, true, true)] // the claim's point held: 0.6 holds on the same trials
    [InlineData(0.4, Side.AtLeast, false, true)] // loosened to 1 − 2·0.6 < 0: trivial
    public void A_loosened_grid_mutant_is_true_by_construction_where_its_bound_is_trivial_or_its_claims_point_held(double bound, Side side, bool held, bool expected)
    {
        GridPoint[] grid = [new("p", bound, side, false, _ => 1)];
        var loosened = GridMutation.Generic.Single(m => m.Name == "bound loosened ×2").Grid(grid);
        Observation[] observed = [new("p", 10, 0.5, 0.4, 0.6, bound, held ? Outcome.Holds : Outcome.Refuted)];
        Assert.Equal(expected, GridMutation.TrueByConstruction(grid, loosened, observed) is not null);
    }

    [Fact]
    public void A_refuted_claim_killing_only_a_mutant_true_by_construction_has_no_power()
    {
        // Pr = 0.9 against ≤ 0.6: refuted; loosened to ≤ 1.2 holds whatever the trials, so its kill does not count.
        var row = MutantRun.Check(BernoulliClaim(0.9, 0.6, Side.AtMost, new int[1]), Budget, Seed);
        Assert.Equal(Outcome.Refuted, row.Claim.Verdict.Outcome);
        var loosened = Named(row, "bound loosened ×2");
        Assert.True(loosened.Killed);
        Assert.StartsWith("true by construction", loosened.TrueByConstruction);
        Assert.False(loosened.CountsTowardPower);
        Assert.False(row.HasPower);
    }

    [Fact]
    public void No_exact_mutant_of_the_catalogue_has_its_claims_margins()
    {
        // A mutant whose margin is its claim's on every instance is the claim's own check: never killed, it only pads the table.
        var copies = ClaimCatalogue.All.SelectMany(c => c.Mutants.Where(m => m.SameMarginsAsClaim?.Invoke(30) == true).Select(m => $"{c.Key}: {m.Name}"));
        Assert.Empty(copies);
    }

    [Fact]
    public void No_counting_exact_mutant_of_the_catalogue_is_its_claim_restricted_to_where_it_holds()
    {
        var none = new Verdict.Inconclusive(new Evidence(0, null, "none", new ReplayToken.MasterSeed(Seed), [], "not run"));
        var restricted = ClaimCatalogue.All.Where(c => c.Kind == ClaimKind.Exact)
            .SelectMany(c => c.Mutants.Where(m => m.CountsTowardPower && m.TrueByConstruction?.Invoke(Budget.Quick, none) is not null).Select(m => $"{c.Key}: {m.Name}"));
        Assert.Empty(restricted);
    }

    [Fact]
    public void The_restriction_detector_finds_the_claim_restricted_to_where_it_holds_and_passes_a_real_change()
    {
        // a·ε/2 ≤ ε fails for a > 2; "a ≤ 2 assumed" is the claim where it holds, "ε/2 → ε/4" a change the margins decide.
        var claim = Define.Exact("Test claim", "a/2 ≤ 1", "a from (0, 4]", () => Arb.From(Gen.Choose(1, 400).Select(k => k / 100.0)), a => 1 - a / 2,
            mutants:
            [
                new("a ≤ 2 assumed", MutationKind.HypothesisChanged, "a/2 ≤ 1 for a ≤ 2", a => a <= 2 ? 1 - a / 2 : null),
                new("ε/2 → ε/4", MutationKind.ConstantChanged, "a/4 ≤ 1", a => 1 - a / 4),
            ]);
        var none = new Verdict.Inconclusive(new Evidence(0, null, "none", new ReplayToken.MasterSeed(Seed), [], "not run"));
        Assert.Equal([true, false], claim.Mutants.Select(m => m.TrueByConstruction!(Budget.Quick, none) is not null));
        var row = MutantRun.Check(claim, Budget.Quick, Seed);
        Assert.Equal(Outcome.Refuted, row.Claim.Verdict.Outcome);
        Assert.True(row.Mutants[0].Killed && !row.Mutants[0].CountsTowardPower);
        Assert.True(row.Mutants[1].Killed && row.Mutants[1].CountsTowardPower);
    }

    [Fact]
    public void The_copy_detector_finds_a_mutant_with_its_claims_margins_and_passes_a_real_change()
    {
        var claim = Define.Exact("Test claim", "x ≥ 2", "x from [3, 1000]", () => Arb.From(Gen.Choose(3, 1000)), x => x - 2.0,
            mutants:
            [
                new("copy", MutationKind.ConstantChanged, "x ≥ 2 again", x => x - 2.0),
                new("2 → 3", MutationKind.ConstantChanged, "x ≥ 3", x => x - 3.0),
            ]);
        Assert.Equal([true, false], claim.Mutants.Select(m => m.SameMarginsAsClaim!(30)));
    }

    [Fact]
    public void A_constant_below_the_counting_bound_does_not_count_toward_power_and_twice_the_counting_bound_does()
    {
        var estimate = new Verdict.Estimated(new Evidence(100, null, "eps = 0.1", new ReplayToken.MasterSeed(1), [], "C ≈ 5"),
            new ConstantEstimate(5, "eps = 0.1", 4.5, 5.5));
        var calls = 0;
        var claim = Define.Estimated(new Claim("Test constant", Variant.Literal, Claim.AsPrinted, ClaimKind.Constant, "C", "trials", _ =>
        {
            calls++;
            return estimate;
        }), null);
        var row = MutantRun.Check(claim, Budget.Quick, Seed);
        Assert.Equal(["C = 1", "C = 2/ln 2"], row.Mutants.Select(m => m.Mutant.Name));
        Assert.Equal([false, true], row.Mutants.Select(m => m.Mutant.CountsTowardPower));
        Assert.All(row.Mutants, m => Assert.True(m.Killed));
        Assert.True(row.HasPower);
        Assert.Equal(1, calls); // the estimate is computed once, for the claim and both mutants
    }

    [Fact]
    public void A_claim_over_fixed_cases_checks_each_once_and_refutes_at_its_worst_case()
    {
        var calls = new int[1];
        var claim = Define.Cases("Test claim", "1/8 − z/4 ≥ 0 on [0, ½]", "the ends", [0.0, 0.5], z =>
            {
                Interlocked.Increment(ref calls[0]);
                return 0.125 - z / 4;
            },
            [new("1/8 → 0", MutationKind.ConstantChanged, "−z/4 ≥ 0", z => -z / 4)]);
        var row = MutantRun.Check(claim, Budget.Default, Seed);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        Assert.Equal((2L, 0.0), (row.Claim.Verdict.Instances, row.Claim.Verdict.MinSlack!.Value));
        Assert.Equal(2, calls[0]);
        var mutant = row.Mutants.Single().Verdict;
        Assert.Equal(Outcome.Refuted, mutant.Outcome);
        Assert.Equal("0.5", mutant.Counterexample);
    }

    [Fact]
    public void A_true_claim_of_the_catalogue_holds_and_its_false_mutant_is_refuted()
    {
        var row = MutantRun.Check(ClaimCatalogue.All.Single(c => c.Key == "Lemma 19"), Budget.Quick, Seed);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        Assert.Equal(Outcome.Refuted, Named(row, "bound ×2").Verdict.Outcome);
        Assert.Equal(CatalogueRun.Check(row.Claim.Claim, Budget.Quick, Seed).Verdict, row.Claim.Verdict);
    }
}
