using Rssp.Verification.Reference;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Statistics;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>The refutations of chapter 4, each recomputed by a method that shares nothing with the check.</summary>
public class Chapter4ClaimTests
{
    private static Verdict Run(string key) => CatalogueRun.Check(ClaimCatalogue.All.Single(c => c.Key == key), Budget.Quick, 1).Verdict;

    [Fact]
    public void V_times_u_plus_is_not_half_log_two_over_two_super_uniform_by_monte_carlo()
    {
        var verdict = Run("Proposition 32 [samples super-uniform]");
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        var parts = verdict.Counterexample!.Trim('[', ']').Split(", ").Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (x, h) = (parts[0], parts[1] - parts[0]);
        Assert.True(x >= -0.5 && x + h <= 0.5, "the counterexample lies in [−½, ½]");
        // 200000 draws of V·max(0, U): the mass of [x, x + h] is below (log 2)/2·h beyond doubt.
        var rng = new Rng(99);
        const int draws = 200_000;
        var inside = Enumerable.Range(0, draws).Count(_ =>
        {
            var w = rng.NextSymmetric() * Math.Max(0, rng.NextSymmetric());
            return w >= x && w <= x + h;
        });
        Assert.True(ClopperPearson.Interval(inside, draws, 1e-9).High < Math.Log(2) / 2 * h);
    }

    [Fact]
    public void Eq_4_6_as_printed_puts_a_hidden_channel_in_two_blocks_by_plain_loops()
    {
        var verdict = Run("Lemma 34 [Eq. 4.6 as printed]");
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        Assert.Equal("(2, 2)", verdict.Counterexample);
        // n = 2, c1 = 2, n′ = 1: T_{1,1,t,ℓ} = 1 iff (ℓ − 1)·1 ≤ t ≤ ℓ·1; t = 1 satisfies it for ℓ = 1 and ℓ = 2.
        var blocks = Enumerable.Range(1, 2).Where(l => (l - 1) * 1 <= 1 && 1 <= l * 1).ToArray();
        Assert.Equal([1, 2], blocks);
    }

    [Fact]
    public void The_proofs_masks_fail_on_negative_inputs_by_a_literal_forward_pass()
    {
        var verdict = Run("Theorem 31 [the proof's masks over [−1, 1]]");
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        // One layer with K ≥ 0, ‖K‖_1 = 1, one output channel: f(X) = K ∗ X, N(X) = (T ⊙ V) ∗ σ((S ⊙ U) ∗ X) with S keeping
        // only positive entries of U. For X = −1 everywhere the hidden layer is σ(non-positive) = 0 and N(X) = 0, while
        // f(X) = −‖K‖_1 = −1 wherever the whole kernel fits in the input.
        var rng = new Rng(5);
        var k = Tensor.Uniform(rng, 3, 3, 2, 1).Map(Math.Abs);
        var target = new SimpleCnn([k.Scale(1 / k.L1Norm())]);
        var network = RandomCnn.ForTarget(target, Theorem31.C, 0.1, rng);
        var result = NetworkPruning.Theorem31(target, network, 0.1, 6, 6);
        Assert.True(result.AllEntriesWithinPrecision);
        var x = Tensor.Create([6, 6, 2], _ => -1);
        var (s1, t1) = (Masks.Apply(result.Masks[0], network.Layers[0]), Masks.Apply(result.Masks[1], network.Layers[1]));
        var hidden = Literal(s1, x).Relu();
        Assert.All(hidden.ToArray(), v => Assert.Equal(0, v));
        var error = Literal(target.Filters[0], x).Subtract(Literal(t1, hidden)).MaxNorm();
        Assert.Equal(1, error, 12);
    }

    [Fact]
    public void Theorem_24s_parameter_count_outgrows_k_log_recounted_by_hand()
    {
        var verdict = Run("Theorem 24 [Theorem 31's widths]");
        Assert.Equal(Outcome.Refuted, verdict.Outcome);
        // One layer d = 1, c0 = 1, c1 = m: n = ⌈C·m·log(m/ε)⌉ hidden channels, N_0 has n·(1 + m) parameters,
        // k = m, so params/(k log(kℓ/ε)) ≈ C(1 + m): beyond any fixed multiple as m grows.
        const double c = 6, eps = 0.01;
        double Ratio(int m) => Math.Ceiling(c * m * Math.Log(m / eps)) * (1 + m) / (m * Math.Log(m / eps));
        Assert.True(Ratio(15) > 2 * (c + 1));
        Assert.True(Ratio(1024) > 100 * Ratio(1) / 2);
    }

    /// <summary>A convolution built entry by entry from Eq. 4.2 as transcribed in the claim (not the core's kernel).</summary>
    private static Tensor Literal(Tensor k, Tensor x)
    {
        var y = DirectConvolution.Convolve(k, x);
        return Tensor.Create([x.Shape[0], x.Shape[1], k.Shape[3]], i => y[i[0], i[1], i[2]]);
    }
}
