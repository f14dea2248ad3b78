using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Rssp.Theory.Random;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Tests;

/// <summary>The intervals against their definitions and against their coverage on simulated data.</summary>
public class StatisticsTests
{
    [Property]
    public Property Clopper_pearson_ends_solve_their_tail_equations() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 300)), Arb.From(Gen.Choose(0, 1000)), (n, k1000) =>
        {
            var k = (int)Math.Round(k1000 / 1000.0 * n);
            const double alpha = 0.01;
            var (low, high) = ClopperPearson.Interval(k, n, alpha);
            // Low: Pr(Bin(n, low) ≥ k) = α/2; High: Pr(Bin(n, high) ≤ k) = α/2.
            var lowOk = k == 0 ? low == 0 : Math.Abs(1 - Binomial.CDF(low, n, k - 1) - alpha / 2) < 1e-7;
            var highOk = k == n ? high == 1 : Math.Abs(Binomial.CDF(high, n, k) - alpha / 2) < 1e-7;
            return lowOk && highOk && low <= (double)k / n && (double)k / n <= high;
        });

    [Fact]
    public void Clopper_pearson_covers_the_true_p_at_least_as_often_as_promised()
    {
        var rng = new Rng(1);
        const double p = 0.3, alpha = 0.1;
        var misses = Enumerable.Range(0, 2000).Count(_ =>
        {
            var k = Enumerable.Range(0, 50).Count(_ => rng.NextUnit() < p);
            var (low, high) = ClopperPearson.Interval(k, 50, alpha);
            return p < low || p > high;
        });
        // Conservative: at most α of the intervals miss; 2000·0.1 = 200, with room for chance.
        Assert.InRange(misses, 0, 240);
        Assert.InRange(misses, 20, 240); // and it is not trivially wide
    }

    [Property]
    public Property Hoeffding_half_width_is_the_formula() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 100000)), Arb.From(Gen.Choose(0, 100)), (n, m) =>
        {
            var (low, high) = Hoeffding.Interval(m / 100.0, n, 0.05);
            var half = Math.Sqrt(Math.Log(2 / 0.05) / (2.0 * n));
            return Math.Abs(low - Math.Max(0, m / 100.0 - half)) < 1e-15 && Math.Abs(high - Math.Min(1, m / 100.0 + half)) < 1e-15;
        });

    [Fact]
    public void Quantile_bounds_bracket_the_true_quantile_of_a_known_law()
    {
        // Geometric(1/2) on {1, 2, …}: the 0.9-quantile is 4 (F(3) = 0.875, F(4) = 0.9375).
        var misses = Enumerable.Range(0, 400).Count(trial =>
        {
            var rng = new Rng((ulong)trial);
            var sample = Enumerable.Range(0, 300).Select(_ =>
            {
                var g = 1;
                while (rng.NextUnit() >= 0.5) g++;
                return (double)g;
            }).ToArray();
            var q = QuantileBounds.Of(sample, 0.9, 0.05);
            return !(q.Low <= 4 && 4 <= q.High);
        });
        Assert.InRange(misses, 0, 40);
    }

    [Fact]
    public void Quantile_bounds_are_open_ended_when_the_sample_is_too_small()
    {
        var q = QuantileBounds.Of([1, 2, 3, 4, 5], 0.999, 0.01);
        Assert.Null(q.High);
        Assert.Equal(5, q.Estimate);
    }

    [Fact]
    public void Family_wise_split_and_bad_input()
    {
        Assert.Equal(1e-7, FamilyWise.Share(1e-6, 10) , 1e-22);
        Assert.Throws<ArgumentException>(() => FamilyWise.Share(1e-6, 0));
        Assert.Throws<ArgumentException>(() => ClopperPearson.Interval(5, 4, 0.1));
        Assert.Throws<ArgumentException>(() => Hoeffding.Interval(0.5, 0, 0.1));
    }
}

public class BinomialTailTests
{
    [Fact]
    public void Mathnet_returns_nan_at_k_equal_n_and_the_wrapper_returns_one()
    {
        Assert.True(double.IsNaN(MathNet.Numerics.Distributions.Binomial.CDF(0.83, 1, 1)));
        Assert.Equal(1, BinomialTail.AtMost(0.83, 1, 1));
        Assert.Equal(1, BinomialTail.AtMost(0.83, 5, 9));
        Assert.Equal(0, BinomialTail.AtMost(0.83, 5, -1));
    }

    [Property]
    public Property Wrapper_is_the_sum_of_the_pmf() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 60)), Arb.From(Gen.Choose(0, 100)), Arb.From(Gen.Choose(-2, 62)), (n, kp, k) =>
        {
            var p = kp / 100.0;
            var sum = Enumerable.Range(0, Math.Max(0, Math.Min(k, n) + 1)).Sum(j => Binomial.PMF(p, n, j));
            return Math.Abs(BinomialTail.AtMost(p, n, k) - sum) < 1e-9;
        });
}

/// <summary>The figures' one quantile definition against its statement.</summary>
public class FigureQuantileTests
{
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property The_quantile_is_the_smallest_value_with_a_fraction_tau_at_or_below_it() =>
        FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.NonEmptyListOf(FsCheck.Fluent.Gen.Choose(-50, 50)), xs => xs.Select(x => (double)x).Order().ToArray())),
            FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.Choose(1, 1000), k => k / 1000.0)),
            (sorted, tau) =>
            {
                var q = Experiments.FigureData.Quantile(sorted, tau);
                var atOrBelow = sorted.Count(x => x <= q);
                return atOrBelow >= tau * sorted.Length && sorted.Count(x => x < q) < tau * sorted.Length;
            });
}
