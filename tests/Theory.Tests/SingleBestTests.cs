using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Bounds;
using Rssp.Theory.Random;

namespace Rssp.Theory.Tests;

/// <summary>§4.1's single-best-weight width against its definition and against simulation.</summary>
public class SingleBestTests
{
    [Property]
    public Property Hit_probability_is_the_length_of_the_window_inside_the_interval_over_two() =>
        Prop.ForAll(Arb.From(Gen.Choose(-1000, 1000)), Arb.From(Gen.Choose(1, 3000)), (w1000, e1000) =>
        {
            var (w, eps) = (w1000 / 1000.0, e1000 / 1000.0);
            // Reference: count a fine grid of [−1, 1] (midpoints of 200000 cells) within ε of w.
            const int cells = 200_000;
            var inside = Enumerable.Range(0, cells).Count(i => Math.Abs(-1 + (i + 0.5) * 2 / cells - w) <= eps);
            return Math.Abs(SingleBest.HitProbability(w, eps) - inside / (double)cells) <= 1.0 / cells;
        });

    [Property]
    public Property Width_is_the_smallest_m_whose_miss_probability_at_the_worst_target_is_at_most_delta() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 600)), Arb.From(Gen.Elements(0.5, 0.1, 0.01, 1e-6)), (k, delta) =>
        {
            var eps = Math.Pow(10, -k / 100.0);
            var m = SingleBest.Width(eps, delta);
            var worst = new[] { -1.0, -0.3, 0, 0.7, 1 }.Max(w => SingleBest.MissProbability(w, eps, m));
            return worst <= delta && (m == 1 || SingleBest.MissProbability(1, eps, m - 1) > delta);
        });

    [Fact]
    public void Width_agrees_with_simulation_of_the_best_of_m_weights()
    {
        // ε = 0.1, δ = 0.2: M* = ⌈ln 0.2 / ln 0.95⌉ = 32. Simulate Pr(no weight within ε of w = 1) at M* and M* − 1.
        const double eps = 0.1, delta = 0.2;
        var m = SingleBest.Width(eps, delta);
        Assert.Equal(32, m);
        double Miss(long count)
        {
            var misses = Trials.Run(11, new SeedStream((ulong)count), 0, 200_000, (_, seed) =>
            {
                var rng = new Rng(seed);
                for (var i = 0; i < count; i++)
                    if (Math.Abs(rng.NextSymmetric() - 1) <= eps) return 0;
                return 1;
            }).Sum();
            return misses / 200_000.0;
        }
        // Standard error ≈ 0.0009; the two widths differ by 0.2·(1/0.95 − 1) ≈ 0.0105 in miss probability.
        Assert.InRange(Miss(m), 0, delta);
        Assert.InRange(Miss(m - 1), delta, 1);
        Assert.Equal(SingleBest.MissProbability(1, eps, m), Miss(m), 0.01);
    }

    [Fact]
    public void One_weight_always_hits_when_eps_reaches_the_whole_interval()
    {
        Assert.Equal(1, SingleBest.Width(2, 0.01));
        Assert.Equal(1, SingleBest.Width(5, 0.5));
        Assert.Equal(1, SingleBest.HitProbability(0, 1));
        Assert.Equal(0, SingleBest.MissProbability(1, 2, 1));
        Assert.Equal(1, SingleBest.MissProbability(1, 0.1, 0));
    }

    [Theory]
    [InlineData("w")]
    [InlineData("eps")]
    [InlineData("m")]
    [InlineData("delta")]
    public void Bad_input_names_the_parameter(string parameter)
    {
        Action call = parameter switch
        {
            "w" => () => SingleBest.HitProbability(1.5, 0.1),
            "eps" => () => SingleBest.Width(0, 0.1),
            "m" => () => SingleBest.MissProbability(0, 0.1, -1),
            _ => () => SingleBest.Width(0.1, 1),
        };
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(call).ParamName);
    }
}
