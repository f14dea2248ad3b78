using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Reference;

namespace Rssp.Theory.Tests;

/// <summary>The ε-path r_n against all 2ⁿ subset sums, and T_ε read from it against <see cref="StoppingTime"/> at fixed ε
/// on the same samples, equal to the bit.</summary>
public class CoveringRadiusTests
{
    private const double EpsMax = 1.0 / 3;

    private static Gen<(double[] Samples, double EpsMin, double Lo, double Hi)> Cases(int maxN) =>
        from xs in Gens.Samples(maxN)
        from eps in Gens.Eps
        from a in Gen.Elements(1.0, 1.0, 0.5, 0.25)
        select (xs, Math.Min(eps, 0.3), -a, a);

    [Property(MaxTest = 300)]
    public Property Path_is_the_brute_force_radius_clamped_to_its_range() =>
        Prop.ForAll(Arb.From(Cases(14)), c =>
        {
            var path = CoveringRadius.Path(c.Samples, c.EpsMin, EpsMax, c.Lo, c.Hi);
            for (var n = 0; n < path.Length; n++)
            {
                var r = BruteForce.CoveringRadius(c.Samples[..n], c.Lo, c.Hi);
                // Where r sits within rounding of ε_min or ε_max the clamp may fall either way; elsewhere it is exact.
                if (Tolerance.Close(r, c.EpsMin) || Tolerance.Close(r, EpsMax)) continue;
                var expected = CoveringRadius.Clamp(r, c.EpsMin, EpsMax);
                if (!(double.IsPositiveInfinity(expected) ? double.IsPositiveInfinity(path[n]) : Tolerance.Close(path[n], expected))) return false;
            }
            // The path stops at the first n with r_n ≤ ε_min, or runs through every sample.
            return path.Length == c.Samples.Length + 1 || path[^1] == c.EpsMin;
        });

    [Property(MaxTest = 300)]
    public Property First_below_eps_is_the_stopping_time_at_that_eps() =>
        Prop.ForAll(Arb.From(Cases(18)), Arb.From(Gens.Unit), (c, u) =>
        {
            var eps = c.EpsMin * Math.Pow(EpsMax / c.EpsMin, u);
            var path = CoveringRadius.Path(c.Samples, c.EpsMin, EpsMax, c.Lo, c.Hi);
            var stop = StoppingTime.FirstCover(c.Samples, eps, c.Lo, c.Hi);
            return CoveringRadius.FirstBelow(path, eps) == (stop.Covered ? stop.Steps : null);
        });

    [Fact]
    public void Uniform_stream_path_gives_the_stopping_time_of_the_same_stream_at_every_eps()
    {
        double[] eps = [0.3, 0.2, 0.1, 0.05, 0.01, 0.003, 0.001];
        for (ulong seed = 0; seed < 200; seed++)
        {
            var path = CoveringRadius.OfUniformStream(seed, 1e-3, EpsMax);
            foreach (var e in eps) Assert.Equal(StoppingTime.OfUniformStream(seed, e), CoveringRadius.FirstBelow(path, e));
        }
    }

    [Fact]
    public void A_tie_covers_closed_and_a_hair_below_does_not()
    {
        // Sums of 0.5, −0.5, 1, −1: every multiple of ½ in [−1.5, 1.5]; r_1 = 1 (at −1), r_2 = r_3 = ½, r_4 = ¼ (midway), exact in doubles.
        double[] xs = [0.5, -0.5, 1, -1];
        var path = CoveringRadius.Path(xs, 0.25, 2);
        Assert.Equal([1, 1, 0.5, 0.5, 0.25], path);
        foreach (var eps in new[] { 0.25, 0.5, 1 })
        {
            // 2⁻³⁰ below: s ± ε stays exact in the sweep (one ulp below would round back onto the tie in s − ε).
            var below = eps - Math.Pow(2, -30);
            Assert.Equal(StoppingTime.FirstCover(xs, eps).Steps, CoveringRadius.FirstBelow(path, eps));
            var stop = StoppingTime.FirstCover(xs, below);
            Assert.Equal(stop.Covered ? stop.Steps : null, CoveringRadius.FirstBelow(CoveringRadius.Path(xs, 0.25 / 2, 2), below));
        }
    }

    [Fact]
    public void Above_eps_max_is_infinite_and_at_eps_min_the_path_stops()
    {
        var path = CoveringRadius.Path([0.5, -0.5, 1, -1, 0.25], 0.25, 0.75);
        Assert.Equal([double.PositiveInfinity, double.PositiveInfinity, 0.5, 0.5, 0.25], path);
    }

    [Fact]
    public void Any_law_stream_matches_its_stopping_time()
    {
        static double Draw(Rng rng) => rng.NextSymmetric() * rng.NextUnit();
        for (ulong seed = 0; seed < 50; seed++)
        {
            var path = CoveringRadius.OfStream(seed, Draw, 1e-3, EpsMax, -0.5, 0.5);
            foreach (var e in new[] { 0.2, 0.05, 0.01, 0.001 })
                Assert.Equal(StoppingTime.OfStream(seed, Draw, e, -0.5, 0.5), CoveringRadius.FirstBelow(path, e));
        }
    }

    [Property(MaxTest = 300)]
    public Property Widest_gap_is_the_largest_difference_between_consecutive_intervals() =>
        Prop.ForAll(Arb.From(
            from m in Gen.Choose(2, 40)
            from steps in Gen.ArrayOf(Gens.Unit.Select(u => u + 1e-3), 2 * m)
            from j in Gen.Choose(0, m - 2)
            from k in Gen.Choose(j, m - 2)
            select (steps, j, k)), c =>
        {
            // Interval i is [set[2i], set[2i + 1]]; gap g lies between interval g and g + 1.
            var set = new double[c.steps.Length];
            for (var i = 0; i < set.Length; i++) set[i] = (i == 0 ? -1 : set[i - 1]) + c.steps[i];
            var widest = 0.0;
            for (var g = c.j; g <= c.k; g++) widest = Math.Max(widest, set[2 * g + 2] - set[2 * g + 1]);
            return CoveringRadius.WidestGap(set, c.j, c.k) == widest;
        });

    [Fact]
    public void A_stream_path_does_not_depend_on_how_far_the_sweep_looks_ahead()
    {
        // The path of the samples it swept, bit for bit, whatever the horizon: the default, one shortened to one step
        // ahead (a sweep resumed from the kept set again and again), a first horizon far too short (swept again from
        // the start), and one never shortened.
        CoveringRadius.Horizon[] horizons = [new(0, 1e9, -50, 0), new(-20, 0, 0, 0), new(30, 0, 0, 0)];
        foreach (var epsMin in new[] { 1e-2, 1e-3 })
            for (ulong seed = 0; seed < 40; seed++)
            {
                var path = CoveringRadius.OfStream(seed, rng => rng.NextSymmetric(), epsMin, EpsMax, -1, 1, 1 << 16, CoveringRadius.Horizon.Default);
                Assert.Equal(CoveringRadius.Path(new Rng(seed).Symmetric(path.Length - 1), epsMin, EpsMax), path);
                foreach (var horizon in horizons)
                    Assert.Equal(path, CoveringRadius.OfStream(seed, rng => rng.NextSymmetric(), epsMin, EpsMax, -1, 1, 1 << 16, horizon));
            }
    }
}
