using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>§4.1, Malach et al.'s construction: approximate a target weight w ∈ [−1, 1] by the single closest of M
/// independent Unif([−1, 1]) weights. Pr(|X − w| ≤ ε) = |[w − ε, w + ε] ∩ [−1, 1]|/2, smallest at w = ±1 where it
/// is min(1, ε/2); so the single best is within ε of every fixed target with probability ≥ 1 − δ iff
/// (1 − min(1, ε/2))^M ≤ δ.</summary>
public static class SingleBest
{
    /// <summary>Pr(one Unif([−1, 1]) weight is within ε of w).</summary>
    public static double HitProbability(double w, double eps)
    {
        Guard.InClosed(w, -1, 1);
        Guard.Positive(eps);
        return (Math.Min(1, w + eps) - Math.Max(-1, w - eps)) / 2;
    }

    /// <summary>Pr(none of M weights is within ε of w) = (1 − p)^M.</summary>
    public static double MissProbability(double w, double eps, long m)
    {
        if (m < 0) throw new ArgumentException($"m must be ≥ 0, got {m}.", nameof(m));
        return Math.Pow(1 - HitProbability(w, eps), m);
    }

    /// <summary>The smallest M with miss probability ≤ δ for every target (the worst is w = ±1): about
    /// ln δ / ln(1 − ε/2); 1 when one weight always hits (ε ≥ 2).</summary>
    public static long Width(double eps, double delta)
    {
        Guard.Positive(eps);
        Guard.InOpen(delta, 0, 1);
        return Smallest.From(1, m => MissProbability(1, eps, m) <= delta);
    }
}
