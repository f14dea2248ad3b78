using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>Proposition 18 and Lemma 19.</summary>
public static class GrowthProbability
{
    /// <summary>p_β = 1 − 7/(8(1 − β)), the lower bound of Proposition 18, for β ∈ (0, 1/8).</summary>
    public static double PBeta(double beta) => 1 - 7 / (8 * (1 - Guard.InOpen(beta, 0, 0.125)));

    /// <summary>Lemma 19 (reverse Markov): for 0 ≤ X ≤ B and t ∈ (0, B), Pr(X ≥ t) ≥ (E[X] − t)/(B − t).</summary>
    public static double ReverseMarkov(double mean, double t, double b)
    {
        Guard.Finite(mean);
        Guard.Positive(b);
        Guard.InOpen(t, 0, b);
        return (mean - t) / (b - t);
    }
}
