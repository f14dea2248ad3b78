using System.Globalization;
using System.Text.RegularExpressions;
using Rssp.Theory.Random;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Generators;
using Rssp.Verification.Reference;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>The refuted proof steps and uses, each recounted from its printed counterexample by a method that shares
/// nothing with the check: all 2ⁿ subset sums (BruteForce), MathNet's binomial law, integer arithmetic, or a literal
/// transcription of the printed relation.</summary>
public partial class ProofStepRefutationTests
{
    public static readonly Claim[] RefutedClaims =
    [
        ProofOfCorollary10.ScaleAsPrinted, ProofOfCorollary10.SampleSizeAsPrinted, ProofOfLemma15.TriangleAsPrinted,
        ProofOfProposition16.HSumAsPrinted, ProofOfProposition20.TransitionAsPrinted, ProofOfProposition20.SumIndexAsPrinted,
        ProofOfProposition20.Theorem21Hypotheses, ProofOfProposition20.ThesisAsPrinted, ProofOfLemma23.LastStepAsPrinted, ProofOfLemma23.LastStepPerInstance,
        ProofOfLemma23.Corollary22AsPrinted, UsesInTheorem6.BothAtLeastAsPrinted, UsesInTheorem6.CoverageAsPrinted,
        ProofOfProposition32.TargetRange, ProofOfProposition32.EpsRange, ProofOfProposition32.EventPrecision,
        ProofOfLemma34.NormHypothesis, ProofOfLemma34.WidthPerChannel, StepsOfTheorem31.Lemma34Width, StepsOfTheorem31.KernelNorms,
    ];

    /// <summary>The keys of the refuted proof-step claims (ClaimTests expects every other claim not refuted).</summary>
    public static readonly string[] Refuted = [.. RefutedClaims.Select(c => c.Key)];

    private static string Counterexample(Claim claim)
    {
        var verdict = CatalogueRun.Check(ClaimCatalogue.All.Single(c => c.Key == claim.Key), Budget.Quick, 1).Verdict;
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        return verdict.Counterexample!;
    }

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:E[-+]?\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"eps = (?<eps>[^,]+), samples = \[(?<s>[^\]]*)\]")]
    private static partial Regex InstancePattern();

    private static double[] Numbers(string s) => [.. NumberPattern().Matches(s).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))];

    private static (double Eps, double[] Samples) Instance(string s)
    {
        var m = InstancePattern().Match(s);
        Assert.True(m.Success, s);
        return (double.Parse(m.Groups["eps"].Value, CultureInfo.InvariantCulture), Numbers(m.Groups["s"].Value));
    }

    /// <summary>The value after "name = " in a counterexample.</summary>
    private static double Field(string s, string name) =>
        double.Parse(Regex.Match(s, Regex.Escape(name) + @" = (-?[\d.E+-]+)").Groups[1].Value.TrimEnd('.', ','), CultureInfo.InvariantCulture);

    [Fact]
    public void Every_refuted_proof_step_claim_is_in_the_catalogue() =>
        Assert.All(Refuted, key => Assert.Single(ClaimCatalogue.All, c => c.Key == key));

    [Fact]
    public void Lemma_15_triangle_as_printed_contradicts_z_prime_not_approximable_by_brute_force()
    {
        var c = Counterexample(ProofOfLemma15.TriangleAsPrinted);
        var (eps, xs) = Instance(c);
        Assert.True(BruteForce.Density(xs, eps) >= 1 - eps / 2);
        var zPrime = Field(c, "z′");
        // z′ is not ε-approximable: no subset sum within ε, so |z′ − x| ≤ ε fails for every x.
        Assert.True(BruteForce.ClosestError(xs, zPrime) > eps);
        Assert.True(BruteForce.ClosestError(xs, zPrime) <= 2 * eps);
    }

    [Fact]
    public void Proposition_16_h_with_its_half_sums_to_z_n_not_2_z_n_by_brute_force()
    {
        var (eps, xs) = Instance(Counterexample(ProofOfProposition16.HSumAsPrinted));
        var set = BruteForce.ApproximableSet(xs, eps);
        double H(double u) => BruteForce.Measure(BruteForce.Coalesce(set, u - 0.5, u + 0.5)) / 2;
        var zn = BruteForce.Density(xs, eps);
        Assert.Equal(zn, H(-0.5) + H(0.5), 12);
        Assert.True(zn > 0);
    }

    [Fact]
    public void Proposition_20_transition_to_the_next_part_only_fails_p_beta_by_brute_force_over_a_grid_of_x()
    {
        var c = Counterexample(ProofOfProposition20.TransitionAsPrinted);
        var (eps, xs) = Instance(c);
        var beta = Field(c, "β");
        var zn = BruteForce.Density(xs, eps);
        var i = ProofOfProposition20.PartOf(beta, eps, zn);
        var (lo, hi) = ProofOfProposition20.Part(beta, eps, i + 1);
        // Z_{n+1} at 4001 evenly spaced x: the share landing in I_{i+1} is far below p_β.
        var grid = Enumerable.Range(0, 4001).Select(k => -1 + k / 2000.0).ToArray();
        var inNext = grid.Count(x => BruteForce.Density([.. xs, x], eps) is var z && z > lo && z <= hi) / (double)grid.Length;
        Assert.True(inNext + 0.01 < 1 - 7 / (8 * (1 - beta)), $"share {inNext}");
    }

    [Fact]
    public void Proposition_20_sums_of_alpha_plus_1_and_alpha_plus_2_geometrics_differ_by_mathnet_binomials()
    {
        var n = Numbers(Counterexample(ProofOfProposition20.SumIndexAsPrinted));
        var (p, alpha, trials) = (n[0], (int)n[1], (int)n[2]);
        // Σ_{i=0}^{k−1} Geom_i > n ⇔ fewer than k successes in n trials.
        var fewer = MathNet.Numerics.Distributions.Binomial.CDF(p, trials, alpha);
        var fewerByOne = MathNet.Numerics.Distributions.Binomial.CDF(p, trials, alpha + 1);
        Assert.True(fewerByOne - fewer > 1e-6);
    }

    [Fact]
    public void Proposition_20_least_admitted_n_leaves_t_zero_in_integers()
    {
        var c = Counterexample(ProofOfProposition20.Theorem21Hypotheses);
        var m = Regex.Match(c, @"beta = (\d+)/(\d+), eps = ([^,]+), alpha = (\d+), n = (\d+)");
        var (a, b, alpha, n) = (long.Parse(m.Groups[1].Value), long.Parse(m.Groups[2].Value), long.Parse(m.Groups[4].Value), long.Parse(m.Groups[5].Value));
        var eps = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        Assert.Equal(alpha, (long)Math.Ceiling(Math.Log(1 / (2 * eps)) / Math.Log(1 + (double)a / b)));
        // p = (b − 8a)/(8(b − a)): n p − α − 1 = 0 exactly, and n meets n ≥ (α + 1)/p.
        Assert.Equal(n * (b - 8 * a), 8 * (b - a) * (alpha + 1));
    }

    [Fact]
    public void Proposition_20_eq_3_12_gives_less_than_the_printed_bound_by_transcription()
    {
        var c = Counterexample(ProofOfProposition20.ThesisAsPrinted);
        var (beta, eps, n) = (Field(c, "β"), Field(c, "ε"), Field(c, "n"));
        var p = 1 - 7 / (8 * (1 - beta));
        var alpha = Math.Ceiling(Math.Log(1 / (2 * eps)) / Math.Log(1 + beta));
        Assert.True(n >= (alpha + 1) / p);
        Assert.True(n * p - alpha - 1 > 0);
        Assert.True(1 - Math.Exp(-2 * Math.Pow(n * p - alpha - 1, 2) / n) < 1 - Math.Exp(-2 * p * p / n * Math.Pow(n - alpha / p, 2)));
    }

    [Fact]
    public void Lemma_23_last_step_and_corollary_22_as_printed_fail_by_brute_force_and_transcription()
    {
        var (eps, xs) = Instance(Counterexample(ProofOfLemma23.LastStepPerInstance));
        var zbar = 1 - BruteForce.Density(xs, eps);
        Assert.True(zbar <= 0.5 && 2 * zbar / eps > 1);
        // Corollary 22's printed bound per unit of Z̄ against 7/8, transcribed: 1 + ¼(1 − z) > 7/8 at the case printed.
        var z = Field(Counterexample(ProofOfLemma23.Corollary22AsPrinted), "Z̄_m");
        Assert.True(z is >= 0 and <= 0.5 && 1 + (1 - z) / 4 > 7.0 / 8);
    }

    /// <summary>The last step as printed, recounted at the point the check refutes: the mean of brute-force 2Z̄_τ ∈ [0, 1] over
    /// the trials with Z̄_τ ≤ ½ (the claim's own seeds) lies above ε by more than the Hoeffding half-width.</summary>
    [Fact]
    public void Lemma_23_last_step_as_printed_fails_in_expectation_recounted_by_brute_force()
    {
        var c = Counterexample(ProofOfLemma23.LastStepAsPrinted);
        var (eps, tau) = (Field(c, "eps"), (int)Field(c, "tau"));
        var claim = ClaimCatalogue.All.Single(k => k.Key == ProofOfLemma23.LastStepAsPrinted.Key);
        var point = ProofOfLemma23.LastStepAsPrinted.Stream.Child(Array.IndexOf([0.1, 0.1, 0.01, 0.01, 0.001, 0.001], eps) + (tau == Lemma23.Tau(eps) ? 1 : 0));
        var values = Enumerable.Range(0, Budget.Quick.Trials).Select(i => 1 - BruteForce.Density(new Rng(point.TrialSeed(1, i)).Symmetric(tau), eps))
            .Where(z => z <= 0.5).Select(z => 2 * z).ToArray();
        var halfWidth = Math.Sqrt(Math.Log(2 / 1e-9) / (2 * values.Length));
        Assert.True(values.Average() - halfWidth > eps, $"{claim.Key}: mean {values.Average()} ± {halfWidth} against {eps}");
    }

    [Fact]
    public void Theorem_6_steps_fail_by_transcription_and_brute_force()
    {
        var chain = Counterexample(UsesInTheorem6.BothAtLeastAsPrinted);
        Assert.True(1 - Math.Pow(7.0 / 8, Field(chain, "n − k")) < Math.Pow(1 - Field(chain, "ε") / 2, 2)); // the first factor alone is too small
        var (eps, xs) = Instance(Counterexample(UsesInTheorem6.CoverageAsPrinted));
        Assert.True(BruteForce.Density(xs, eps) > 1 - eps / 2);
        Assert.False(BruteForce.CoversUnitInterval(xs, eps));
        Assert.True(BruteForce.CoversUnitInterval(xs, 2 * eps));
    }

    [Fact]
    public void Corollary_10_uses_of_theorem_6_fail_by_transcription()
    {
        var scale = Counterexample(ProofOfCorollary10.ScaleAsPrinted);
        var (a, b, eps) = (Field(scale, "a"), Field(scale, "b"), Field(scale, "ε"));
        Assert.True(a > 0 && b > 0 && b < 1 / (2 * a) && eps is > 0 and < 1.0 / 3);
        Assert.True(a * eps / 2 > eps);
        var size = Counterexample(ProofOfCorollary10.SampleSizeAsPrinted);
        var (cc, e) = (Field(size, "C"), Field(size, "ε"));
        Assert.True(e is > 0 and < 1.0 / 3 && Math.Ceiling(cc * Math.Log(1 / e)) < cc * Math.Log(1 / (e / 2)));
    }

    [Fact]
    public void Proposition_32_uses_of_corollary_10_fail_by_transcription_and_brute_force()
    {
        Assert.True(Math.Abs(Field(Counterexample(ProofOfProposition32.TargetRange), "target z")) is > 0.5 and <= 1);
        var range = Counterexample(ProofOfProposition32.EpsRange);
        Assert.True(Field(range, "ε") / (Field(range, "d") * Field(range, "d") * Field(range, "c")) >= 1.0 / 3);
        var c = Counterexample(ProofOfProposition32.EventPrecision);
        var (eps, xs) = Instance(c);
        var entries = Numbers(c[c.LastIndexOf('=')..])[0];
        Assert.True(BruteForce.CoversUnitInterval(xs, eps));
        Assert.False(BruteForce.CoversUnitInterval(xs, eps / entries));
    }

    [Fact]
    public void Kernel_norms_and_widths_fail_by_recounting()
    {
        foreach (var claim in new[] { ProofOfLemma34.NormHypothesis, StepsOfTheorem31.KernelNorms })
        {
            var c = Counterexample(claim);
            var (d, ch, seed) = ((int)Field(c, "d"), (int)Field(c, "c"), ulong.Parse(Regex.Match(c, @"seed (\d+)").Groups[1].Value, CultureInfo.InvariantCulture));
            var rng = new Rng(seed);
            var l1 = Enumerable.Range(0, d * d * ch).Sum(_ => Math.Abs(rng.NextSymmetric()));
            Assert.True(l1 > 1, $"{c}: {l1}");
        }
        var w = Counterexample(ProofOfLemma34.WidthPerChannel);
        var (cc, dd, c0, c1, e) = (Field(w, "C"), Field(w, "d"), Field(w, "c0"), (int)Field(w, "c1"), Field(w, "eps'"));
        var needed = cc * Math.Log(dd * dd * c0 * c1 / e);
        var n = (int)Math.Ceiling(cc * c1 * Math.Log(dd * dd * c0 * c1 / e));
        Assert.True(n >= cc * c1 * Math.Log(dd * dd * c0 * c1 / e) && n / c1 < needed);
        var width = Counterexample(StepsOfTheorem31.Lemma34Width);
        var (l, ci, x, cw) = (Field(width, "ℓ"), Field(width, "c_i"), Field(width, "d_i²/ε"), Field(width, "C"));
        Assert.True(l >= 1 && x > 3 && Math.Ceiling(cw * ci * Math.Log(l * x)) < cw * ci * Math.Log(2 * l * x));
    }

    /// <summary>At the default budget's 40000 trials per point (the quick budget's 400 leave it inconclusive): the mean of
    /// Z_n·1{Z′_n &lt; 2/3} − Z_n·1{Z_n &lt; 2/3} over the claim's own trials, recounted with brute-force densities, lies above 0
    /// beyond the Hoeffding half-width.</summary>
    [Fact]
    public void Proposition_17_product_step_fails_at_40000_trials_recounted_by_brute_force()
    {
        var budget = Budget.Quick with { Trials = 40_000 };
        var claim = ClaimCatalogue.All.Single(c => c.Key == ProofOfProposition17.ProductOfExpectations.Key);
        var verdict = CatalogueRun.Check(claim, budget, 1).Verdict;
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        var g = verdict.Observations.ToList().FindIndex(o => o.Outcome == Outcome.Refuted);
        var (eps, n) = ProofOfProposition17.ProductGrid[g];
        var sum = 0.0;
        for (var i = 0; i < budget.Trials; i++)
        {
            var rng = new Rng(claim.Stream.Child(g).TrialSeed(1, i));
            var (z, other) = (BruteForce.Density(rng.Symmetric(n), eps), BruteForce.Density(rng.Symmetric(n), eps));
            sum += z * (other < 2.0 / 3 ? 1 : 0) - z * (z < 2.0 / 3 ? 1 : 0);
        }
        var alpha = Statistics.FamilyWise.Share(CatalogueRun.AlphaPerClaim(budget), ProofOfProposition17.ProductGrid.Count);
        // On the claim's [0, 1] scale the half-width is h; the difference's scale is twice that.
        Assert.True(sum / budget.Trials > 2 * Statistics.Hoeffding.HalfWidthUnit(budget.Trials, alpha), $"mean difference {sum / budget.Trials}");
    }

    [Fact]
    public void The_late_generator_meets_lemma_15s_hypothesis_first_at_its_n()
    {
        var gen = ProofGens.Late(RsspGens.EpsGrid);
        var drawn = FsCheck.Fluent.Gen.Sample(gen, 200).OfType<RsspInstance>().ToArray();
        Assert.True(drawn.Length > 150);
        var samples = drawn.Where(t => t.Samples.Length <= 20).ToArray(); // brute force's reach
        Assert.True(samples.Length > 100);
        Assert.All(samples, t =>
        {
            Assert.True(BruteForce.Density(t.Samples.ToArray(), t.Eps) >= 1 - t.Eps / 2);
            Assert.True(t.Samples.Length == 0 || BruteForce.Density(t.Samples.ToArray()[..^1], t.Eps) < 1 - t.Eps / 2);
        });
        Assert.Contains(samples, t => !BruteForce.CoversUnitInterval(t.Samples.ToArray(), t.Eps));
    }

    [Fact]
    public void Rational_betas_have_exact_p_beta_and_admitted_n()
    {
        var cases = FsCheck.Fluent.Gen.Sample(ProofOfProposition20.RationalCases.Generator, 300);
        Assert.All(cases, r =>
        {
            Assert.True(8 * r.A < r.B && r.A > 0);
            Assert.True(r.N >= (r.Alpha + 1) / (1 - 7 / (8 * (1 - r.Beta))) - 1e-6);
        });
        Assert.Contains(cases, r => r.ScaledExcess == 0);
    }
}
