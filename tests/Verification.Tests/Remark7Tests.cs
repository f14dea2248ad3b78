using Rssp.Theory.Bounds;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Tests;

/// <summary>Remark 7's readings: the proof's constant as exact values (no ε grid, no interval), and the printed sizes
/// against n*(ε) with their tightness and only the pieces in the statement's range.</summary>
public class Remark7Tests
{
    private static Verdict Run(string key) => CatalogueRun.Check(ClaimCatalogue.All.Single(c => c.Key == key), Budget.Quick, 1).Verdict;

    [Fact]
    public void The_proofs_readings_are_exact_values_computed_from_its_pieces()
    {
        var verdict = Assert.IsType<Verdict.Estimated>(Run("Remark 7 [the proof's constant: limit, reach of 742.27, sup]"));
        Assert.All(verdict.Observations, o => Assert.True(o.Exact && o.Low == o.Estimate && o.High == o.Estimate, o.Where));
        Assert.All(verdict.Observations, o => Assert.Contains("(exact)", o.ToString()));
        var values = verdict.Observations.Select(o => o.Estimate).ToArray();
        var perEps = ProofConstant.BestPath(SecondPhaseBound.Lemma23Printed, 742.27);
        var one = ProofConstant.PathAt(Claims.Chapter2.Remark7.BestBeta, SecondPhaseBound.Lemma23Printed, 742.27);
        Assert.Equal([ProofConstant.BestLimit(SecondPhaseBound.Lemma23Printed).C, ProofConstant.Limit(Claims.Chapter2.Remark7.BestBeta, SecondPhaseBound.Lemma23Printed),
            perEps.Reach!.Value, one.Reach!.Value, perEps.Sup(1).Value, one.Sup(1).Value], values);
        Assert.Equal(perEps.Sup(1).Value, verdict.Estimate.Low);
        Assert.Equal(one.Sup(1).Value, verdict.Estimate.High);
        Assert.DoesNotContain("grid", verdict.Evidence.Summary);
        Assert.Contains("exact", verdict.Evidence.Summary);
    }

    [Theory]
    [InlineData("Remark 7 [Chapter 3's 742.27 log(1/(2ε))]")]
    [InlineData("Remark 7 [Lueker's C = 2(1 + ln e) = 4, uniform on (0, 1/3)]")]
    public void Printed_sizes_have_a_tightness_and_list_only_pieces_in_range_without_a_bound(string key)
    {
        var verdict = Run(key);
        Assert.NotNull(verdict.Evidence.Tightness);
        Assert.All(verdict.Observations, o => Assert.True(double.IsNaN(o.Bound), o.Where));
        // The pieces n* = 2 … 5 lie wholly above 1/3 at seed 1: not listed, and the summary says so.
        Assert.DoesNotContain(verdict.Observations, o => o.Where.StartsWith("n*(ε) = 5 on", StringComparison.Ordinal));
        Assert.Contains("outside the statement's range", verdict.Evidence.Summary);
    }

    [Fact]
    public void The_742_27_size_holds_with_a_tightness_far_below_one()
    {
        var verdict = Run("Remark 7 [Chapter 3's 742.27 log(1/(2ε))]");
        Assert.Equal(Outcome.Holds, verdict.Outcome);
        Assert.InRange(verdict.Evidence.Tightness!.Ratio, 0.001, 0.05);
    }
}
