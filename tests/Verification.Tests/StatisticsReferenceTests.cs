using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Tests;

/// <summary>The statistics against naive references written from their definitions, and every bad input.</summary>
public class StatisticsReferenceTests
{
    /// <summary>Pr(Bin(n, q) = j) for all j, by the product formula (n ≤ 80 keeps it exact to ~1e−13).</summary>
    private static double[] Pmf(int n, double q)
    {
        var pmf = new double[n + 1];
        for (var j = 0; j <= n; j++)
        {
            var choose = 1.0;
            for (var i = 1; i <= j; i++) choose = choose * (n - j + i) / i;
            pmf[j] = choose * Math.Pow(q, j) * Math.Pow(1 - q, n - j);
        }
        return pmf;
    }

    [Property(MaxTest = 300)]
    public Property Quantile_bounds_are_the_order_statistics_the_binomial_definition_picks() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 80)), Arb.From(Gen.Choose(1, 99)), Arb.From(Gen.Elements(0.01, 0.05, 0.2, 0.5, 0.9)), (n, qPercent, alpha) =>
        {
            var q = qPercent / 100.0;
            // Distinct values in a scrambled order, so a wrong rank shows as a wrong value.
            var sample = Enumerable.Range(0, n).Select(i => (double)((i * 37 + 11) % 101) + i / 1000.0).ToArray();
            var sorted = sample.Order().ToArray();
            var pmf = Pmf(n, q);
            double AtLeast(int l) => pmf.Skip(l).Sum();
            double Below(int u) => pmf.Take(u).Sum();
            var low = Enumerable.Range(1, n).Reverse().Where(l => AtLeast(l) >= 1 - alpha / 2).Select(l => (int?)l).FirstOrDefault();
            var high = Enumerable.Range(1, n).Where(u => Below(u) >= 1 - alpha / 2).Select(u => (int?)u).FirstOrDefault();
            var estimate = sorted.First(x => sorted.Count(y => y <= x) >= q * n);
            var r = QuantileBounds.Of(sample, q, alpha);
            return (r.Estimate == estimate).Label($"estimate {r.Estimate} vs {estimate}")
                   .And((r.Low == (low is int lo ? sorted[lo - 1] : null)).Label($"low {r.Low} vs rank {low}"))
                   .And((r.High == (high is int hi ? sorted[hi - 1] : null)).Label($"high {r.High} vs rank {high}"));
        });

    [Property]
    public Property Hoeffding_scales_with_the_range_of_the_values() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 5000)), Arb.From(Gen.Choose(-50, 50)), Arb.From(Gen.Choose(1, 100)), (n, a10, width10) =>
        {
            var (a, b) = (a10 / 10.0, a10 / 10.0 + width10 / 10.0);
            var mean = (a + b) / 2;
            var (low, high) = Hoeffding.Interval(mean, n, 0.05, a, b);
            var half = (b - a) * Math.Sqrt(Math.Log(2 / 0.05) / (2.0 * n));
            return Math.Abs(low - Math.Max(a, mean - half)) < 1e-12 && Math.Abs(high - Math.Min(b, mean + half)) < 1e-12;
        });

    // Each case is its own test (a serialisable index, not a delegate) so that per-test coverage — what
    // Stryker uses to pick the tests for a mutant — sees every case, not one opaque theory.
    private static readonly (string Parameter, Action Call)[] BadInputsList =
    [
        ("trials", () => ClopperPearson.Interval(0, 0, 0.1)),
        ("trials", () => ClopperPearson.Interval(0, -3, 0.1)),
        ("successes", () => ClopperPearson.Interval(-1, 10, 0.1)),
        ("successes", () => ClopperPearson.Interval(11, 10, 0.1)),
        ("alpha", () => ClopperPearson.Interval(3, 10, 0)),
        ("alpha", () => ClopperPearson.Interval(3, 10, 1)),
        ("alpha", () => ClopperPearson.Interval(3, 10, double.NaN)),
        ("n", () => Hoeffding.Interval(0.5, 0, 0.1)),
        ("alpha", () => Hoeffding.Interval(0.5, 10, 0)),
        ("alpha", () => Hoeffding.Interval(0.5, 10, 1.5)),
        ("mean", () => Hoeffding.Interval(1.5, 10, 0.1)),
        ("mean", () => Hoeffding.Interval(-0.5, 10, 0.1, 0, 1)),
        ("q", () => QuantileBounds.Of([1, 2, 3], 0, 0.1)),
        ("q", () => QuantileBounds.Of([1, 2, 3], 1, 0.1)),
        ("alpha", () => QuantileBounds.Of([1, 2, 3], 0.5, 0)),
        ("alpha", () => QuantileBounds.Of([1, 2, 3], 0.5, 1)),
        ("sample", () => QuantileBounds.Of([], 0.5, 0.1)),
        ("parts", () => FamilyWise.Share(0.1, 0)),
        ("parts", () => FamilyWise.Share(0.1, -2)),
    ];

    public static TheoryData<int> BadInputs => new(Enumerable.Range(0, BadInputsList.Length));

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gets_an_argument_exception_naming_the_parameter_and_the_rule(int index)
    {
        var (parameter, call) = BadInputsList[index];
        var e = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(parameter == "sample" ? "the sample" : parameter, e.Message);
    }
}
