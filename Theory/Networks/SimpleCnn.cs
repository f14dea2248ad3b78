using Rssp.Theory.Random;
using Rssp.Theory.Tensors;

namespace Rssp.Theory.Networks;

/// <summary>Definition 28: N(X) = K^{(ℓ)} ∗ σ(K^{(ℓ−1)} ∗ σ(⋯ σ(K^{(1)} ∗ X))), no biases, with
/// K^{(i)} ∈ ℝ^{d_i×d_i×c_{i−1}×c_i}. Definition 30: each K^{(i)} is a filter, each K^{(i)}_{:,:,t,k} a kernel.</summary>
public sealed class SimpleCnn
{
    public SimpleCnn(IReadOnlyList<Tensor> filters)
    {
        if (filters.Count == 0) throw new ArgumentException("a CNN needs at least one filter.", nameof(filters));
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters[i].Rank != 4) throw new ArgumentException($"filter {i + 1} must be d×d×c_(i-1)×c_i, got {filters[i].ShapeText}.", nameof(filters));
            if (i > 0 && filters[i].Shape[2] != filters[i - 1].Shape[3])
                throw new ArgumentException($"filter {i + 1} expects {filters[i].Shape[2]} input channels, filter {i} gives {filters[i - 1].Shape[3]}.", nameof(filters));
        }
        Filters = [.. filters];
    }

    public IReadOnlyList<Tensor> Filters { get; }

    public int Depth => Filters.Count;

    public int InputChannels => Filters[0].Shape[2];

    public int OutputChannels => Filters[^1].Shape[3];

    /// <summary>k: the number of parameters (entries of all filters).</summary>
    public int ParameterCount => Filters.Sum(f => f.Length);

    public Tensor Forward(Tensor input) => Layered.Forward(Filters, input);

    /// <summary>A random simple CNN (Definition 28): K^{(i)} ~ Unif([−1, 1])^{d_i×d_i×c_{i−1}×c_i}.</summary>
    public static SimpleCnn Random(Rng rng, IReadOnlyList<int> kernelSizes, IReadOnlyList<int> channels)
    {
        if (channels.Count != kernelSizes.Count + 1)
            throw new ArgumentException("channels lists c_0..c_ℓ: one more entry than kernel sizes.", nameof(channels));
        return new(kernelSizes.Select((d, i) => Tensor.Uniform(rng, d, d, channels[i], channels[i + 1])).ToArray());
    }

    /// <summary>The same network with each filter scaled to ‖K^{(i)}‖_1 = 1 (the class F of Theorem 31).</summary>
    public SimpleCnn NormalisedL1() => new(Filters.Select(f => f.Scale(1 / f.L1Norm())).ToArray());
}
