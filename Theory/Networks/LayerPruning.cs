using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tensors;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Networks;

/// <summary>The outcome of pruning V ∗ σ(U ∗ X) towards K ∗ X, with its certificate.</summary>
/// <param name="MaskU">S, a mask of U: only positive entries of U are ever kept (U ⊙ S = U⁺ ⊙ S).</param>
/// <param name="MaskV">T, a mask of V: block-diagonal (Eq. 4.6–4.7), all ones when c1 = 1.</param>
/// <param name="Effective">L = (V ⊙ T) ∗ (U⁺ ⊙ S): L_{i,j,k,ℓ} = Σ_t V_{1,1,t,ℓ}T_{1,1,t,ℓ}U_{i,j,k,t}S_{i,j,k,t}.</param>
/// <param name="EntryErrors">|K − L| entrywise.</param>
/// <param name="EntryPrecision">the per-entry precision the proof asks for (strict: error &lt; precision).</param>
/// <param name="UnreachedEntries">entries whose samples could not come within the precision.</param>
/// <param name="Supremum">sup over X ∈ [0, 1]^{D×D′×c0} of ‖K ∗ X − N_0^{(S,T)}(X)‖_max, exact, with the input attaining it.</param>
public sealed record LayerPruningResult(
    Tensor MaskU, Tensor MaskV, Tensor Effective, Tensor EntryErrors, double EntryPrecision,
    int UnreachedEntries, ExactSupremum.Result Supremum)
{
    public double L1Error => EntryErrors.L1Norm();

    public bool AllEntriesWithinPrecision => UnreachedEntries == 0;
}

/// <summary>The constructions of Proposition 32 and Lemma 34. Prune the negative entries of U, so that
/// for X ≥ 0 the ReLU acts as the identity (Eq. 4.3) and the network collapses to L ∗ X; then for each
/// entry (i, j, k, ℓ) keep the subset of the samples V_{1,1,t,ℓ}·U⁺_{i,j,k,t} (t in block ℓ) whose sum is
/// closest to K_{i,j,k,ℓ} (an RSS instance, solved exactly by meet in the middle).</summary>
public static class LayerPruning
{
    /// <summary>Samples per entry handed to the witness solver: the first this many t with U &gt; 0 in the
    /// block (2·2¹⁸ sums; enough for per-entry precision far below 10⁻⁸).</summary>
    public const int MaxSamplesPerEntry = 36;

    /// <summary>The per-entry precision of Eq. 4.5 and Lemma 34: ε′/(c1·d·d′·c0). Every entry of K within it (strictly)
    /// makes ‖K − L‖_1 &lt; ε′/c1 per output channel, so the layer's sup error over [0, 1] inputs is &lt; ε′.</summary>
    public static double EntryPrecision(double eps, int d, int dp, int c0, int c1) =>
        Guard.Positive(eps) / (Guard.Positive(c1) * Guard.Positive(d) * Guard.Positive(dp) * Guard.Positive(c0));

    /// <summary>Proposition 32: U is d×d×c×n, V is 1×1×n×1, K is d×d×c×1, target sup error ε;
    /// per-entry precision ε/(d²c) as in Eq. 4.5.</summary>
    public static LayerPruningResult Proposition32(Tensor u, Tensor v, Tensor k, int rows, int cols, double eps)
    {
        if (k.Rank != 4 || k.Shape[3] != 1) throw new ArgumentException($"Proposition 32's K is d×d×c×1, got {k.ShapeText}.", nameof(k));
        return Lemma34(u, v, k, rows, cols, eps);
    }

    /// <summary>Lemma 34: U is d×d×c0×n, V is 1×1×n×c1, K is d×d×c0×c1, target sup error ε′. T is block
    /// diagonal with c1 blocks of n′ = ⌊n/c1⌋ (Eq. 4.7's (ℓ−1)n′ &lt; t ≤ ℓn′); Proposition 32 runs per output
    /// channel at precision ε′/c1, so each entry aims at ε′/(c1·d²·c0).</summary>
    public static LayerPruningResult Lemma34(Tensor u, Tensor v, Tensor k, int rows, int cols, double eps)
    {
        Guard.Positive(rows);
        Guard.Positive(cols);
        if (u.Rank != 4) throw new ArgumentException($"U must be d×d×c0×n, got {u.ShapeText}.", nameof(u));
        if (v.Rank != 4 || v.Shape[0] != 1 || v.Shape[1] != 1) throw new ArgumentException($"V must be 1×1×n×c1, got {v.ShapeText}.", nameof(v));
        if (k.Rank != 4) throw new ArgumentException($"K must be d×d×c0×c1, got {k.ShapeText}.", nameof(k));
        int d = u.Shape[0], dp = u.Shape[1], c0 = u.Shape[2], n = u.Shape[3], c1 = v.Shape[3];
        if (v.Shape[2] != n) throw new ArgumentException($"V has {v.Shape[2]} input channels, U has {n} filters.", nameof(v));
        if (k.Shape[0] != d || k.Shape[1] != dp || k.Shape[2] != c0 || k.Shape[3] != c1)
            throw new ArgumentException($"K must be {d}×{dp}×{c0}×{c1}, got {k.ShapeText}.", nameof(k));
        var block = n / c1;
        if (block == 0) throw new ArgumentException($"n = {n} gives no block to each of the c1 = {c1} output channels.", nameof(u));

        var precision = EntryPrecision(eps, d, dp, c0, c1);
        var maskU = new double[u.Length];
        var effective = new double[k.Length];
        var unreached = 0;
        var samples = new List<double>(MaxSamplesPerEntry);
        var indices = new List<int>(MaxSamplesPerEntry);
        for (var a = 0; a < d; a++)
        for (var b = 0; b < dp; b++)
        for (var ch = 0; ch < c0; ch++)
        for (var l = 0; l < c1; l++)
        {
            samples.Clear();
            indices.Clear();
            for (var t = l * block; t < (l + 1) * block && samples.Count < MaxSamplesPerEntry; t++)
            {
                var ut = u[a, b, ch, t];
                if (ut <= 0) continue;
                samples.Add(v[0, 0, t, l] * ut);
                indices.Add(t);
            }
            var target = k[a, b, ch, l];
            var witness = Witness.Closest(samples.ToArray(), target);
            foreach (var s in witness.Indices) maskU[u.Offset(a, b, ch, indices[s])] = 1;
            effective[k.Offset(a, b, ch, l)] = witness.Sum;
            if (!(witness.Error < precision)) unreached++;
        }
        var maskV = Tensor.Create([1, 1, n, c1], idx => idx[2] / block == idx[3] && idx[2] < c1 * block ? 1 : 0);
        var effectiveTensor = Tensor.Own([d, dp, c0, c1], effective);
        var errors = k.Subtract(effectiveTensor).Map(Math.Abs);
        return new(Tensor.Own([d, dp, c0, n], maskU), maskV, effectiveTensor, errors, precision, unreached,
            ExactSupremum.Of(k.Subtract(effectiveTensor), rows, cols));
    }

    /// <summary>Eq. 4.6 as printed: T_{1,1,t,ℓ} = 1 iff (ℓ−1)n′ ≤ t ≤ ℓn′ (1-based t, ℓ), which puts t = ℓn′
    /// in two blocks; kept for the claim that compares it with Eq. 4.7's reading.</summary>
    public static Tensor Eq46Printed(int n, int c1) =>
        Tensor.Create([1, 1, n, c1], idx =>
        {
            int t = idx[2] + 1, l = idx[3] + 1, block = n / c1;
            return (l - 1) * block <= t && t <= l * block ? 1 : 0;
        });
}
