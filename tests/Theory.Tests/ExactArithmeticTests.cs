using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

/// <summary>On dyadic samples k/2²⁰ and ε = m/2²⁰ every sum is exact in doubles, and the naive answer can
/// be computed in integers (exact rational arithmetic with denominator 2²⁰): rounding cannot flip a
/// coverage verdict, and every endpoint must agree to the bit.</summary>
public class ExactArithmeticTests
{
    private const int Bits = 20;
    private const double Scale = 1 << Bits;

    private static Arbitrary<(long[] Numerators, long EpsNumerator)> DyadicInstances =>
        Arb.From(
            from n in Gen.Choose(0, 12)
            from ks in Gen.ArrayOf(Gens.DyadicNumerator(Bits), n)
            from m in Gen.Choose(1, 1 << 17)
            select (ks, (long)m));

    /// <summary>∪ [s − m, s + m] ∩ [−2²⁰, 2²⁰] over all integer subset sums s.</summary>
    private static List<(long Lo, long Hi)> IntegerSet(long[] ks, long m)
    {
        var sums = Enumerable.Range(0, 1 << ks.Length)
            .Select(mask => ks.Where((_, i) => (mask >> i & 1) == 1).Sum())
            .OrderBy(s => s);
        var result = new List<(long Lo, long Hi)>();
        var one = 1L << Bits;
        foreach (var s in sums)
        {
            var lo = Math.Max(s - m, -one);
            var hi = Math.Min(s + m, one);
            if (lo > hi) continue;
            if (result.Count > 0 && lo <= result[^1].Hi) result[^1] = (result[^1].Lo, Math.Max(result[^1].Hi, hi));
            else result.Add((lo, hi));
        }
        return result;
    }

    [Property(MaxTest = 200)]
    public Property Endpoints_agree_bit_for_bit_with_integer_arithmetic() =>
        Prop.ForAll(DyadicInstances, t =>
        {
            var fast = Approximable.Set(t.Numerators.Select(k => k / Scale).ToArray(), t.EpsNumerator / Scale);
            var exact = IntegerSet(t.Numerators, t.EpsNumerator);
            return fast.Count == exact.Count &&
                   fast.Intervals.Zip(exact).All(p => p.First.Lo == p.Second.Lo / Scale && p.First.Hi == p.Second.Hi / Scale);
        });

    [Property(MaxTest = 200)]
    public Property Coverage_verdict_agrees_with_integer_arithmetic() =>
        Prop.ForAll(DyadicInstances, t =>
        {
            var one = 1L << Bits;
            var covered = IntegerSet(t.Numerators, t.EpsNumerator).Any(iv => iv.Lo <= -one && iv.Hi >= one);
            return Approximable.CoversUnitInterval(t.Numerators.Select(k => k / Scale).ToArray(), t.EpsNumerator / Scale) == covered;
        });

    [Fact]
    public void Touching_intervals_count_as_covering()
    {
        // Sums 0 and 0.5 with ε = 0.25 give [−0.25, 0.25] ∪ [0.25, 0.75]: one closed interval.
        var set = Approximable.Set([0.5], 0.25);
        Assert.Equal([new SubsetSum.Interval(-0.25, 0.75)], set.Intervals);
        // Samples ±0.5, ±1 with ε = 0.25 cover [−1, 1] only because closed intervals touch at ±0.25 and ±0.75.
        Assert.True(Approximable.CoversUnitInterval([0.5, 1, -0.5, -1], 0.25));
        Assert.False(Approximable.CoversUnitInterval([0.5, 1, -0.5, -1], 0.25 - 1.0 / Scale));
    }
}
