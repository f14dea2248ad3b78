using MathNet.Numerics.Distributions;
using Rssp.Theory.Validation;

namespace Rssp.Verification.Statistics;

/// <summary>Distribution-free bounds on the q-quantile ξ_q = min{x : F(x) ≥ q} from order statistics
/// X_(1) ≤ … ≤ X_(n) of n i.i.d. draws. Pr(X_(l) ≤ ξ_q) ≥ Pr(Bin(n, q) ≥ l) and
/// Pr(X_(u) ≥ ξ_q) ≥ Pr(Bin(n, q) ≤ u − 1), which hold for discrete laws too; l is the largest and u the
/// smallest rank with probability ≥ 1 − α/2. A rank outside 1..n means no finite bound on that side.</summary>
public static class QuantileBounds
{
    public sealed record Result(double Estimate, double? Low, double? High);

    public static Result Of(IReadOnlyList<double> sample, double q, double alpha)
    {
        Guard.InOpen(q, 0, 1);
        Guard.InOpen(alpha, 0, 1);
        var xs = sample.Order().ToArray();
        var n = xs.Length;
        if (n == 0) throw new ArgumentException("the sample is empty.", nameof(sample));
        var estimate = xs[Math.Clamp((int)Math.Ceiling(q * n) - 1, 0, n - 1)];
        // Pr(Bin(n, q) ≥ l) = 1 − CDF(l − 1).
        int? low = null;
        for (var l = n; l >= 1; l--)
            if (1 - BinomialTail.AtMost(q, n, l - 1) >= 1 - alpha / 2) { low = l; break; }
        int? high = null;
        for (var u = 1; u <= n; u++)
            if (BinomialTail.AtMost(q, n, u - 1) >= 1 - alpha / 2) { high = u; break; }
        return new(estimate, low is int lo ? xs[lo - 1] : null, high is int hi ? xs[hi - 1] : null);
    }
}
