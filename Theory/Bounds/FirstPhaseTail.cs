using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>Proposition 20, Eq. 3.11–3.12 and Theorem 21.</summary>
public static class FirstPhaseTail
{
    /// <summary>α_{β,ε} = ⌈log(1/(2ε)) / log(1 + β)⌉.</summary>
    public static int Alpha(double beta, double eps)
    {
        Guard.InOpen(beta, 0, 0.125);
        Guard.InOpen(eps, 0, 0.5);
        return (int)Math.Ceiling(Math.Log(1 / (2 * eps)) / Math.Log(1 + beta));
    }

    /// <summary>The hypothesis n ≥ (α_{β,ε} + 1)/p_β.</summary>
    public static bool Hypothesis(double beta, double eps, int n) => n >= (Alpha(beta, eps) + 1) / GrowthProbability.PBeta(beta);

    /// <summary>The bound of Proposition 20: Pr(Z_n &gt; ½) &gt; 1 − exp(−(2p_β²/n)(n − α_{β,ε}/p_β)²).</summary>
    public static double LowerBound(double beta, double eps, int n)
    {
        Guard.Positive(n);
        var p = GrowthProbability.PBeta(beta);
        var gap = n - Alpha(beta, eps) / p;
        return 1 - Math.Exp(-2 * p * p / n * gap * gap);
    }

    /// <summary>Eq. 3.12: Pr(Z_n ≤ ½) ≤ exp(−2(n p_β − α − 1)²/n), valid when n &gt; (α + 1)/p_β.</summary>
    public static double Eq312UpperBound(double beta, double eps, int n)
    {
        Guard.Positive(n);
        var excess = n * GrowthProbability.PBeta(beta) - Alpha(beta, eps) - 1;
        return Math.Exp(-2 * excess * excess / n);
    }

    /// <summary>Theorem 21 (Chernoff–Hoeffding): Pr(X &lt; E[X] − t) ≤ exp(−2t²/n).</summary>
    public static double HoeffdingBound(double t, int n) =>
        Math.Exp(-2 * Guard.Positive(t) * t / Guard.Positive(n));
}
