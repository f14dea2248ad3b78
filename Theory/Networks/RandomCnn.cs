using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Networks;

/// <summary>Theorem 31's random network N_0(X) = L^{(2ℓ)} ∗ σ(⋯ σ(L^{(1)} ∗ X)), with
/// L^{(2i−1)} ~ Unif([−1,1])^{d_i×d_i×c_{i−1}×n_i} and L^{(2i)} ~ Unif([−1,1])^{1×1×n_i×c_i}.</summary>
public sealed class RandomCnn
{
    private RandomCnn(IReadOnlyList<Tensor> layers) => Layers = layers;

    /// <summary>L^{(1)}..L^{(2ℓ)}.</summary>
    public IReadOnlyList<Tensor> Layers { get; }

    public int ParameterCount => Layers.Sum(l => l.Length);

    /// <summary>Theorem 31's width: n_i = ⌈C·c_i·log(c_{i−1}·c_i·d_i²·ℓ/ε)⌉ (natural log), at least c_i.</summary>
    public static int Width(double c, int cPrev, int ci, int di, int depth, double eps)
    {
        Guard.Positive(c);
        var n = Math.Ceiling(c * ci * WidthLog(cPrev, ci, di, depth, eps));
        return (int)Math.Max(ci, Math.Min(n, int.MaxValue / 4));
    }

    /// <summary>The logarithm in Theorem 31's width, log(c_{i−1}·c_i·d_i²·ℓ/ε) (natural log): n_i ≈ C·c_i times this.</summary>
    public static double WidthLog(int cPrev, int ci, int di, int depth, double eps) =>
        Math.Log((double)cPrev * ci * di * di * depth / Guard.Positive(eps));

    /// <summary>N_0 for the target's shape, with n_i from <see cref="Width"/>, drawn from rng layer by layer.</summary>
    public static RandomCnn ForTarget(SimpleCnn target, double c, double eps, Rng rng) =>
        WithWidths(target, target.Filters.Select((f, i) => Width(c, f.Shape[2], f.Shape[3], f.Shape[0], target.Depth, eps)).ToArray(), rng);

    /// <summary>N_0 for the target's shape with the given widths n_1..n_ℓ.</summary>
    public static RandomCnn WithWidths(SimpleCnn target, IReadOnlyList<int> widths, Rng rng)
    {
        if (widths.Count != target.Depth) throw new ArgumentException("one width per target layer.", nameof(widths));
        var layers = new List<Tensor>();
        for (var i = 0; i < target.Depth; i++)
        {
            var f = target.Filters[i];
            var n = Guard.Positive(widths[i], nameof(widths));
            layers.Add(Tensor.Uniform(rng, f.Shape[0], f.Shape[1], f.Shape[2], n));
            layers.Add(Tensor.Uniform(rng, 1, 1, n, f.Shape[3]));
        }
        return new(layers);
    }

    public Tensor Forward(Tensor input) => Layered.Forward(Layers, input);

    /// <summary>N_0^{(S^{(1)},…,S^{(2ℓ)})}(X) = (S^{(2ℓ)} ⊙ L^{(2ℓ)}) ∗ σ(⋯ σ((S^{(1)} ⊙ L^{(1)}) ∗ X)).</summary>
    public Tensor Forward(Tensor input, IReadOnlyList<Tensor> masks)
    {
        if (masks.Count != Layers.Count) throw new ArgumentException($"one mask per layer: {Layers.Count}.", nameof(masks));
        return Layered.Forward(Layers.Zip(masks, (l, s) => Masks.Apply(s, l)).ToArray(), input);
    }
}
