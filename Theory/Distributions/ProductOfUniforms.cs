using Rssp.Theory.Random;

namespace Rssp.Theory.Distributions;

/// <summary>X₁·X₂ for independent X₁, X₂ ~ Unif([−1, 1]) (Lemma 11). |X₁X₂| is a product of two
/// standard uniforms, with density −log w on (0, 1]; by symmetry f(x) = −½ log|x| on [−1, 1] \ {0},
/// and F(x) = ½ + sign(x)·½(|x| − |x| log|x|).</summary>
public sealed record ProductOfUniforms : IDensityLaw
{
    public double Sample(Rng rng) => rng.NextSymmetric() * rng.NextSymmetric();

    public double Density(double x)
    {
        var w = Math.Abs(x);
        return w > 1 ? 0 : w == 0 ? double.PositiveInfinity : -0.5 * Math.Log(w);
    }

    public double Cdf(double x) => x switch
    {
        <= -1 => 0,
        >= 1 => 1,
        _ => 0.5 + Math.Sign(x) * 0.5 * AbsoluteCdf(Math.Abs(x)),
    };

    /// <summary>Pr(|X₁X₂| ≤ w) = w − w log w on [0, 1].</summary>
    internal static double AbsoluteCdf(double w) => w == 0 ? 0 : w - w * Math.Log(w);
}
