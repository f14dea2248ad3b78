using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;

namespace Rssp.Theory.Tests;

/// <summary>Samplers against their exact CDFs (KS at level 10⁻⁶ with fixed seeds), the densities
/// against numerical derivatives of the CDFs, and Corollary 10's rejection step.</summary>
public class DistributionTests
{
    private const double Alpha = 1e-6;
    private const int Draws = 20000;

    private static double[] Draw(ILaw law, ulong seed, int n = Draws)
    {
        var rng = new Rng(seed);
        return Enumerable.Range(0, n).Select(_ => law.Sample(rng)).ToArray();
    }

    public static TheoryData<string> Laws => new() { "uniform", "uniform(0.3)", "product", "v*u+" };

    private static ILaw LawNamed(string name) => name switch
    {
        "uniform" => new UniformLaw(),
        "uniform(0.3)" => new UniformLaw(0.3),
        "product" => new ProductOfUniforms(),
        _ => new VTimesUPlus(),
    };

    [Theory]
    [MemberData(nameof(Laws))]
    public void Sampler_follows_its_cdf(string name)
    {
        var law = LawNamed(name);
        Assert.True(KolmogorovSmirnov.Statistic(Draw(law, 7), law.Cdf) < KolmogorovSmirnov.Critical(Draws, Alpha));
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Sampler_is_not_another_law(string name)
    {
        // The KS test has power: each sampler is rejected against the uniform law (the uniform against the product law).
        var law = LawNamed(name);
        ILaw other = name == "uniform" ? new ProductOfUniforms() : new UniformLaw();
        Assert.True(KolmogorovSmirnov.Statistic(Draw(law, 8), other.Cdf) > KolmogorovSmirnov.Critical(Draws, Alpha));
    }

    [Property]
    public Property Densities_are_derivatives_of_the_cdfs() =>
        Prop.ForAll(Arb.From(Gens.Unit.Select(u => 0.02 + 0.96 * u)), Arb.From(Gen.Elements(-1.0, 1.0)), (w, sign) =>
        {
            var x = sign * w;
            const double h = 1e-6;
            double Slope(ILaw law) => (law.Cdf(x + h) - law.Cdf(x - h)) / (2 * h);
            return Math.Abs(Slope(new ProductOfUniforms()) - new ProductOfUniforms().Density(x)) < 1e-6 &&
                   Math.Abs(Slope(new VTimesUPlus()) - new VTimesUPlus().ContinuousDensity(x)) < 1e-6 &&
                   Math.Abs(Slope(new UniformLaw()) - new UniformLaw().Density(x)) < 1e-6;
        });

    [Fact]
    public void V_times_u_plus_has_an_atom_of_one_half_at_zero()
    {
        var law = new VTimesUPlus();
        Assert.Equal(0.5, law.Cdf(0) - law.Cdf(-1e-300), 12);
        var zeros = Draw(law, 9).Count(x => x == 0);
        Assert.InRange(zeros / (double)Draws, 0.5 - 0.02, 0.5 + 0.02);
    }

    [Fact]
    public void Product_of_uniforms_density_at_one_half_is_lemma_11s_constant()
    {
        Assert.Equal(Math.Log(2) / 2, new ProductOfUniforms().Density(0.5), 15);
        Assert.Equal(Math.Log(2) / 4, new VTimesUPlus().ContinuousDensity(-0.5), 15);
    }

    [Theory]
    [InlineData(0.5, 0.34657359, 11)]
    [InlineData(0.25, 0.5, 12)]
    [InlineData(1.0, 0.45, 13)]
    public void Pruned_samples_are_uniform_on_minus_a_a_and_kept_at_rate_2ab(double a, double b, ulong seed)
    {
        IDensityLaw law = a == 1.0 ? new UniformLaw() : new ProductOfUniforms();
        Assert.True(SuperUniformPruning.IsSuperUniform(law, a, b));
        var kept = SuperUniformPruning.Prune(law, a, b, Draws, new Rng(seed));
        Assert.True(KolmogorovSmirnov.Statistic(kept, new UniformLaw(a).Cdf) < KolmogorovSmirnov.Critical(kept.Length, Alpha));
        // Binomial(20000, 2ab): 6 standard deviations.
        var p = SuperUniformPruning.KeepProbability(a, b);
        Assert.InRange(kept.Length, Draws * p - 6 * Math.Sqrt(Draws * p * (1 - p)), Draws * p + 6 * Math.Sqrt(Draws * p * (1 - p)));
    }

    [Fact]
    public void Super_uniformity_fails_where_the_density_dips_below_b()
    {
        Assert.False(SuperUniformPruning.IsSuperUniform(new ProductOfUniforms(), 0.5, 0.35));
        Assert.True(SuperUniformPruning.IsSuperUniform(new ProductOfUniforms(), 0.5, 0.34));
        Assert.Throws<ArgumentException>(() => SuperUniformPruning.ValidateParameters(1, 0.5));
    }
}
