using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Tests;

/// <summary>The boundaries of every argument rule (ε = 0 is refused, n = 0 allowed, …), and the networks' contracts:
/// shapes checked, σ between layers only, the widths and the certificate of Theorem 31.</summary>
public class GuardAndNetworkTests
{
    [Fact]
    public void Each_rule_accepts_its_boundary_exactly_when_the_rule_includes_it()
    {
        Assert.Equal(0.0, Guard.NonNegative(0.0, "x"));
        Assert.Equal(0, Guard.NonNegative(0, "n"));
        Assert.Throws<ArgumentException>(() => Guard.NonNegative(-1e-300, "x"));
        Assert.Throws<ArgumentException>(() => Guard.NonNegative(-1, "n"));
        Assert.Throws<ArgumentException>(() => Guard.Positive(0.0, "x"));
        Assert.Throws<ArgumentException>(() => Guard.Positive(0, "n"));
        Assert.Equal(double.Epsilon, Guard.Positive(double.Epsilon, "x"));
        Assert.Throws<ArgumentException>(() => Guard.InOpen(0, 0, 1, "x"));
        Assert.Throws<ArgumentException>(() => Guard.InOpen(1, 0, 1, "x"));
        Assert.Equal(0.5, Guard.InOpen(0.5, 0, 1, "x"));
        Assert.Equal(0.0, Guard.InClosed(0, 0, 1, "x"));
        Assert.Equal(1.0, Guard.InClosed(1, 0, 1, "x"));
        Assert.Throws<ArgumentException>(() => Guard.InClosed(Math.BitIncrement(1.0), 0, 1, "x"));
        Assert.Throws<ArgumentException>(() => Guard.InClosed(-1e-300, 0, 1, "x"));
        Assert.Equal(7, Guard.AtMost(7, 7, "n"));
        Assert.Throws<ArgumentException>(() => Guard.AtMost(8, 7, "n"));
        Assert.Throws<ArgumentException>(() => Guard.Finite(double.NaN, "x"));
        Guard.AllFinite([1, 2, -3], "xs");
        Assert.Equal("xs", Assert.Throws<ArgumentException>(() => Guard.AllFinite([1, double.PositiveInfinity], "xs")).ParamName);
    }

    [Property]
    public Property Forward_applies_relu_between_layers_and_not_after_the_last() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 3)), Arb.From(Gen.Choose(0, int.MaxValue)), (depth, seed) =>
        {
            var rng = new Rng((ulong)seed);
            var net = SimpleCnn.Random(rng, Enumerable.Repeat(2, depth).ToArray(), Enumerable.Repeat(2, depth + 1).ToArray());
            var x = Tensor.Uniform(rng, 4, 4, 2);
            var expected = x;
            for (var i = 0; i < depth; i++)
            {
                expected = Convolution.Convolve(net.Filters[i], expected);
                if (i < depth - 1) expected = expected.Map(v => Math.Max(0, v));
            }
            return net.Forward(x).Equals(expected) && net.ParameterCount == depth * 16;
        });

    [Fact]
    public void The_last_layer_is_linear_so_a_negative_output_survives()
    {
        var net = new SimpleCnn([Tensor.FromArray([1, 1, 1, 1], [1]), Tensor.FromArray([1, 1, 1, 1], [-1])]);
        Assert.Equal(-0.5, net.Forward(Tensor.FromArray([1, 1, 1], [0.5]))[0, 0, 0]);
        Assert.Equal(0, net.Forward(Tensor.FromArray([1, 1, 1], [-0.5]))[0, 0, 0]);   // σ after the first layer
        Assert.Equal(2, net.ParameterCount);
        var normalised = new SimpleCnn([Tensor.FromArray([1, 1, 1, 2], [2, -6])]).NormalisedL1();
        Assert.Equal(new[] { 0.25, -0.75 }, normalised.Filters[0].ToArray());
    }

    [Property]
    public Property Widths_are_the_formula_of_theorem_31_and_at_least_c_i() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 80)), Arb.From(Gen.Choose(1, 6)), Arb.From(Gen.Choose(1, 6)), (c10, cPrev, ci) =>
        {
            var (c, di, depth, eps) = (c10 / 10.0, 1 + c10 % 5, 1 + c10 % 3, Math.Pow(10, -(c10 % 6)) * 0.9);
            var formula = c * ci * Math.Log((double)cPrev * ci * di * di * depth / eps);
            var n = RandomCnn.Width(c, cPrev, ci, di, depth, eps);
            return n >= ci && n >= formula && (n == ci || n - 1 < formula);
        });

    [Fact]
    public void Random_network_layers_have_the_shapes_of_theorem_31()
    {
        var target = SimpleCnn.Random(new Rng(2), [3, 2], [2, 3, 1]);
        var net = RandomCnn.WithWidths(target, [5, 4], new Rng(3));
        Assert.Equal([[3, 3, 2, 5], [1, 1, 5, 3], [2, 2, 3, 4], [1, 1, 4, 1]], net.Layers.Select(l => l.Shape.ToArray()).ToArray());
        Assert.Equal(net.Layers.Sum(l => l.Length), net.ParameterCount);
    }

    [Property(MaxTest = 25)]
    public Property The_certificate_is_the_proofs_recursion_with_the_actual_layer_errors() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 3)), Arb.From(Gen.Choose(0, int.MaxValue)), (depth, seed) =>
        {
            var rng = new Rng((ulong)seed);
            var target = SimpleCnn.Random(rng, Enumerable.Repeat(2, depth).ToArray(), Enumerable.Repeat(1, depth + 1).ToArray()).NormalisedL1();
            var net = RandomCnn.ForTarget(target, 3, 0.2, rng);
            var r = NetworkPruning.Theorem31(target, net, 0.2, 3, 3);
            // Eq. 4.18–4.24 with δ_i: e_i = ‖K_i‖_1 e_{i−1} + δ_i m_{i−1}, m_i = (‖K_i‖_1 + δ_i) m_{i−1}; here ‖K_i‖_1 = 1.
            double e = 0, m = 1;
            foreach (var delta in r.LayerErrors) (e, m) = (e + delta * m, (1 + delta) * m);
            // Each layer aims at ε/(2ℓ), split over c1·d²·c0 = 1·2²·1 entries.
            var layerPrecisionOk = r.Layers.All(l => Math.Abs(l.EntryPrecision - 0.2 / (2 * depth) / 4) < 1e-15);
            return Math.Abs(r.CertifiedBound - e) < 1e-12 && Math.Abs(r.ProofBound - (Math.Pow(1 + 0.1 / depth, depth) - 1)) < 1e-15
                   && r.LayerErrors.SequenceEqual(r.Layers.Select(l => l.Supremum.Value)) && layerPrecisionOk
                   && r.AllEntriesWithinPrecision == r.Layers.All(l => l.UnreachedEntries == 0);
        });

    [Fact]
    public void For_one_layer_the_certificate_is_attained_at_the_worst_input()
    {
        var rng = new Rng(9);
        var target = SimpleCnn.Random(rng, [2], [2, 1]).NormalisedL1();
        var net = RandomCnn.ForTarget(target, 4, 0.1, rng);
        var r = NetworkPruning.Theorem31(target, net, 0.1, 3, 3);
        Assert.Equal(r.CertifiedBound, NetworkPruning.ErrorAt(target, net, r.Masks, r.Layers[0].Supremum.WorstInput), 12);
    }

    [Fact]
    public void Each_entry_uses_only_the_first_max_samples_per_entry_samples_with_positive_u()
    {
        // 100 samples per block, so the cap binds: mask S may keep only samples among the first 36 with U > 0.
        var rng = new Rng(21);
        var u = Tensor.Uniform(rng, 1, 1, 1, 100);
        var v = Tensor.Uniform(rng, 1, 1, 100, 1);
        var r = LayerPruning.Lemma34(u, v, Tensor.FromArray([1, 1, 1, 1], [0.37]), 2, 2, 1e-3);
        var allowed = Enumerable.Range(0, 100).Where(t => u[0, 0, 0, t] > 0).Take(LayerPruning.MaxSamplesPerEntry).ToHashSet();
        Assert.True(allowed.Count == LayerPruning.MaxSamplesPerEntry);
        Assert.All(Enumerable.Range(0, 100), t => Assert.True(r.MaskU[0, 0, 0, t] == 0 || allowed.Contains(t), $"t = {t}"));
        Assert.True(Enumerable.Range(0, 100).Count(t => r.MaskU[0, 0, 0, t] == 1) > 0);
    }
}
