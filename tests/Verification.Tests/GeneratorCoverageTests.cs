using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Tests;

/// <summary>What the generators cover: each class of inputs the claims rely on is reached in a sample of the size a
/// quick budget draws, and every input satisfies the generator's own hypotheses.</summary>
public class GeneratorCoverageTests
{
    /// <summary>The classes FsCheck itself reports (its Classify stamps) over a run of the given number of tests, with a
    /// fixed replay seed, on values the property also checks (a failed check fails the run).</summary>
    internal static HashSet<string> Classes<T>(FsCheck.Gen<T> gen, int tests, Func<T, string> classify, Func<T, bool> valid)
    {
        var runner = new ObservingRunner();
        var property = Prop.ForAll(Arb.From(gen), x => valid(x).Classify(true, classify(x)));
        Check.One(Config.Quick.WithMaxTest(tests).WithReplay(11UL, 0x9E3779B97F4A7C15UL).WithRunner(runner), property);
        Assert.IsType<TestResult.Passed>(runner.Result);
        return [.. ((TestResult.Passed)runner.Result!).Item1.Stamps.SelectMany(s => s.Item2)];
    }

    [Fact]
    public void Rss_instances_reach_every_stage_of_the_process_and_every_eps()
    {
        static string Stage(RsspInstance t)
        {
            var z = t.Samples.Length == 0 ? 0 : Approximable.Density(t.Samples, t.Eps);
            return t.Samples.Length == 0 ? "empty" : z < 0.25 ? "early" : z <= 0.75 ? "middle" : z >= 1 - t.Eps / 2 ? "late" : "nearly covered";
        }
        var stages = Classes(RsspGens.Instances(RsspGens.EpsGrid), 500, Stage, t => t.Samples.All(x => x >= -1 && x <= 1));
        Assert.Equal(["early", "empty", "late", "middle", "nearly covered"], stages.Order());
        var eps = Classes(RsspGens.Instances(RsspGens.EpsGrid), 500, t => $"eps {t.Eps}", t => RsspGens.EpsGrid.Contains(t.Eps));
        Assert.Equal(RsspGens.EpsGrid.Select(e => $"eps {e}").Order(), eps.Order());
    }

    [Fact]
    public void Shrinking_an_instance_drops_or_rounds_one_sample_and_keeps_eps()
    {
        var t = new RsspInstance([0.12345, 0.12349, -0.5], 0.1);
        var shrunk = RsspGens.Shrink(t).ToArray();
        Assert.Contains(shrunk, s => s.Samples.Length == 2);
        Assert.Contains(shrunk, s => s.Samples.Count(x => x == 0.123) == 1);
        Assert.All(shrunk, s => Assert.Equal(t.Eps, s.Eps));
    }

    [Fact]
    public void Points_reach_both_ends_and_the_middle_and_stay_inside()
    {
        var classes = Classes(RsspGens.Point(-0.5, 0.5), 500, x => x == -0.5 ? "low end" : x == 0.5 ? "high end" : x == 0 ? "middle" : "inside",
            x => x >= -0.5 && x <= 0.5);
        Assert.Equal(["high end", "inside", "low end", "middle"], classes.Order());
    }

    [Fact]
    public void Tensor_cases_reach_rectangular_oversized_and_single_channel_shapes()
    {
        static string Shape(TensorCase c) => $"{(c.D != c.Dp ? "rectangular" : "square")}, {(c.Kd > c.D ? "kernel over the input" : "kernel fits")}, " +
            $"{(c.C0 == 1 ? "one input channel" : "input channels")}, {(c.C1 == 1 ? "one output channel" : "output channels")}";
        var shapes = Classes(TensorCase.Cases(), 500, Shape, c => c.Input.ToArray().All(x => x >= -1 && x <= 1));
        foreach (var part in new[] { "rectangular", "square", "kernel over the input", "kernel fits", "one input channel", "input channels", "one output channel", "output channels" })
            Assert.Contains(shapes, s => s.Contains(part));
        Assert.Contains("over 8", Classes(TensorCase.Cases(maxC1: 11), 500, c => c.C1 > 8 ? "over 8" : "at most 8", c => c.C1 is >= 1 and <= 11));
    }
}
