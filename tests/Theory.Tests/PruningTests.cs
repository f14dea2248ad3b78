using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;

namespace Rssp.Theory.Tests;

/// <summary>The constructions of Proposition 32, Lemma 34 and Theorem 31 against direct evaluation.</summary>
public class PruningTests
{
    public sealed record LayerCase(int D, int Kd, int C0, int C1, int BlockSize, double Eps, ulong Seed)
    {
        public Tensor U => Tensor.Uniform(new Rng(Seed), Kd, Kd, C0, BlockSize * C1);

        public Tensor V => Tensor.Uniform(new Rng(Seed + 1), 1, 1, BlockSize * C1, C1);

        public Tensor K => Tensor.Uniform(new Rng(Seed + 2), Kd, Kd, C0, C1);

        public Tensor Input(ulong salt) => Tensor.Uniform(new Rng(Seed + 3 + salt), D, D, C0).Map(Math.Abs);

        public LayerPruningResult Prune() => LayerPruning.Lemma34(U, V, K, D, D, Eps);
    }

    private static Arbitrary<LayerCase> Layers => Arb.From(
        from d in Gen.Choose(1, 5)
        from kd in Gen.Choose(1, 3)
        from c0 in Gen.Choose(1, 3)
        from c1 in Gen.Choose(1, 3)
        from block in Gen.Choose(1, 24)
        from eps in Gen.Elements(0.5, 0.1, 0.01)
        from seed in Gen.Choose(0, int.MaxValue)
        select new LayerCase(d, kd, c0, c1, block, eps, (ulong)seed));

    private static Tensor Pruned(LayerCase c, LayerPruningResult r, Tensor x) =>
        Convolution.Convolve(Masks.Apply(r.MaskV, c.V), Convolution.Convolve(Masks.Apply(r.MaskU, c.U), x).Relu());

    [Property(MaxTest = 60)]
    public Property Pruned_network_equals_the_effective_filter_on_non_negative_inputs() =>
        Prop.ForAll(Layers, c =>
        {
            var r = c.Prune();
            var x = c.Input(0);
            return Pruned(c, r, x).Subtract(Convolution.Convolve(r.Effective, x)).MaxNorm() < 1e-12;
        });

    [Property(MaxTest = 60)]
    public Property Effective_filter_is_v_t_convolved_with_u_plus_s() =>
        Prop.ForAll(Layers, c =>
        {
            var r = c.Prune();
            var uKept = Masks.Apply(r.MaskU, c.U);
            var vKept = Masks.Apply(r.MaskV, c.V);
            var n = c.U.Shape[3];
            var collapse = Tensor.Create([.. c.K.Shape], i => Enumerable.Range(0, n).Sum(t => vKept[0, 0, t, i[3]] * uKept[i[0], i[1], i[2], t]));
            return collapse.Subtract(r.Effective).MaxNorm() < 1e-12 && uKept.ToArray().All(u => u >= 0);
        });

    [Property(MaxTest = 60)]
    public Property Certificate_supremum_bounds_sampled_inputs_and_is_attained() =>
        Prop.ForAll(Layers, c =>
        {
            var r = c.Prune();
            double ErrorAt(Tensor x) => Convolution.Convolve(c.K, x).Subtract(Pruned(c, r, x)).MaxNorm();
            var sampled = Enumerable.Range(0, 5).Max(s => ErrorAt(c.Input((ulong)s)));
            return sampled <= r.Supremum.Value + 1e-12 && Math.Abs(ErrorAt(r.Supremum.WorstInput) - r.Supremum.Value) < 1e-12 &&
                   r.Supremum.Value <= r.L1Error + 1e-12;
        });

    [Property(MaxTest = 40)]
    public Property Each_entry_is_the_best_subset_of_its_block_samples() =>
        Prop.ForAll(Layers, c =>
        {
            var r = c.Prune();
            int block = c.BlockSize, d = c.Kd;
            return Enumerable.Range(0, d * d * c.C0 * c.C1).All(f =>
            {
                int l = f % c.C1, ch = f / c.C1 % c.C0, b = f / c.C1 / c.C0 % d, a = f / c.C1 / c.C0 / d;
                var samples = Enumerable.Range(l * block, block).Where(t => c.U[a, b, ch, t] > 0)
                    .Take(LayerPruning.MaxSamplesPerEntry).Select(t => c.V[0, 0, t, l] * c.U[a, b, ch, t]).ToArray();
                return Math.Abs(r.EntryErrors[a, b, ch, l] - BruteForce.ClosestError(samples, c.K[a, b, ch, l])) < 1e-12;
            });
        });

    [Property(MaxTest = 60)]
    public Property Mask_t_is_block_diagonal_and_unreached_entries_are_counted() =>
        Prop.ForAll(Layers, c =>
        {
            var r = c.Prune();
            var blockDiagonal = Enumerable.Range(0, c.BlockSize * c.C1)
                .All(t => Enumerable.Range(0, c.C1).All(l => r.MaskV[0, 0, t, l] == (t / c.BlockSize == l ? 1 : 0)));
            var unreached = r.EntryErrors.ToArray().Count(e => !(e < r.EntryPrecision));
            return blockDiagonal && unreached == r.UnreachedEntries &&
                   Math.Abs(r.EntryPrecision - c.Eps / (c.C1 * c.Kd * c.Kd * c.C0)) < 1e-15;
        });

    [Fact]
    public void Eq_4_6_as_printed_puts_the_block_boundary_in_two_blocks()
    {
        var t = LayerPruning.Eq46Printed(6, 2);
        // n′ = 3: block 1 is t ∈ [0, 3], block 2 is t ∈ [3, 6] (1-based): t = 3 is in both.
        Assert.Equal([1, 1, 1, 0, 0, 0], Enumerable.Range(0, 6).Select(i => t[0, 0, i, 0]));
        Assert.Equal([0, 0, 1, 1, 1, 1], Enumerable.Range(0, 6).Select(i => t[0, 0, i, 1]));
    }

    [Fact]
    public void A_target_the_samples_cannot_reach_is_reported_not_hidden()
    {
        // All of U negative: U⁺ = 0, every sum is 0, and K = 0.9 cannot be reached.
        var u = Tensor.Create([1, 1, 1, 4], _ => -0.5);
        var v = Tensor.Create([1, 1, 4, 1], _ => 0.5);
        var k = Tensor.Create([1, 1, 1, 1], _ => 0.9);
        var r = LayerPruning.Proposition32(u, v, k, 3, 3, 0.01);
        Assert.Equal(1, r.UnreachedEntries);
        Assert.False(r.AllEntriesWithinPrecision);
        Assert.Equal(0.9, r.Supremum.Value, 15);
        Assert.All(r.MaskU.ToArray(), s => Assert.Equal(0, s));
    }

    [Property(MaxTest = 15)]
    public Property Theorem_31_pruned_network_stays_within_its_certificate() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 3)), (s, depth) =>
        {
            var rng = new Rng((ulong)s);
            var channels = Enumerable.Range(0, depth + 1).Select(_ => 1 + rng.NextInt(3)).ToArray();
            var sizes = Enumerable.Range(0, depth).Select(_ => 1 + rng.NextInt(3)).ToArray();
            var target = SimpleCnn.Random(rng, sizes, channels).NormalisedL1();
            var network = RandomCnn.ForTarget(target, 3, 0.1, rng);
            var result = NetworkPruning.Theorem31(target, network, 0.1, 5, 5);
            var inputs = Enumerable.Range(0, 6).Select(k => Tensor.Uniform(rng, 5, 5, channels[0]).Map(x => k % 2 == 0 ? Math.Abs(x) : x > 0 ? 1 : 0))
                .Append(result.Layers[0].Supremum.WorstInput);
            var worst = inputs.Max(x => NetworkPruning.ErrorAt(target, network, result.Masks, x));
            var effectiveAgrees = inputs.All(x => result.Effective.Forward(x).Subtract(network.Forward(x, result.Masks)).MaxNorm() < 1e-12);
            return worst <= result.CertifiedBound + 1e-12 && effectiveAgrees &&
                   (!result.AllEntriesWithinPrecision || result.CertifiedBound <= result.ProofBound + 1e-12);
        });
}
