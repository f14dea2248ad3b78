using Rssp.Theory.Random;

namespace Rssp.Theory.Distributions;

/// <summary>V·U⁺ with V, U independent Unif([−1, 1]) and U⁺ = max{0, U}: the samples of the proof of
/// Proposition 32. U⁺ = 0 with probability ½, so the law has an atom ½ at 0; the rest is ½ times the
/// law of a product of uniforms: continuous density −¼ log|x| on [−1, 1] \ {0},
/// F(x) = ½·1[x ≥ 0] + ½·F_{X₁X₂}(x).</summary>
public sealed record VTimesUPlus : ILaw
{
    /// <summary>Pr(V·U⁺ = 0) = Pr(U ≤ 0) = ½.</summary>
    public const double AtomAtZero = 0.5;

    public double Sample(Rng rng)
    {
        var v = rng.NextSymmetric();
        var u = rng.NextSymmetric();
        return v * Math.Max(0, u);
    }

    /// <summary>The density of the absolutely continuous part: −¼ log|x|.</summary>
    public double ContinuousDensity(double x) => AtomAtZero * new ProductOfUniforms().Density(x);

    public double Cdf(double x) => (x >= 0 ? AtomAtZero : 0) + (1 - AtomAtZero) * new ProductOfUniforms().Cdf(x);
}
