using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

/// <summary>Definitions 1 and 8 and the reductions of §2.0.1 against exhaustive search.</summary>
public class IntegerSubsetSumTests
{
    private static Arbitrary<long[]> Items => Arb.From(
        from n in Gen.Choose(0, 12) from xs in Gen.ArrayOf(Gen.Choose(-20, 40).Select(x => (long)x), n) select xs,
        xs => Enumerable.Range(0, xs.Length).Select(i => xs.Where((_, k) => k != i).ToArray()));

    private static Arbitrary<long> Targets => Arb.From(Gen.Choose(-60, 120).Select(z => (long)z));

    private static bool SspByExhaustion(long[] xs, long z) =>
        Enumerable.Range(0, 1 << xs.Length).Any(m => IntegerSubsetSum.SumOf(xs, (ulong)m) == z);

    private static bool NppByExhaustion(long[] xs) =>
        Enumerable.Range(0, 1 << xs.Length).Any(m => 2 * IntegerSubsetSum.SumOf(xs, (ulong)m) == xs.Sum());

    [Property(MaxTest = 200)]
    public Property Ssp_solver_agrees_with_exhaustion_and_its_witness_sums_to_z() =>
        Prop.ForAll(Items, Targets, (xs, z) =>
        {
            var solution = IntegerSubsetSum.SolveSsp(new SspInstance(xs, 2 * z));
            return solution is ulong m ? IntegerSubsetSum.SumOf(xs, m) == z : !SspByExhaustion(xs, z);
        });

    [Property(MaxTest = 200)]
    public Property Npp_solver_agrees_with_exhaustion_and_its_witness_balances() =>
        Prop.ForAll(Items, xs =>
        {
            var solution = IntegerSubsetSum.SolveNpp(new NppInstance(xs));
            return solution is ulong m ? 2 * IntegerSubsetSum.SumOf(xs, m) == xs.Sum() : !NppByExhaustion(xs);
        });

    [Property(MaxTest = 200)]
    public Property Ssp_to_npp_preserves_the_answer() =>
        Prop.ForAll(Items, Targets, (xs, z) =>
        {
            var npp = IntegerSubsetSum.SspToNpp(new SspInstance(xs, 2 * z));
            return npp.Items.Length == xs.Length + 1 && npp.Items[^1] == xs.Sum() - 2 * z &&
                   NppByExhaustion(npp.Items.ToArray()) == SspByExhaustion(xs, z);
        });

    [Property(MaxTest = 200)]
    public Property Npp_to_ssp_preserves_the_answer() =>
        Prop.ForAll(Items, xs =>
        {
            var ssp = IntegerSubsetSum.NppToSsp(new NppInstance(xs));
            var answer = IntegerSubsetSum.SolveSsp(ssp) is not null;
            return ssp.Items.SequenceEqual(xs) && ssp.TwiceTarget == xs.Sum() && answer == NppByExhaustion(xs);
        });

    [Fact]
    public void Half_integer_targets_have_no_solution() =>
        Assert.Null(IntegerSubsetSum.SolveSsp(new SspInstance([1, 2, 3], 7)));

    [Fact]
    public void Oversized_items_are_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => IntegerSubsetSum.SolveNpp(new NppInstance([1L << 41])));
        Assert.Equal("items", e.ParamName);
    }
}
