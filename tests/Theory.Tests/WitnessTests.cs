using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;

namespace Rssp.Theory.Tests;

/// <summary>The meet-in-the-middle witness against all 2ⁿ subsets.</summary>
public class WitnessTests
{
    private static Arbitrary<double[]> Samples => Arb.From(Gens.Samples(16), Gens.ShrinkSamples);

    private static Arbitrary<double> Targets => Arb.From(Gens.Symmetric.Select(x => 3 * x));

    /// <summary>Values with ties, zeros of both signs and shifts too small to move a sum (±1e-300), and dyadics.</summary>
    private static Arbitrary<double[]> TieValues => Arb.From(
        from m in Gen.Choose(0, 10)
        from values in Gen.ArrayOf(Gen.OneOf(Gen.Elements(-1e-300, 1e-300, 0.0, -0.0, 0.5, -0.5, 1.0, -1.0),
            Gen.Choose(-64, 64).Select(k => k / 64.0)), m)
        select values);

    [Property(MaxTest = 300)]
    public Property Sorted_subset_sums_are_every_subset_once_in_order_each_summed_in_index_order() =>
        Prop.ForAll(TieValues, values =>
        {
            var size = 1 << values.Length;
            double[] sumsA = new double[size], sumsB = new double[size];
            ulong[] masksA = new ulong[size], masksB = new ulong[size];
            var inA = SortedSubsetSums.Build(values, 0, sumsA, masksA, sumsB, masksB);
            var (sums, masks) = inA ? (sumsA, masksA) : (sumsB, masksB);
            var sorted = sums.Zip(sums.Skip(1)).All(p => p.First <= p.Second);
            var exact = sums.Zip(masks).All(p => Witness.Evaluate(values, p.Second, 0).Sum == p.First);
            var everySubsetOnce = masks.Distinct().Count() == size && masks.All(mk => mk < (ulong)size);
            return sorted && exact && everySubsetOnce;
        });

    [Property(MaxTest = 200)]
    public Property Closest_has_the_optimal_error() =>
        Prop.ForAll(Samples, Targets, (xs, z) =>
            Tolerance.Close(Witness.Closest(xs, z).Error, BruteForce.ClosestError(xs, z)));

    [Property(MaxTest = 200)]
    public Property The_reported_subset_sums_to_the_reported_sum() =>
        Prop.ForAll(Samples, Targets, (xs, z) =>
        {
            var w = Witness.Closest(xs, z);
            var sum = w.Indices.Sum(i => xs[i]);
            return w.Indices.All(i => i < xs.Length) && sum == w.Sum && w.Error == Math.Abs(sum - z);
        });

    [Property(MaxTest = 200)]
    public Property First_within_finds_a_witness_iff_one_exists() =>
        Prop.ForAll(Samples, Targets, Arb.From(Gens.Eps), (xs, z, eps) =>
        {
            var best = BruteForce.ClosestError(xs, z);
            var w = Witness.FirstWithin(xs, z, eps);
            return Math.Abs(best - eps) < 1e-12 || w.IsWithin(eps) == best <= eps;
        });

    [Property(MaxTest = 100)]
    public Property First_within_returns_the_closest_when_none_is_within() =>
        Prop.ForAll(Samples, Targets, (xs, z) =>
        {
            var best = BruteForce.ClosestError(xs, z);
            return best == 0 || Tolerance.Close(Witness.FirstWithin(xs, z, best / 2).Error, best);
        });

    [Property(MaxTest = 100)]
    public Property Witness_exists_exactly_where_the_approximable_set_says() =>
        Prop.ForAll(Gens.Instances(12), Arb.From(Gens.Symmetric), (t, z) =>
        {
            var error = Witness.Closest(t.Samples, z).Error;
            return Math.Abs(error - t.Eps) < 1e-12 || Approximable.IsApproximable(t.Samples, t.Eps, z) == (error <= t.Eps);
        });

    [Fact]
    public void Thirty_samples_are_solved_exactly_where_the_answer_is_known()
    {
        // Powers of two: every multiple of 2⁻³⁰ in [0, 1) is a subset sum, so the error is 0 for such a target.
        var xs = Enumerable.Range(1, 30).Select(k => Math.Pow(2, -k)).ToArray();
        var z = 0.123456789 - 0.123456789 % Math.Pow(2, -30);
        var w = Witness.Closest(xs, z);
        Assert.Equal(0, w.Error);
        Assert.Equal(z, w.Sum);
    }

    [Fact]
    public void Empty_sample_gives_the_empty_subset() =>
        Assert.Equal(new WitnessResult(0, 0, 0.25), Witness.Closest([], -0.25));
}
