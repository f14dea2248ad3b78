using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tests.Reference;

namespace Rssp.Theory.Tests;

/// <summary>Definition 3, Definition 12 and T_ε against all 2ⁿ subset sums.</summary>
public class ApproximableTests
{
    private static bool SameSet(IntervalSet fast, List<(double Lo, double Hi)> naive) =>
        fast.Count == naive.Count &&
        fast.Intervals.Zip(naive).All(p => Tolerance.Close(p.First.Lo, p.Second.Lo) && Tolerance.Close(p.First.Hi, p.Second.Hi));

    [Property]
    public Property Set_on_unit_interval_equals_brute_force() =>
        Prop.ForAll(Gens.Instances(12), t => SameSet(Approximable.Set(t.Samples, t.Eps), BruteForce.ApproximableSet(t.Samples, t.Eps)));

    [Property]
    public Property Set_on_any_window_equals_brute_force() =>
        Prop.ForAll(Gens.Instances(10), Arb.From(Gens.Symmetric.Select(x => 3 * x)), Arb.From(Gens.Unit.Select(u => 4 * u)),
            (t, lo, width) => SameSet(Approximable.Set(t.Samples, t.Eps, lo, lo + width),
                BruteForce.ApproximableSet(t.Samples, t.Eps, lo, lo + width)));

    [Property]
    public Property Density_equals_brute_force() =>
        Prop.ForAll(Gens.Instances(14), t => Tolerance.Close(Approximable.Density(t.Samples, t.Eps), BruteForce.Density(t.Samples, t.Eps)));

    [Property]
    public Property Trajectory_is_the_density_of_each_prefix() =>
        Prop.ForAll(Gens.Instances(10), t =>
        {
            var trajectory = Approximable.Trajectory(t.Samples, t.Eps);
            return trajectory.Length == t.Samples.Length + 1 &&
                   trajectory.Select((z, n) => Tolerance.Close(z, BruteForce.Density(t.Samples.Take(n).ToArray(), t.Eps))).All(ok => ok);
        });

    [Property]
    public Property Stopping_time_equals_brute_force() =>
        Prop.ForAll(Gens.Instances(12), t =>
        {
            var fast = StoppingTime.FirstCover(t.Samples, t.Eps);
            var naive = BruteForce.StoppingTime(t.Samples, t.Eps);
            return naive is int n ? fast == new Stopping(true, n) : fast == new Stopping(false, t.Samples.Length);
        });

    [Property]
    public Property Is_approximable_iff_some_subset_sum_is_within_eps() =>
        Prop.ForAll(Gens.Instances(10), Arb.From(Gens.Symmetric.Select(x => 2 * x)), (t, z) =>
        {
            var margin = BruteForce.SubsetSums(t.Samples).Min(s => Math.Abs(s - z)) - t.Eps;
            // Away from the boundary |Σ − z| = ε, where rounding may decide, the answers must agree.
            return Math.Abs(margin) < 1e-12 || Approximable.IsApproximable(t.Samples, t.Eps, z) == (margin <= 0);
        });

    /// <summary>The plain definition: sweep the stream in order, long enough to cover.</summary>
    private static int PlainStoppingTime(ulong seed, double eps) => StoppingTime.FirstCover(new Random.Rng(seed).Symmetric(400), eps).Steps;

    [Property(MaxTest = 60)]
    public Property Seeded_stream_stopping_time_is_the_plain_first_cover() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Elements(0.3, 0.1, 0.05, 0.01, 1e-3)), (seed, eps) =>
            StoppingTime.OfUniformStream((ulong)seed, eps) == PlainStoppingTime((ulong)seed, eps));

    [Property(MaxTest = 20)]
    public Property Seeded_stream_stopping_time_is_the_first_covering_prefix_by_brute_force() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Elements(0.3, 0.1, 0.03)), (seed, eps) =>
        {
            var t = StoppingTime.OfUniformStream((ulong)seed, eps);
            var xs = new Random.Rng((ulong)seed).Symmetric(t);
            return BruteForce.Covers(BruteForce.ApproximableSet(xs, eps), -1, 1) &&
                   (t == 0 || !BruteForce.Covers(BruteForce.ApproximableSet(xs[..^1], eps), -1, 1));
        });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stopping_time_is_exact_when_the_sorted_prefix_covers_and_when_the_horizon_grows(bool prefixCovers)
    {
        // At ε = 0.05 the sorted prefix is 7 samples and the first horizon 15: find streams of each kind.
        var eps = 0.05;
        var seeds = Enumerable.Range(0, 4000).Select(s => (ulong)s)
            .Where(s => prefixCovers
                ? PlainStoppingTime(s, eps) <= StoppingTime.SortedPrefix(eps)
                : PlainStoppingTime(s, eps) > StoppingTime.InitialHorizon(eps))
            .Take(5).ToArray();
        Assert.Equal(5, seeds.Length);
        Assert.All(seeds, s => Assert.Equal(PlainStoppingTime(s, eps), StoppingTime.OfUniformStream(s, eps)));
    }
}

public class WindowedStoppingTimeTests
{
    [Property(MaxTest = 40)]
    public Property Stream_of_any_law_stops_at_the_first_cover_of_its_window() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Elements(0.2, 0.1, 0.05)), (seed, eps) =>
        {
            static double Product(Random.Rng r) => r.NextSymmetric() * r.NextSymmetric();
            var t = StoppingTime.OfStream((ulong)seed, Product, eps, -0.5, 0.5);
            var rng = new Random.Rng((ulong)seed);
            var xs = Enumerable.Range(0, t).Select(_ => Product(rng)).ToArray();
            return BruteForce.Covers(BruteForce.ApproximableSet(xs, eps, -0.5, 0.5), -0.5, 0.5) &&
                   (t == 0 || !BruteForce.Covers(BruteForce.ApproximableSet(xs[..^1], eps, -0.5, 0.5), -0.5, 0.5));
        });
}
