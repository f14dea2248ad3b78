using Rssp.Theory.Tensors;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Networks;

/// <summary>sup over X ∈ [0, 1]^{D×D′×c0} of ‖M ∗ X‖_max, exactly. (M ∗ X)_{i,j,ℓ} is linear in X with one
/// distinct entry of X per valid tap (a, b, k), a ≤ i, b ≤ j (0-based; zero padding drops the others),
/// so its largest |value| is max(Σ M⁺, Σ M⁻) over the valid taps, attained by the 0/1 sign pattern. More
/// taps are valid further from the corner, all of them from (d−1, d′−1) on: the sup sits at
/// (min(D, d) − 1, min(D′, d′) − 1).</summary>
public static class ExactSupremum
{
    /// <summary>The value, the input X ∈ {0, 1}^{D×D′×c0} that attains it, and where it is attained.</summary>
    public sealed record Result(double Value, Tensor WorstInput, int Row, int Column, int Channel);

    public static Result Of(Tensor m, int rows, int cols)
    {
        if (m.Rank != 4) throw new ArgumentException($"the filter must be d×d′×c0×c1, got {m.ShapeText}.", nameof(m));
        Guard.Positive(rows);
        Guard.Positive(cols);
        int d = m.Shape[0], dp = m.Shape[1], c0 = m.Shape[2], c1 = m.Shape[3];
        int i = Math.Min(rows, d) - 1, j = Math.Min(cols, dp) - 1;
        var (best, bestChannel, bestPositive) = (-1.0, 0, true);
        for (var l = 0; l < c1; l++)
        {
            double pos = 0, neg = 0;
            for (var a = 0; a <= i; a++)
            for (var b = 0; b <= j; b++)
            for (var k = 0; k < c0; k++)
            {
                var v = m[a, b, k, l];
                if (v > 0) pos += v;
                else neg -= v;
            }
            if (pos > best) (best, bestChannel, bestPositive) = (pos, l, true);
            if (neg > best) (best, bestChannel, bestPositive) = (neg, l, false);
        }
        var worst = Tensor.Create([rows, cols, c0], idx =>
        {
            int a = i - idx[0], b = j - idx[1];
            if (a < 0 || b < 0 || a >= d || b >= dp) return 0;
            var v = m[a, b, idx[2], bestChannel];
            return bestPositive ? (v > 0 ? 1 : 0) : (v < 0 ? 1 : 0);
        });
        return new(best, worst, i, j, bestChannel);
    }
}
