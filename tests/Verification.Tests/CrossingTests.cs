using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Random;
using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Tests;

/// <summary>The crossing min{ε : F(ε) ≥ 1 − ε} and its interval against their definitions, on discrete laws with known
/// answers, and the constant sup (n*(ε) − 1)/ln(1/ε) on paths whose jumps are known.</summary>
public class CrossingTests
{
    /// <summary>1 − (1 − b) need not round back to b: the brute-force conditions allow this much.</summary>
    private const double Slack = 1e-12;

    /// <summary>The definitions by brute force: every candidate (a draw, or a point where the line meets a level).</summary>
    private static double FirstByDefinition(double[] sorted, Func<int, double> bound)
    {
        var candidates = sorted.Where(double.IsFinite).Concat(Enumerable.Range(0, sorted.Length + 1).Select(k => 1 - bound(k))).Order();
        return candidates.First(c => bound(sorted.Count(v => v <= c)) >= 1 - c - Slack);
    }

    private static double LastByDefinition(double[] sorted, Func<int, double> bound)
    {
        var candidates = sorted.Where(double.IsFinite).Concat(Enumerable.Range(0, sorted.Length + 1).Select(k => 1 - bound(k))).OrderDescending();
        return candidates.First(c => bound(sorted.Count(v => v < c)) <= 1 - c + Slack);
    }

    private static Gen<double[]> Draws =>
        from n in Gen.Choose(1, 60)
        from xs in Gen.ArrayOf(Gen.Elements(0.01, 0.05, 0.1, 0.1, 0.2, 0.3, 0.5, 0.9, double.PositiveInfinity), n)
        select xs.Order().ToArray();

    [Property(MaxTest = 200)]
    public Property Estimate_and_interval_ends_are_their_definitions() =>
        Prop.ForAll(Arb.From(Draws), u =>
        {
            var n = u.Length;
            const double alpha = 0.1;
            Func<int, double> empirical = k => (double)k / n, upper = k => ClopperPearson.Interval(k, n, alpha).High,
                lower = k => ClopperPearson.Interval(k, n, alpha).Low;
            static bool Same(double a, double b) => Math.Abs(a - b) <= Slack;
            return Same(Crossing.First(u, empirical), FirstByDefinition(u, empirical))
                && Same(Crossing.First(u, upper), FirstByDefinition(u, upper))
                && Same(Crossing.Last(u, lower), LastByDefinition(u, lower));
        });

    [Fact]
    public void A_sample_in_the_exact_proportions_of_a_law_crosses_where_the_law_does()
    {
        // F jumps from 0.8 to 0.95 at 0.2, where 1 − ε = 0.8: the crossing is the atom 0.2.
        double[] atoms = [.. Enumerable.Repeat(0.05, 50), .. Enumerable.Repeat(0.1, 30), .. Enumerable.Repeat(0.2, 15), .. Enumerable.Repeat(0.4, 5)];
        Assert.Equal(0.2, Crossing.Of(atoms, 0.05, 0.01, 0.5).Estimate, 12); // 1 − 0.8 rounds to 0.2 − 2⁻⁵⁴
        // F = 0.85 on [0.05, 0.3): the line 1 − ε meets it at ε = 0.15, between the atoms.
        double[] between = [.. Enumerable.Repeat(0.05, 85), .. Enumerable.Repeat(0.3, 15)];
        Assert.Equal(0.15, Crossing.Of(between, 0.05, 0.01, 0.5).Estimate, 12);
        // Below the known range (every draw ≤ from): 0; above it: capped, High unbounded.
        Assert.Equal(0, Crossing.Of([.. Enumerable.Repeat(0.01, 100)], 0.05, 0.01, 0.5).Estimate);
        var above = Crossing.Of([.. Enumerable.Repeat(double.PositiveInfinity, 100)], 0.05, 0.01, 0.5);
        Assert.Equal((0.5, double.PositiveInfinity), (above.Estimate, above.High));
    }

    [Fact]
    public void Interval_covers_the_crossing_of_a_known_law_as_often_as_promised()
    {
        // Law: 0.05 w.p. 0.85, 0.3 w.p. 0.15: ε* = 0.15. α = 0.1: at most 10 % of the intervals may miss.
        var misses = 0;
        var widths = 0.0;
        for (var trial = 0; trial < 400; trial++)
        {
            var rng = new Rng((ulong)trial);
            var u = Enumerable.Range(0, 400).Select(_ => rng.NextUnit() < 0.85 ? 0.05 : 0.3).Order().ToArray();
            var r = Crossing.Of(u, 0.1, 0.01, 0.5);
            if (!(r.Low <= 0.15 && 0.15 <= r.High)) misses++;
            widths += r.High - r.Low;
        }
        Assert.InRange(misses, 0, 55);
        Assert.InRange(widths / 400, 0.01, 0.2); // informative, not the whole range
    }

    [Fact]
    public void The_constant_of_identical_paths_is_the_sup_over_their_jumps()
    {
        // Every stream has the same path: F_n is a step at v_n, so ε_n = v_n exactly, and
        // C = max_n (n − 1)/ln(1/min(v_{n−1}, 1/3)) over v_{n−1} above the floor.
        double[] path = [double.PositiveInfinity, 0.3, 0.2, 0.02, 0.015, 0.004, 0.001];
        var paths = new CoveringPaths([.. Enumerable.Repeat(path, 20000)], 0.001, 1.0 / 3, 1e-3);
        Assert.True(paths.Floor < 0.004, $"floor {paths.Floor}");
        var ratios = Enumerable.Range(1, path.Length - 1).Where(n => path[n - 1] > paths.Floor)
            .Select(n => (Value: (n - 1) / Math.Log(1 / Math.Min(path[n - 1], 1.0 / 3)), N: n)).MaxBy(t => t.Value);
        var sup = paths.Sup(1);
        Assert.Equal(ratios.Value, sup.Estimate, 12);
        Assert.Equal(ratios.N, sup.N);
        Assert.InRange(sup.Estimate, sup.Low, sup.High);
        Assert.Equal(5, paths.NStar(0.0041));
        Assert.Equal(6, paths.NStar(0.0039));
        // The printed size s(ε) = C' ln(1/ε) works on the range iff C' ≥ C.
        Assert.True(paths.Margins(e => (sup.Estimate + 1e-9) * Math.Log(1 / e)).AtEstimate.Value >= 0);
        Assert.True(paths.Margins(e => (sup.Estimate - 1e-3) * Math.Log(1 / e)).AtEstimate.Value < 0);
    }
}
