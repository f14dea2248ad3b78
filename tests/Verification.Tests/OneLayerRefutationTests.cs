using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Reference;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>Proposition 32, Lemma 34 and Theorem 31 against one hidden layer (d = c0 = c1 = 1, ℓ = 1), each refutation recounted from its
/// printed counterexample by a literal forward pass (Eq. 4.2 transcribed, <see cref="DirectConvolution"/>) over every mask,
/// MathNet's uniform law and integer exponents — nothing the check computes with (the law of V·U⁺, the failure bound).</summary>
public partial class OneLayerRefutationTests
{
    private static Verdict Run(Claim claim) => CatalogueRun.Check(ClaimCatalogue.All.Single(c => c.Key == claim.Key), Budget.Quick, 1).Verdict;

    /// <summary>The number after "name = " in a counterexample (round-trip form).</summary>
    private static double Field(string s, string name)
    {
        var m = Regex.Match(s, "(?:^|, )" + Regex.Escape(name) + @" = (-?[\d.]+(?:E[-+]?\d+)?)");
        Assert.True(m.Success, $"{name} in {s}");
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>N(x) = (V ⊙ T) ∗ σ((U ⊙ S) ∗ X) at a 1×1 input x with one input and one output channel, by Eq. 4.2 literally.</summary>
    private static double Network(double[] u, double[] v, bool[] s, bool[] t, double x)
    {
        var n = u.Length;
        var input = Tensor.Create([1, 1, 1], _ => x);
        var hidden = DirectConvolution.Convolve(Tensor.Create([1, 1, 1, n], i => s[i[3]] ? u[i[3]] : 0), input);
        var relu = Tensor.Create([1, 1, n], i => Math.Max(0, hidden[0, 0, i[2]]));
        return DirectConvolution.Convolve(Tensor.Create([1, 1, n, 1], i => t[i[2]] ? v[i[2]] : 0), relu)[0, 0, 0];
    }

    private static IEnumerable<bool[]> Masks(int n) => Enumerable.Range(0, 1 << n).Select(m => Enumerable.Range(0, n).Select(i => (m >> i & 1) == 1).ToArray());

    /// <summary>The smallest error over every mask pair (S, T) of sup_x |K·x − N(x)| over the inputs given; with masks on
    /// U only (Proposition 32's N_0^{(S)}), over every S with T all ones.</summary>
    private static double BestError(double[] u, double[] v, double k, double[] xs, bool uOnly = false) =>
        Masks(u.Length).SelectMany(s => (uOnly ? [Enumerable.Repeat(true, u.Length).ToArray()] : Masks(u.Length))
            .Select(t => xs.Max(x => Math.Abs(k * x - Network(u, v, s, t, x))))).Min();

    private static readonly double[] UnitInputs = [0, 0.25, 0.5, 1], SignedInputs = [-1, -0.5, 0, 0.5, 1];

    /// <summary>One hidden unit's draws: random, and the ends (U at ±1 and 0, V at ±1 and 0).</summary>
    private static IEnumerable<(double U, double V)> OneUnitDraws()
    {
        var rng = new Rng(34);
        foreach (var u in new[] { -1, 0, 1e-9, 0.5, 1 })
        foreach (var v in new[] { -1, 0, 1 })
            yield return (u, v);
        for (var i = 0; i < 400; i++) yield return (rng.NextSymmetric(), rng.NextSymmetric());
    }

    /// <summary>At n = 1 with ε &lt; 1: on every draw, K = 1 or K = −1 is missed by at least 1 under every mask (the four masks
    /// give L ∈ {0, V·U⁺}: L = 0 misses both by 1, and V·U⁺ has one sign, so it misses the other by at least 1), so no draw
    /// serves both: Pr = 0.</summary>
    private static void NoDrawServesBoth(double eps, bool uOnly)
    {
        Assert.InRange(eps, double.Epsilon, Math.BitDecrement(1.0));
        Assert.All(OneUnitDraws(), d =>
        {
            var (plus, minus) = (BestError([d.U], [d.V], 1, UnitInputs, uOnly), BestError([d.U], [d.V], -1, UnitInputs, uOnly));
            Assert.True(Math.Max(plus, minus) >= 1 - 1e-12, $"U = {d.U}, V = {d.V}: {plus}, {minus}");
            Assert.True(Math.Max(plus, minus) > eps);
        });
    }

    /// <summary>A one-unit claim's counterexample, recounted: refuted, its best candidate C (the largest margin) is named with
    /// the list, n = 1 meets the printed count C·log(1/δ) at the shape d = c0 = c1 (= ℓ) = 1, and no draw serves both K = 1 and
    /// K = −1 at δ (so Pr = 0 &lt; 1 − δ); the same at every listed C, each at δ = e^{−1/(2C)}. Returns C.</summary>
    private static double OneUnitRecount(Claim claim, string precision, double floor, bool uOnly = false)
    {
        var verdict = Run(claim);
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        var c = verdict.Counterexample!;
        var (cc, eps, n) = (Field(c, "C"), Field(c, precision), (int)Field(c, "n"));
        Assert.Contains("the largest over the listed C ∈ {", c);
        Assert.Equal(1, n);
        Assert.True(n >= cc * Math.Log(1 / eps), c);
        NoDrawServesBoth(eps, uOnly);
        foreach (var listed in Lemma34.CandidateList(floor))
        {
            var delta = Math.Exp(-1 / (2 * listed));
            Assert.True(1 >= listed * Math.Log(1 / delta), $"C = {listed}");
            NoDrawServesBoth(delta, uOnly);
        }
        return cc;
    }

    [Fact]
    public void Proposition_32_fails_with_one_sample_near_one_recounted_over_every_mask_on_U() =>
        Assert.True(OneUnitRecount(Proposition32NearOne, "ε", 1, uOnly: true) >= 1);

    private static Claim Proposition32NearOne => Proposition32.Claims.Single(c => c.VariantName == "one sample near ε = 1");

    [Fact]
    public void Lemma_34_at_eps_prime_fails_with_one_unit_near_one_recounted_over_every_mask() =>
        Assert.True(OneUnitRecount(Lemma34.NearOne, "ε′", 1) >= 1);

    [Fact]
    public void Theorem_31_as_printed_fails_with_one_unit_near_one_recounted_over_every_mask_and_over_signed_inputs()
    {
        // ℓ = d = c0 = c1 = 1: n_1 = 1 ≥ C·c_1·log(c_0c_1d_1²ℓ/ε); f(X) = ±X lies in F (‖K‖_1 = 1).
        Assert.True(OneUnitRecount(Theorem31.NearOne, "ε", Theorem31.NearOneFloor) >= Theorem31.NearOneFloor);
        // Over the printed domain [−1, 1] it is worse: one ReLU unit is one-sided, so even f(X) = X alone is missed by 1.
        Assert.All(OneUnitDraws(), d => Assert.True(BestError([d.U], [d.V], 1, SignedInputs) >= 1 - 1e-12, $"U = {d.U}, V = {d.V}"));
    }

    [GeneratedRegex(@"ε = 2\^−(\d+)")]
    private static partial Regex PowerOfTwo();

    [Fact]
    public void Lemma_34_as_printed_fails_at_a_free_eps_below_the_dead_layers_probability()
    {
        var verdict = Run(Lemma34.AsPrinted);
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        var c = verdict.Counterexample!;
        var (cc, eps, n) = (Field(c, "C"), Field(c, "ε′"), (int)Field(c, "n"));
        var m = PowerOfTwo().Match(c);
        var log2Eps = m.Success ? -int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : Math.Log2(Field(c, "ε"));
        Assert.Equal(TargetKind.Reading, Lemma34.AsPrinted.Target.Kind);
        // Hypotheses: ε′ inside the reading's range (0, 1/3); n the fewest units with n ≥ C log(1/ε′).
        Assert.InRange(eps, 1e-6, 1.0 / 3);
        Assert.True(n >= cc * Math.Log(1 / eps) && n - 1 < cc * Math.Log(1 / eps), c);
        // Every U_t ≤ 0 with probability Pr(U ≤ 0)ⁿ = 2^−n (MathNet's uniform law); ε = 2^−(n+1) is smaller.
        var half = new MathNet.Numerics.Distributions.ContinuousUniform(-1, 1).CumulativeDistribution(0);
        Assert.Equal(-n, n * Math.Log2(half));
        Assert.Equal(-(n + 1), log2Eps);
        // A dead layer gives the network 0 on [0, 1] under every mask (all masks for 1 and 2 units; 16 random ones at the
        // counterexample's n), so K = 1 is missed by 1 > ε′.
        var rng = new Rng(7);
        foreach (var units in new[] { 1, 2 })
        {
            var (u, v) = (Enumerable.Range(0, units).Select(_ => -Math.Abs(rng.NextSymmetric())).ToArray(), rng.Symmetric(units));
            Assert.Equal(1, BestError(u, v, 1, UnitInputs), 12);
        }
        var (du, dv) = (Enumerable.Range(0, n).Select(_ => -Math.Abs(rng.NextSymmetric())).ToArray(), rng.Symmetric(n));
        for (var k = 0; k < 16; k++)
        {
            var (s, t) = (Enumerable.Range(0, n).Select(_ => rng.NextUnit() < 0.5).ToArray(), Enumerable.Range(0, n).Select(_ => rng.NextUnit() < 0.5).ToArray());
            Assert.All(UnitInputs, x => Assert.Equal(0, Network(du, dv, s, t, x)));
        }
        Assert.True(1 > eps);
    }

    [Fact]
    public void The_mutants_in_the_readings_ranges_are_not_refuted()
    {
        foreach (var claim in new[] { Proposition32NearOne, Lemma34.AsPrinted, Lemma34.NearOne, Theorem31.NearOne })
        {
            var row = MutantRun.Check(claim, Budget.Quick, 1);
            Assert.Equal(Outcome.Refuted, row.Claim.Verdict.Outcome);
            var mutant = Assert.Single(row.Mutants);
            Assert.Equal(Outcome.Holds, mutant.Verdict.Outcome);
            Assert.True(mutant.Killed);
        }
    }

    [Fact]
    public void Every_candidate_meets_its_claims_hypotheses_and_the_list_spans_its_range()
    {
        foreach (var (floor, strict) in new[] { (1.0, true), (1.0, false), (Theorem31.NearOneFloor, false) })
        {
            var cases = Lemma34.NearOneList(floor, strict);
            Assert.All(cases, p => Assert.True(p.N == 1 && p.Precision is > 0 and < 1 && p.C >= floor && p.C <= 1e4 && p.Strict == strict, $"{p}"));
            Assert.Equal(floor, cases[0].C);
            Assert.Equal(1e4, cases[^1].C);
            Assert.True(cases.Zip(cases.Skip(1)).All(q => q.Second.C > q.First.C && q.Second.C <= 2.5 * q.First.C), "log-spaced, at most ×2.5 apart");
        }
        var free = Lemma34.FreeEpsCases;
        Assert.All(free, p => Assert.True(p.C >= Lemma34.FreeEpsFloor && p.Precision is > 0 and < 1.0 / 3 && p.Log2Eps == -(p.N + 1)
            && p.N >= p.C * Math.Log(1 / p.Precision) && p.N - 1 < p.C * Math.Log(1 / p.Precision), $"{p}"));
        Assert.Equal(1e4, free[^1].C);
    }

    [Fact]
    public void One_listed_C_that_holds_keeps_the_claim_from_refutation()
    {
        // every listed C failing refutes; one C whose case is not refuted (here moved into ε < 1/3) makes the largest margin positive
        var cases = Lemma34.NearOneList(1);
        Assert.True(new Lemma34.EveryCandidate(cases).Margin(Lemma34.OneLayerMargin) < 0);
        Assert.True(new Lemma34.EveryCandidate([.. cases.Take(cases.Count - 1), cases[0].Below(1.0 / 3)]).Margin(Lemma34.OneLayerMargin) > 0);
    }

    [Fact]
    public void The_strict_and_closed_forms_differ_at_the_precision_itself()
    {
        // δ = 1, one unit: L = 0 is within ≤ 1 of both K = ±1 (never fails), but not within < 1, and no W lies in (0, 2) ∩ (−2, 0)
        var closed = Lemma34.OneLayer.AtLevel(5, 1);
        Assert.Equal(1, closed.N);
        Assert.Equal(1, Lemma34.OneUnitServesBoth(closed));
        Assert.Equal(double.NegativeInfinity, Lemma34.FailureLog2(closed));
        var strict = closed with { Strict = true };
        Assert.Equal(0, Lemma34.OneUnitServesBoth(strict));
        Assert.Equal(0, Lemma34.FailureLog2(strict));
    }
}
