using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Random;

namespace Rssp.Theory.Tests;

public class RngTests
{
    [Property]
    public Property Same_seed_same_stream_different_seed_different_stream() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), s =>
        {
            var seed = (ulong)s;
            return new Rng(seed).Symmetric(8).SequenceEqual(new Rng(seed).Symmetric(8)) &&
                   !new Rng(seed).Symmetric(8).SequenceEqual(new Rng(seed + 1).Symmetric(8));
        });

    [Fact]
    public void Draws_stay_in_range_and_bounded_ints_are_uniform()
    {
        var rng = new Rng(3);
        Assert.All(rng.Symmetric(10000), x => Assert.InRange(x, -1, 1));
        var counts = new int[7];
        for (var i = 0; i < 70000; i++) counts[rng.NextInt(7)]++;
        var chi2 = counts.Sum(c => (c - 10000.0) * (c - 10000.0) / 10000.0);
        Assert.True(chi2 < MathNet.Numerics.Distributions.ChiSquared.InvCDF(6, 1 - 1e-6));
        Assert.Throws<ArgumentException>(() => rng.NextInt(0));
    }

    [Fact]
    public void Derived_seeds_depend_on_every_part_of_the_path()
    {
        var seeds = new[]
        {
            SplitMix64.Derive(1, 2, 3), SplitMix64.Derive(1, 3, 2), SplitMix64.Derive(2, 2, 3),
            SplitMix64.Derive(1, 2), SplitMix64.Derive(1), SplitMix64.Derive(1, SplitMix64.Hash("Lemma 23"), 3),
        };
        Assert.Equal(seeds.Length, seeds.Distinct().Count());
        Assert.Equal(SplitMix64.Derive(1, 2, 3), SplitMix64.Derive(1, 2, 3));
        Assert.NotEqual(SplitMix64.Hash("Lemma 23"), SplitMix64.Hash("Lemma 32"));
    }
}
