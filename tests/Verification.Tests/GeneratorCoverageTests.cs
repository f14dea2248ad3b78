using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Tests;

/// <summary>What the generators cover: each class of inputs the claims rely on is reached in a sample of the size a
/// quick budget draws, and every input satisfies the generator's own hypotheses.</summary>
public class GeneratorCoverageTests
{
    // FsCheck's Sample with a fixed Rnd repeats a short cycle here, so these draw fresh seeds: each class below is
    // missed by a sample of this size with probability below 1e-15.
    private static T[] Sample<T>(FsCheck.Gen<T> gen, int count) => [.. Gen.Sample(gen, 50, count)];

    [Fact]
    public void Rss_instances_reach_every_stage_of_the_process_and_every_eps()
    {
        var instances = Sample(RsspGens.Instances(RsspGens.EpsGrid), 2000);
        var classes = instances.Select(t => (t.Eps, Density: t.Samples.Length == 0 ? 0 : Approximable.Density(t.Samples, t.Eps), t.Samples.Length))
            .Select(c => c.Length == 0 ? "empty" : c.Density < 0.25 ? "early" : c.Density <= 0.75 ? "middle" : c.Density >= 1 - c.Eps / 2 ? "late" : "nearly covered")
            .ToArray();
        Assert.All(new[] { "empty", "early", "middle", "nearly covered", "late" }, c => Assert.Contains(c, classes));
        Assert.Equal(RsspGens.EpsGrid.Order(), instances.Select(t => t.Eps).Distinct().Order());
        Assert.All(instances, t => Assert.All(t.Samples, x => Assert.InRange(x, -1, 1)));
    }

    [Fact]
    public void Shrinking_an_instance_keeps_it_an_instance_and_can_make_ties()
    {
        var t = new RsspInstance([0.12345, 0.12349, -0.5], 0.1);
        var shrunk = RsspGens.Shrink(t).ToArray();
        Assert.Contains(shrunk, s => s.Samples.Length == 2);
        Assert.Contains(shrunk, s => s.Samples.Distinct().Count() < s.Samples.Length || s.Samples.Any(x => x == Math.Round(x, 3)));
        Assert.All(shrunk, s => Assert.Equal(t.Eps, s.Eps));
    }

    [Fact]
    public void Points_reach_both_ends_and_the_middle_and_stay_inside()
    {
        var points = Sample(RsspGens.Point(-0.5, 0.5), 2000);
        Assert.Contains(-0.5, points);
        Assert.Contains(0.5, points);
        Assert.Contains(0.0, points);
        Assert.All(points, x => Assert.InRange(x, -0.5, 0.5));
    }

    [Fact]
    public void Tensor_cases_reach_rectangular_oversized_and_single_channel_shapes()
    {
        var cases = Sample(TensorCase.Cases(), 2000);
        Assert.Contains(cases, c => c.D != c.Dp);
        Assert.Contains(cases, c => c.Kd > c.D);
        Assert.Contains(cases, c => c.C0 == 1);
        Assert.Contains(cases, c => c.C1 == 1);
        Assert.Contains(cases, c => c.C0 > 1 && c.C1 > 1);
        Assert.All(cases, c => Assert.All(c.Input.ToArray(), x => Assert.InRange(x, -1, 1)));
        Assert.All(Sample(TensorCase.Cases(maxC1: 11), 2000).Select(c => c.C1), c1 => Assert.InRange(c1, 1, 11));
        Assert.Contains(Sample(TensorCase.Cases(maxC1: 11), 2000), c => c.C1 > 8);
    }
}
