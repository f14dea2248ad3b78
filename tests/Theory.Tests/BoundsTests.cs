using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

/// <summary>The closed forms against their defining identities, exact binomial tails and the core.</summary>
public class BoundsTests
{
    private static Arbitrary<double> Betas => Arb.From(Gens.Unit.Select(u => 0.125 * (0.001 + 0.998 * u)));

    private static Arbitrary<double> SmallEps => Arb.From(Gens.Unit.Select(u => Math.Pow(10, -9 + u * (9 + Math.Log10(1.0 / 3)))));

    [Fact]
    public void Remark_7_constants_under_both_readings_of_log()
    {
        Assert.Equal(4.0, CoverageConstants.LuekerNaturalLog, 15);
        Assert.Equal(2 + 2 / Math.Log(2), CoverageConstants.LuekerBinaryLog, 14);
        Assert.Equal(10.0, CoverageConstants.CountingLowerBound(Math.Pow(2, -10)), 14);
    }

    [Property(MaxTest = 60)]
    public Property No_sample_smaller_than_the_counting_bound_covers() =>
        Prop.ForAll(Arb.From(Gens.Samples(9)), Arb.From(Gen.Choose(1, 12)), (xs, k) =>
        {
            // ε just below 2⁻ᵏ needs n > k samples; with n ≤ k the 2ⁿ intervals of length 2ε cannot fill [−1, 1].
            var eps = Math.Pow(2, -k) * (1 - 1e-9);
            return xs.Length > CoverageConstants.CountingLowerBound(eps) || !Approximable.CoversUnitInterval(xs, eps);
        });

    [Property]
    public Property Prop_17_threshold_solves_its_equation() =>
        Prop.ForAll(SmallEps, eps =>
            Tolerance.Close(Math.Pow(13.0 / 12.0, MeanThreshold.Threshold(eps)) * 2 * eps, 1, 1e-9) &&
            MeanThreshold.SmallestN(eps) >= MeanThreshold.Threshold(eps) && MeanThreshold.SmallestN(eps) - 1 < MeanThreshold.Threshold(eps));

    [Property]
    public Property P_beta_is_one_eighth_minus_beta_over_one_minus_beta() =>
        Prop.ForAll(Betas, Betas, (b, c) =>
            Tolerance.Close(GrowthProbability.PBeta(b), (0.125 - b) / (1 - b)) && GrowthProbability.PBeta(b) is > 0 and < 0.125 &&
            (b >= c || GrowthProbability.PBeta(b) > GrowthProbability.PBeta(c)));

    [Property]
    public Property Alpha_is_the_smallest_integer_with_growth_past_one_over_two_eps() =>
        Prop.ForAll(Betas, SmallEps, (b, eps) =>
        {
            var alpha = FirstPhaseTail.Alpha(b, eps);
            var target = 1 / (2 * eps);
            return Math.Pow(1 + b, alpha) >= target * (1 - 1e-12) && Math.Pow(1 + b, alpha - 1) < target * (1 + 1e-12);
        });

    [Property]
    public Property Reverse_markov_holds_for_finite_laws() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gens.Unit, 5)), Arb.From(Gen.ArrayOf(Gens.Unit, 5)), Arb.From(Gens.Unit), (values, weights, u) =>
        {
            const double b = 1.0;
            var total = weights.Sum() + 1e-300;
            var t = 0.001 + 0.998 * u;
            var mean = values.Zip(weights).Sum(p => p.First * p.Second) / total;
            var tail = values.Zip(weights).Where(p => p.First >= t).Sum(p => p.Second) / total;
            return tail >= GrowthProbability.ReverseMarkov(mean, t, b) - 1e-12;
        });

    [Property]
    public Property Hoeffding_bounds_the_exact_binomial_tail() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 400)), Arb.From(Gens.Unit), Arb.From(Gens.Unit), (n, q, u) =>
        {
            var t = 0.01 + u * n * q;
            // Pr(X < nq − t) = Pr(X ≤ ⌈nq − t⌉ − 1).
            var k = (int)Math.Ceiling(n * q - t) - 1;
            var exact = k < 0 ? 0 : Binomial.CDF(q, n, k);
            return exact <= FirstPhaseTail.HoeffdingBound(t, n) + 1e-12;
        });

    [Property]
    public Property Eq_3_12_bounds_the_binomial_tail_of_eq_3_11_when_valid() =>
        Prop.ForAll(Betas, Arb.From(Gen.Elements(0.3, 0.1, 0.01, 1e-3)), Arb.From(Gen.Choose(1, 4000)), (b, eps, n) =>
        {
            var p = GrowthProbability.PBeta(b);
            var alpha = FirstPhaseTail.Alpha(b, eps);
            return n * p <= alpha + 1 || Binomial.CDF(p, n, alpha + 1) <= FirstPhaseTail.Eq312UpperBound(b, eps, n) + 1e-12;
        });

    [Property]
    public Property Prop_20_hypothesis_is_n_at_least_alpha_plus_one_over_p() =>
        Prop.ForAll(Betas, SmallEps, Arb.From(Gen.Choose(1, 100000)), (b, eps, n) =>
            FirstPhaseTail.Hypothesis(b, eps, n) == n * GrowthProbability.PBeta(b) >= FirstPhaseTail.Alpha(b, eps) + 1 - 1e-9 * n ||
            Math.Abs(n * GrowthProbability.PBeta(b) - FirstPhaseTail.Alpha(b, eps) - 1) < 1e-6);

    [Fact]
    public void Lemma_23_printed_and_markov_readings()
    {
        Assert.Equal(Math.Pow(0.875, 3), SecondPhaseDecay.Printed(5, 2), 15);
        Assert.Equal(Math.Pow(0.875, 3) / 0.01, SecondPhaseDecay.MarkovStep(5, 2, 0.01), 12);
        Assert.Throws<ArgumentException>(() => SecondPhaseDecay.Printed(2, 2));
    }

    [Property(MaxTest = 50)]
    public Property Proof_constant_phases_are_the_smallest_that_satisfy_the_proof() =>
        Prop.ForAll(Betas, SmallEps, (b, eps) =>
        {
            var p = GrowthProbability.PBeta(b);
            var a = FirstPhaseTail.Alpha(b, eps) / p;
            bool FirstOk(int k) => k >= (FirstPhaseTail.Alpha(b, eps) + 1) / p && Math.Exp(-2 * p * p / k * (k - a) * (k - a)) <= eps / 2;
            var k = ProofConstant.FirstPhase(b, eps);
            var m = ProofConstant.SecondPhase(eps, SecondPhaseBound.Lemma23Printed);
            var mMarkov = ProofConstant.SecondPhase(eps, SecondPhaseBound.Lemma23MarkovStep);
            return FirstOk(k) && !FirstOk(k - 1) &&
                   Math.Pow(0.875, m) <= eps / 2 && (m == 1 || Math.Pow(0.875, m - 1) > eps / 2) &&
                   Math.Pow(0.875, mMarkov) / eps <= eps / 2 && Math.Pow(0.875, mMarkov - 1) / eps > eps / 2 &&
                   ProofConstant.SampleSize(b, eps, SecondPhaseBound.Lemma23Printed) == k + m;
        });
}
