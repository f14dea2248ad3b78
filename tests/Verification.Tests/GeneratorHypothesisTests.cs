using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Generators;
using static Rssp.Verification.Tests.GeneratorCoverageTests;

namespace Rssp.Verification.Tests;

/// <summary>Every generator of a claim yields inputs that satisfy the claim's hypotheses (a property's inputs must, or a
/// refutation may be of an input the statement excludes), and reaches the edge of its domain, where a floor or a rounding
/// could push an input out.</summary>
public class GeneratorHypothesisTests
{
    private const int Tests = 2000;

    [Fact]
    public void Proposition_32s_sub_intervals_lie_in_the_half_interval_up_to_its_ends()
    {
        var classes = Classes(Proposition32.SubIntervals.Generator, Tests,
            i => i.Hi > 0.499 ? "near ½" : i.Lo < -0.499 ? "near −½" : "inside",
            i => i.Lo >= -0.5 && i.Hi <= 0.5 && i.H > 0);
        Assert.Equal(3, classes.Count);
    }

    [Fact]
    public void Proposition_32s_filters_have_l1_norm_at_most_one_for_every_kind()
    {
        var kinds = Classes(Proposition32.Draws(Proposition32.MinSamples, Proposition32.MaxSamples).Generator, Tests, d => $"kind {d.TargetKind}",
            d => Proposition32.Target(d.TargetKind, d.D, d.C, 1, new Rng(d.Seed)).L1Norm() <= 1 + 1e-12 && d.Eps is > 0 and < 1);
        Assert.Equal(4, kinds.Count);
    }

    [Fact]
    public void The_constructions_draws_reach_both_ends_of_their_sample_range_and_straddle_the_covering_event()
    {
        var draws = Proposition32.Draws(Proposition32.MinSamples, Proposition32.MaxSamples).Generator;
        var ends = Classes(draws, Tests, d => d.N == Proposition32.MinSamples ? "fewest" : d.N == Proposition32.MaxSamples ? "most" : "between",
            d => d.N is >= Proposition32.MinSamples and <= Proposition32.MaxSamples);
        Assert.Equal(3, ends.Count);
        // The event (the claim's hypothesis) holds on some draws and fails on others: the claims run where it is satisfied, the
        // hypothesis-dropped mutant also where it is not.
        var covered = Gen.Sample(draws, 50, new Rnd(3, 5), 100).Select(d => Proposition32.ConstructionMargin(d, channels: 1) is not null).ToArray();
        Assert.Contains(true, covered);
        Assert.Contains(false, covered);
    }

    [Fact]
    public void Corollary_10s_laws_are_super_uniform_with_b_below_one_over_2a()
    {
        var classes = Classes(Corollary10.Cases.Generator, Tests,
            c => $"{(c.Product ? "product" : "uniform")}{(c.BFraction == 1 ? ", b at min f" : "")}",
            c => c.A > 0 && c.B > 0 && c.B < 1 / (2 * c.A) && SuperUniformPruning.IsSuperUniform(c.Law, c.A, c.B));
        Assert.Equal(["product", "product, b at min f", "uniform"], classes.Order());
    }

    [Fact]
    public void Corollary_10s_checks_fail_where_b_exceeds_f_on_the_interval_and_hold_where_it_does_not()
    {
        // The product law at a = ½ has f(½) = (log 2)/2 ≈ 0.347; b = 0.95 < 1/(2a) = 1 exceeds f for |x| > e^{−1.9} ≈ 0.15: the
        // kept law is ∝ min{f, b}, its CDF at −0.15 is 0.296 against 0.35, and its keep rate 0.70 against 2ab = 0.95.
        var law = new ProductOfUniforms();
        var margins = new[]
        {
            Corollary10.PrunedLawMargin(law, 0.5, 0.95, 7), Corollary10.KeepRateMargin(law, 0.5, 0.95, 7),
            Corollary10.PrunedLawMargin(law, 0.5, law.Density(0.5), 7), Corollary10.KeepRateMargin(law, 0.5, law.Density(0.5), 7),
        };
        Assert.True(margins[0] < 0 && margins[1] < 0 && margins[2] >= 0 && margins[3] >= 0, string.Join(", ", margins));
    }

    [Fact]
    public void Theorem_31s_targets_are_in_F_and_eps_in_0_1()
    {
        var classes = Classes(Theorem31.Targets.Generator, 300, t => t.OneSigned ? "one-signed" : "signed",
            t => t.Eps is > 0 and < 1 && t.Sizes.Length == t.Depth && t.Channels.Length == t.Depth + 1 && t.Sizes.All(s => s >= 1) && t.Channels.All(c => c >= 1)
                 && SimpleCnn.Random(new Rng(t.Seed), t.Sizes, t.Channels).NormalisedL1().Filters.All(f => f.L1Norm() <= 1 + 1e-12));
        Assert.Equal(["one-signed", "signed"], classes.Order());
    }

    [Fact]
    public void Theorem_24s_shapes_are_cnns_and_the_one_layer_family_reaches_both_sides_of_c1_equal_d2c0()
    {
        Classes(Theorem24.Shapes.Generator, Tests, s => $"depth {s.Depth}",
            s => s.Sizes.All(d => d >= 1) && s.Channels.Length == s.Depth + 1 && s.Channels.All(c => c >= 1) && s.Eps is > 0 and < 1);
        var sides = Classes(Theorem24.OneLayerFamily.Generator, Tests,
            s => s.Channels[1] > s.Sizes[0] * s.Sizes[0] * s.Channels[0] * 100 ? "c1 > 100 d²c0" : s.Channels[1] > s.Sizes[0] * s.Sizes[0] * s.Channels[0] ? "c1 > d²c0" : "c1 ≤ d²c0",
            s => s.Depth == 1 && s.Channels.All(c => c >= 1) && s.Eps is > 0 and < 1);
        Assert.Equal(["c1 > 100 d²c0", "c1 > d²c0", "c1 ≤ d²c0"], sides.Order());
    }

    [Fact]
    public void Lemma_34s_shapes_and_their_shrinks_have_n_a_multiple_of_c1()
    {
        static bool Valid((int N, int C1) p) => p.C1 >= 1 && p.N >= p.C1 && p.N % p.C1 == 0;
        Classes(Lemma34.Shapes.Generator, Tests, p => p.C1 == 1 ? "one channel" : "channels",
            p => Valid(p) && Lemma34.Shapes.Shrinker(p).All(Valid));
    }

    [Fact]
    public void Lemma_19s_laws_live_on_0_B_with_t_inside()
    {
        Classes(Lemma19.Laws, Tests, l => l.Values.Any(v => v >= l.T) ? "some mass above t" : "none above t",
            l => l.B > 0 && l.T > 0 && l.T < l.B && l.Values.All(v => v >= 0 && v <= l.B) && l.Weights.All(w => w > 0));
    }

    [Fact]
    public void Proposition_18s_betas_lie_in_0_one_eighth_and_its_instances_in_minus_one_one()
    {
        var ends = Classes(Proposition18.Beta, Tests, b => b < 1e-3 ? "near 0" : b > 0.124 ? "near 1/8" : "inside", b => b is > 0 and < 0.125);
        Assert.Equal(["inside", "near 0", "near 1/8"], ends.Order());
        Classes(Proposition18.Early, Tests, t => $"eps {t.Eps}", t => t.Samples.All(x => x is >= -1 and <= 1) && t.Eps is > 0 and < 1.0 / 3);
    }

    [Fact]
    public void Eq_3_12s_cases_have_beta_and_eps_in_range_and_n_above_the_threshold()
    {
        Classes(Proposition20.Eq312Cases.Generator, Tests, c => c.Extra > 1000 ? "far" : "near",
            c => c.Beta is > 0 and < 0.125 && c.Eps is > 0 and < 1.0 / 3 && c.Extra >= 1);
    }

    [Fact]
    public void Theorem_21s_cases_have_t_positive_and_q_a_probability()
    {
        var ends = Classes(Theorem21.Cases.Generator, Tests, c => c.Q == 0 ? "q = 0" : c.Q == 1 ? "q = 1" : "inside",
            c => c.N >= 1 && c.Q is >= 0 and <= 1 && c.TFraction > 0);
        Assert.Contains("inside", ends);
    }

    [Fact]
    public void Rss_instances_have_eps_in_0_one_third_and_samples_in_minus_one_one_with_their_shrinks()
    {
        Classes(RsspGens.Instances(RsspGens.EpsGrid), Tests, t => $"eps {t.Eps}",
            t => t.Eps is > 0 and < 1.0 / 3 && t.Samples.All(x => x is >= -1 and <= 1)
                 && RsspGens.Shrink(t).All(s => s.Eps == t.Eps && s.Samples.All(x => x is >= -1 and <= 1)));
    }
}
