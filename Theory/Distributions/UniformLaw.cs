using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Distributions;

/// <summary>Unif([−a, a]); a = 1 is the law of Problem 4 and Definition 25.</summary>
public sealed record UniformLaw : IDensityLaw
{
    public UniformLaw(double halfWidth = 1) => HalfWidth = Guard.Positive(halfWidth);

    public double HalfWidth { get; }

    public double Sample(Rng rng) => HalfWidth * rng.NextSymmetric();

    public double Density(double x) => Math.Abs(x) <= HalfWidth ? 1 / (2 * HalfWidth) : 0;

    public double Cdf(double x) => Math.Clamp((x + HalfWidth) / (2 * HalfWidth), 0, 1);
}
