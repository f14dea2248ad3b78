using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;
using Iv = Rssp.Theory.SubsetSum.Interval;

namespace Rssp.Theory.Tests;

/// <summary>n = 0, ε ≥ 1, repeated samples, samples and targets at exactly ±1, ε = 10⁻⁹; no NaN anywhere.</summary>
public class BoundaryTests
{
    [Theory]
    [InlineData(0.25)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void No_samples_approximate_exactly_the_ball_around_zero(double eps)
    {
        Assert.Equal([new Iv(-Math.Min(eps, 1), Math.Min(eps, 1))], Approximable.Set([], eps).Intervals);
        Assert.Equal([Math.Min(eps, 1)], Approximable.Trajectory([], eps));
        Assert.Equal(new Stopping(eps >= 1, 0), StoppingTime.FirstCover([], eps));
    }

    [Fact]
    public void Eps_at_least_one_covers_before_any_sample()
    {
        Assert.Equal(0, StoppingTime.OfUniformStream(5, 1.0));
        Assert.Equal(0, StoppingTime.OfUniformStream(5, 7.5));
        Assert.Equal(new Stopping(true, 0), StoppingTime.FirstCover([0.5, -0.3, 0.9], 1.5));
        Assert.Equal(new Stopping(true, 0), StoppingTime.FirstCover([0.5, -0.3], 1.0, -1, 1));
        Assert.Equal(1.0, NextDensityLaw.Of([0.3], 1.0).ProbabilityAtLeast(1));
    }

    [Fact]
    public void Repeated_samples_give_repeated_sums()
    {
        var set = Approximable.Set([0.5, 0.5, 0.5], 0.1, -1, 2);
        Assert.Equal("[-0.1, 0.1] ∪ [0.4, 0.6] ∪ [0.9, 1.1] ∪ [1.4, 1.6]", set.ToString());
        double[] twice = [0.5, 0.5, -0.5, -0.5, 0.25];
        Assert.Equal(BruteForce.StoppingTime(twice, 0.125), StoppingTime.FirstCover(twice, 0.125).Steps);
    }

    [Fact]
    public void Samples_and_targets_at_exactly_plus_minus_one()
    {
        Assert.True(Approximable.IsApproximable([1], 1e-9, 1));
        Assert.True(Approximable.IsApproximable([-1], 1e-9, -1));
        Assert.False(Approximable.IsApproximable([1], 1e-9, -1));
        // Multiples of 1/8 = 2ε from −1.75 to 1.875 are sums once 1/8 arrives (the 7th sample), and not before.
        double[] halving = [1, -1, 0.5, -0.5, 0.25, -0.25, 0.125, -0.125];
        Assert.Equal(new Stopping(true, 7), StoppingTime.FirstCover(halving, 1.0 / 16));
        Assert.Equal(7, BruteForce.StoppingTime(halving, 1.0 / 16));
        Assert.Equal(0, Witness.Closest([1, -1], 1).Error);
        Assert.Equal(0, Witness.Closest([1, -1], -1).Error);
    }

    [Property(MaxTest = 50)]
    public Property Tiny_eps_is_still_exact() =>
        Prop.ForAll(Arb.From(Gens.Samples(10)), xs =>
            Tolerance.Close(Approximable.Density(xs, 1e-9), BruteForce.Density(xs, 1e-9)) &&
            Approximable.Set(xs, 1e-9).Count == BruteForce.ApproximableSet(xs, 1e-9).Count);

    [Property(MaxTest = 50)]
    public Property No_routine_returns_nan() =>
        Prop.ForAll(Arb.From(Gens.Samples(8)), Arb.From(Gens.Unit.Select(u => Math.Pow(10, -9 + 10 * u))), Arb.From(Gens.Symmetric), (xs, eps, x) =>
        {
            var law = NextDensityLaw.Of(xs, eps);
            var values = new[]
            {
                Approximable.Density(xs, eps), law.Expectation, law.At(x), law.ProbabilityAtLeast(law.Zn + x),
                NextDensityLaw.OfHat(xs, eps).Expectation, Eq33.Expectation(xs, eps), HatDensity.Next(xs, eps, x),
                Witness.Closest(xs, x).Error,
            }.Concat(Approximable.Trajectory(xs, eps));
            return values.All(double.IsFinite) && values.All(v => v >= 0);
        });
}
