using Rssp.Theory.Random;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter4;
using Rssp.Verification.Experiments;

namespace Rssp.Verification.Tests;

/// <summary>Chapter 4's filter constants: a draw's ε-path against its first-cover times at fixed precision, the sup over
/// ε against its definition on paths with known jumps (and +∞ where ln(K/ε) reaches 0), and the adaptive search on a
/// function whose maximum is known.</summary>
public class FilterConstantTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(2, 3)]
    public void The_first_cover_read_from_a_draws_path_is_its_max_cover_time_at_every_precision(int entries, int channels)
    {
        const double deltaMin = 1e-3, deltaMax = 0.5;
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var path = FilterSamples.RadiusPath(seed, entries, channels, deltaMin, deltaMax);
            Assert.True(path[^1] <= deltaMin);
            foreach (var delta in new[] { 1e-3, 2.5e-3, 0.01, 0.04, 0.2, 0.5 })
                Assert.Equal(FilterSamples.MaxCoverTime(seed, entries, channels, delta), Rssp.Theory.SubsetSum.CoveringRadius.FirstBelow(path, delta));
            // just above and just below each jump of the path (a tie itself is exact only for dyadic samples: CoveringRadiusTests)
            foreach (var v in path.Where(v => v > 2 * deltaMin && v <= deltaMax / 2))
            foreach (var delta in new[] { v * (1 + 1e-9), v * (1 - 1e-9) })
                Assert.Equal(FilterSamples.MaxCoverTime(seed, entries, channels, delta), Rssp.Theory.SubsetSum.CoveringRadius.FirstBelow(path, delta));
        }
    }

    [Fact]
    public void One_sample_never_covers_so_the_constant_as_printed_is_unbounded_at_one_entry()
    {
        // r_1 = 1 exactly: −sign(x) lies at distance 1 from both sums 0 and x.
        for (ulong seed = 1; seed <= 50; seed++)
            Assert.Equal(1, FilterSamples.RadiusPath(seed, 1, 1, 1e-2, 1)[1]);
        var shape = new FilterShape(1, 1, 1);
        var paths = FilterConstant.Paths(1, SeedStream.Named("test: one entry"), shape, 400, 0.05);
        var literal = new FilterConstant(shape, paths, 0.05, 1, 1e-3).Sup(1);
        var intended = new FilterConstant(shape, paths, 0.05, 1.0 / 3, 1e-3).Sup(1);
        Assert.Equal(double.PositiveInfinity, literal.Estimate);
        Assert.Equal(2, literal.N);
        Assert.True(double.IsFinite(intended.Estimate) && intended.Estimate > 1 / Math.Log(2), $"{intended.Estimate}");
    }

    [Fact]
    public void The_sup_of_identical_paths_is_the_max_over_their_jumps_with_the_offset_and_scale()
    {
        // Every draw has the same path: F_n is a step at v_n, so ε_n = v_n exactly, and the sup is
        // max_n (n − offset)/ln(K/min(v_{n−1}, ε_max)) over v_{n−1} above the floor.
        double[] path = [double.PositiveInfinity, 0.9, 0.6, 0.2, 0.05, 0.02, 0.004, 0.001];
        var shape = new FilterShape(2, 1, 2); // K = 8
        foreach (var (offset, epsMax) in new[] { (1.0, 1.0), (0.5, 1.0), (1.0, 0.5) })
        {
            var constant = new FilterConstant(shape, [.. Enumerable.Repeat(path, 20000)], 0.001, epsMax, 1e-3);
            var expected = Enumerable.Range(1, path.Length - 1).Where(n => path[n - 1] > constant.Floor)
                .Select(n => (Value: (n - offset) / Math.Log(8 / Math.Min(path[n - 1], epsMax)), N: n)).MaxBy(t => t.Value);
            var sup = constant.Sup(offset);
            Assert.Equal(expected.Value, sup.Estimate, 12);
            Assert.Equal(expected.N, sup.N);
            Assert.InRange(sup.Estimate, sup.Low, sup.High);
        }
    }

    [Fact]
    public void The_claims_report_a_lower_bound_over_the_explored_domain_unbounded_as_printed()
    {
        var printed = Assert.IsType<Verdict.Estimated>(CatalogueRun.Check(Proposition32.Constant, Budget.Quick, 1).Verdict);
        var intended = Assert.IsType<Verdict.Estimated>(CatalogueRun.Check(Proposition32.ConstantIntended, Budget.Quick, 1).Verdict);
        Assert.Equal(double.PositiveInfinity, printed.Estimate.Value);
        Assert.True(printed.Estimate.Low > 1 / Math.Log(2), $"{printed.Estimate.Low}");
        Assert.InRange(intended.Estimate.Value, intended.Estimate.Low, intended.Estimate.High);
        Assert.True(double.IsFinite(intended.Estimate.High));
        foreach (var v in new Verdict[] { printed, intended })
        {
            Assert.StartsWith("lower bound over the explored domain", v.Summary);
            Assert.Contains("d ≤ 6, c ≤ 8, d²c ≤ 72", v.Summary);
            Assert.Contains("search path", v.Summary);
            Assert.InRange(v.Observations.Count, Proposition32.StartShapes(perChannel: false).Count, Proposition32.Search(true).EvaluationsFor(Budget.Quick.Trials));
        }
    }

    private sealed record P(int X, int Y);

    [Fact]
    public void The_search_climbs_to_the_maximum_and_stops_there_or_at_its_budget()
    {
        static Evaluated<P> F(P p) => new(p, -Math.Pow(p.X - 4, 2) - Math.Pow(p.Y - 2, 2), 0, 1, "");
        static IEnumerable<P> Around(P p) => new[] { p with { X = p.X + 1 }, p with { X = p.X - 1 }, p with { Y = p.Y + 1 }, p with { Y = p.Y - 1 } }
            .Where(q => q.X is >= 1 and <= 6 && q.Y is >= 1 and <= 6);
        var found = DomainSearch.Ascend([new P(1, 1), new P(1, 6)], Around, F, 40);
        Assert.Equal(new P(4, 2), found.Best.Point);
        Assert.True(found.LocalMaximum);
        Assert.Equal(found.Best, found.Moves[^1]);
        Assert.Equal(found.Evaluated.Count, found.Evaluated.Select(e => e.Point).Distinct().Count());
        Assert.Equal(found.Moves.Select(m => m.Point), DomainSearch.Ascend([new P(1, 1), new P(1, 6)], Around, F, 40).Moves.Select(m => m.Point));
        var cut = DomainSearch.Ascend([new P(1, 1), new P(1, 6)], Around, F, 4);
        Assert.Equal(4, cut.Evaluated.Count);
        Assert.False(cut.LocalMaximum);
    }
}
