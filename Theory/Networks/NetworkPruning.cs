using Rssp.Theory.Tensors;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Networks;

/// <summary>Theorem 31's construction and its certificate.</summary>
/// <param name="Masks">S^{(1)}..S^{(2ℓ)} for L^{(1)}..L^{(2ℓ)}.</param>
/// <param name="Layers">the Lemma 34 result of each target layer.</param>
/// <param name="LayerErrors">δ_i: the exact sup over X ∈ [0, 1] of the layer's error; by homogeneity the
/// error on any X ≥ 0 is at most δ_i‖X‖_max.</param>
/// <param name="CertifiedBound">the end-to-end bound on sup over X ∈ [0, 1]^{D×D×c0} of ‖f(X) − N_0^{(S)}(X)‖_max
/// from the proof's recursion (Eq. 4.18–4.24) with the actual δ_i: e_i = ‖K^{(i)}‖_1 e_{i−1} + δ_i m_{i−1},
/// m_i = (‖K^{(i)}‖_1 + δ_i) m_{i−1}, e_0 = 0, m_0 = 1.</param>
/// <param name="ProofBound">(1 + ε/2ℓ)^ℓ − 1, the bound of Eq. 4.24 when every δ_i ≤ ε/2ℓ and ‖K^{(i)}‖_1 ≤ 1.</param>
public sealed record NetworkPruningResult(
    IReadOnlyList<Tensor> Masks, IReadOnlyList<LayerPruningResult> Layers, IReadOnlyList<double> LayerErrors,
    double CertifiedBound, double ProofBound)
{
    /// <summary>The simple CNN with the effective filters L^{(i)}: equal to the pruned N_0 on inputs ≥ 0.</summary>
    public SimpleCnn Effective => new(Layers.Select(l => l.Effective).ToArray());

    public bool AllEntriesWithinPrecision => Layers.All(l => l.AllEntriesWithinPrecision);
}

public static class NetworkPruning
{
    /// <summary>The proof's per-layer precision ε′ = ε/(2ℓ): Eq. 4.8–4.24 then give (1 + ε/2ℓ)^ℓ − 1 ≤ ε.</summary>
    public static double LayerPrecision(double eps, int depth) => Guard.Positive(eps) / (2 * Guard.Positive(depth));

    /// <summary>Prunes N_0 towards the target, layer by layer: Lemma 34 with ε′ = ε/(2ℓ) (the proof's
    /// per-layer precision) on each pair (L^{(2i−1)}, L^{(2i)}).</summary>
    public static NetworkPruningResult Theorem31(SimpleCnn target, RandomCnn network, double eps, int rows, int cols)
    {
        if (network.Layers.Count != 2 * target.Depth)
            throw new ArgumentException($"N_0 must have 2ℓ = {2 * target.Depth} layers, got {network.Layers.Count}.", nameof(network));
        var perLayer = LayerPrecision(eps, target.Depth);
        var layers = target.Filters
            .Select((k, i) => LayerPruning.Lemma34(network.Layers[2 * i], network.Layers[2 * i + 1], k, rows, cols, perLayer))
            .ToArray();
        var deltas = layers.Select(l => l.Supremum.Value).ToArray();
        double e = 0, m = 1;
        for (var i = 0; i < target.Depth; i++)
        {
            var norm = target.Filters[i].L1Norm();
            e = norm * e + deltas[i] * m;
            m = (norm + deltas[i]) * m;
        }
        var proof = Math.Pow(1 + perLayer, target.Depth) - 1;
        return new(layers.SelectMany(l => new[] { l.MaskU, l.MaskV }).ToArray(), layers, deltas, e, proof);
    }

    /// <summary>‖f(X) − N_0^{(S)}(X)‖_max on one input.</summary>
    public static double ErrorAt(SimpleCnn target, RandomCnn network, IReadOnlyList<Tensor> masks, Tensor input) =>
        target.Forward(input).Subtract(network.Forward(input, masks)).MaxNorm();
}
