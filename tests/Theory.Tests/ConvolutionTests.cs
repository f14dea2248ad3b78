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

/// <summary>Eq. 4.2 against the literal four-loop transcription; laws of convolution; Eq. 4.3.</summary>
public class ConvolutionTests
{
    /// <summary>Shapes with up to 11 output channels, so that the vector paths of every width are reached.</summary>
    private static readonly Arbitrary<TensorCase> WideCases = Arb.From(TensorCase.Cases(maxC1: 11), TensorCase.Shrink);

    private static bool Close(Tensor fast, double[,,] reference) =>
        fast.Shape.SequenceEqual([reference.GetLength(0), reference.GetLength(1), reference.GetLength(2)]) &&
        Enumerable.Range(0, fast.Length).All(f =>
        {
            int l = f % reference.GetLength(2), j = f / reference.GetLength(2) % reference.GetLength(1), i = f / reference.GetLength(2) / reference.GetLength(1);
            return Math.Abs(fast[i, j, l] - reference[i, j, l]) <= 1e-12;
        });

    [Property]
    public Property Convolution_equals_the_literal_eq_4_2() =>
        Prop.ForAll(WideCases, c => Close(Convolution.Convolve(c.Kernel, c.Input), DirectConvolution.Convolve(c.Kernel, c.Input)));

    /// <summary>Wide output channels reach every block loop: 16-channel 512-bit blocks, 4-vector blocks, single vectors
    /// and single channels; both the 512-bit path and the 256-bit path (taken where AVX-512 is missing) are checked.</summary>
    [Property(MaxTest = 60)]
    public Property Both_vector_paths_equal_the_literal_eq_4_2_for_wide_outputs() =>
        Prop.ForAll(WideCases, Arb.From(Gen.Choose(12, 41)), (c, c1) =>
        {
            var k = Tensor.Uniform(new Rng(c.Seed), c.Kd, c.Kdp, c.C0, c1);
            var reference = DirectConvolution.Convolve(k, c.Input);
            return Close(Convolution.Convolve(k, c.Input, use512: false), reference)
                   && (!System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated || Close(Convolution.Convolve(k, c.Input, use512: true), reference));
        });

    [Property]
    public Property Convolution_is_linear_in_the_input_and_distributes_over_filters() =>
        Prop.ForAll(WideCases, c =>
        {
            var (k, x) = (c.Kernel, c.Input);
            var k2 = Tensor.Uniform(new Rng(c.Seed + 7), [.. k.Shape]);
            var x2 = Tensor.Uniform(new Rng(c.Seed + 9), [.. x.Shape]);
            var linear = Convolution.Convolve(k, x.Scale(2).Add(x2)).Subtract(Convolution.Convolve(k, x).Scale(2).Add(Convolution.Convolve(k, x2)));
            var distributive = Convolution.Convolve(k.Subtract(k2), x).Subtract(Convolution.Convolve(k, x).Subtract(Convolution.Convolve(k2, x)));
            return linear.MaxNorm() < 1e-12 && distributive.MaxNorm() < 1e-12;
        });

    [Property]
    public Property Output_channel_l_is_the_convolution_with_kernel_l() =>
        Prop.ForAll(WideCases, c =>
        {
            var full = Convolution.Convolve(c.Kernel, c.Input);
            // Within rounding: a channel alone takes the scalar path, in a block of channels the fused multiply-add one.
            return Enumerable.Range(0, c.C1).All(l =>
                Convolution.Convolve(c.Kernel.SliceLast(l, l + 1), c.Input).Subtract(full.SliceLast(l, l + 1)).MaxNorm() < 1e-12 &&
                Convolution.Convolve(c.Kernel.SliceLast(l, l + 1).Reshape(c.Kd, c.Kdp, c.C0), c.Input)
                    .Subtract(full.SliceLast(l, l + 1).Reshape(c.D, c.Dp)).MaxNorm() < 1e-12);
        });

    [Fact]
    public void Index_convention_is_a_true_convolution_not_a_cross_correlation()
    {
        // A 2×1 kernel (a, b) on a column (x1, x2, x3): (K ∗ X)_i = a·x_i + b·x_{i−1}.
        var k = Tensor.FromArray([2, 1, 1, 1], [10, 1]);
        var x = Tensor.FromArray([3, 1, 1], [1, 2, 3]);
        Assert.Equal([10, 21, 32], Convolution.Convolve(k, x).ToArray());
    }

    [Fact]
    public void A_kernel_larger_than_the_input_sees_only_the_padded_corner()
    {
        var k = Tensor.Create([3, 3, 1, 1], idx => idx[0] * 3 + idx[1] + 1);
        var x = Tensor.FromArray([1, 1, 1], [2]);
        Assert.Equal([2], Convolution.Convolve(k, x).ToArray());
    }

    [Property]
    public Property Eq_4_3_relu_is_the_identity_on_positive_filters_and_non_negative_inputs() =>
        Prop.ForAll(WideCases, c =>
        {
            var uPlus = c.Kernel.Relu();
            var inner = Convolution.Convolve(uPlus, c.NonNegativeInput);
            return inner.Relu().Equals(inner);
        });

    [Property]
    public Property Proposition_33_holds_and_the_exact_supremum_is_attained_by_its_input() =>
        Prop.ForAll(WideCases, c =>
        {
            var sup = ExactSupremum.Of(c.Kernel, c.D, c.Dp);
            var attained = Convolution.Convolve(c.Kernel, sup.WorstInput).MaxNorm();
            var sampled = Convolution.Convolve(c.Kernel, c.NonNegativeInput).MaxNorm();
            return Math.Abs(attained - sup.Value) < 1e-12 && sampled <= sup.Value + 1e-12 &&
                   sup.Value <= c.Kernel.L1Norm() + 1e-12 && sup.WorstInput.IsMask();
        });

    [Property(MaxTest = 30)]
    public Property Exact_supremum_is_the_maximum_over_every_binary_input_of_a_small_case() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), s =>
        {
            // 2×2×2 inputs: all 256 vertices of the cube, where a linear function's extremes lie.
            var k = Tensor.Uniform(new Rng((ulong)s), 2, 3, 2, 2);
            var best = Enumerable.Range(0, 256)
                .Max(bits => Convolution.Convolve(k, Tensor.Create([2, 2, 2], i => (bits >> (i[0] * 4 + i[1] * 2 + i[2]) & 1))).MaxNorm());
            return Math.Abs(best - ExactSupremum.Of(k, 2, 2).Value) < 1e-12;
        });

    [Fact]
    public void Norms_and_hadamard_follow_their_definitions()
    {
        var a = Tensor.FromArray([2, 2], [1, -3, 2, 0.5]);
        var b = Tensor.FromArray([2, 2], [2, 1, 0, -4]);
        Assert.Equal(3, a.MaxNorm());
        Assert.Equal(6.5, a.L1Norm());
        Assert.Equal([2, -3, 0, -2], a.Hadamard(b).ToArray());
        Assert.Equal([1, 0, 2, 0.5], a.Relu().ToArray());
        Assert.Equal([0, 1, 0, 1], Masks.Where(a, x => x < 1).ToArray());
        Assert.Throws<ArgumentException>(() => Masks.Apply(b, a));
    }
}
