using Rssp.Theory.Random;

namespace Rssp.Theory.Distributions;

/// <summary>A law on ℝ that can be sampled from a seeded stream and has an exact CDF.</summary>
public interface ILaw
{
    double Sample(Rng rng);

    /// <summary>F(x) = Pr(X ≤ x).</summary>
    double Cdf(double x);
}

/// <summary>An absolutely continuous law with an exact density.</summary>
public interface IDensityLaw : ILaw
{
    double Density(double x);
}
