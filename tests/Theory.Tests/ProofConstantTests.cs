using Rssp.Theory.Bounds;

namespace Rssp.Theory.Tests;

/// <summary>The proof's constant read exactly (Remark 7): the minimum over β against a dense scan of β, the pieces and
/// the sup against dense evaluation near each jump, the envelope and the limit against the ratio, the reach against its
/// definition.</summary>
public class ProofConstantTests
{
    private const SecondPhaseBound Printed = SecondPhaseBound.Lemma23Printed;

    private static double Ratio(int n, double eps, int offset = 0) => (n - offset) / ProofConstant.Log(eps);

    [Theory]
    [InlineData(0.33333333333333326)]
    [InlineData(0.3137104540454178)]
    [InlineData(0.301220232926589)]
    [InlineData(0.2)]
    [InlineData(0.05)]
    [InlineData(1e-3)]
    [InlineData(1e-6)]
    public void The_best_beta_at_one_eps_is_the_minimum_of_a_dense_scan_of_beta(double eps)
    {
        var (beta, n) = ProofConstant.BestBeta(eps, Printed);
        Assert.Equal(n, ProofConstant.SampleSize(beta, eps, Printed));
        // 20 000 β evenly spaced in (0, 0.124] (above, p_β → 0 and n is far larger) and 2 000 just above the best: none does
        // better; the scan comes within a few samples.
        var scan = Enumerable.Range(1, 20_000).Select(i => 0.124 * i / 20_000)
            .Concat(Enumerable.Range(1, 2000).Select(i => beta * (1 + i * 1e-7)).Where(b => b < 0.125))
            .Select(b => ProofConstant.SampleSize(b, eps, Printed)).Min();
        Assert.True(scan >= n, $"a scanned β needs {scan} < {n}");
        Assert.InRange(scan - n, 0, 3);
        // Just below the best β, α is one larger (the left end of its piece of α).
        Assert.True(FirstPhaseTail.Alpha(Math.BitDecrement(beta), eps) > FirstPhaseTail.Alpha(beta, eps));
    }

    [Theory]
    [InlineData(0.03954)]
    [InlineData(0.048)]
    [InlineData(0.1)]
    public void Each_piece_is_constant_between_jumps_located_to_adjacent_doubles(double beta)
    {
        int N(double e) => ProofConstant.SampleSize(beta, e, Printed);
        var pieces = ProofConstant.Pieces(N, 1.0 / 3).Take(40).ToArray();
        Assert.Equal(1.0 / 3, pieces[0].High);
        foreach (var (p, i) in pieces.Select((p, i) => (p, i)))
        {
            Assert.Equal(p.N, N(p.Low));
            Assert.True(N(Math.BitDecrement(p.Low)) > p.N);
            if (i > 0) Assert.Equal(pieces[i - 1].Low, p.High);
            Assert.All(Enumerable.Range(0, 50).Select(k => p.Low + (p.High - p.Low) * k / 50), e => Assert.Equal(p.N, N(e)));
        }
    }

    [Theory]
    [InlineData(0.03954)]
    [InlineData(0.039665)]
    [InlineData(0.048)]
    public void The_sup_over_eps_is_what_a_dense_evaluation_near_each_jump_and_across_the_range_finds(double beta)
    {
        var path = ProofConstant.PathAt(beta, Printed, 742.27);
        int N(double e) => ProofConstant.SampleSize(beta, e, Printed);
        foreach (var offset in new[] { 0, 1 })
        {
            var (sup, at) = path.Sup(offset);
            // Near each jump: the 1000 doubles below it and 100 points spread over the piece, never above the sup.
            var near = path.Pieces.SelectMany(p => Enumerable.Range(1, 1000).Select(k => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(p.High) - k))
                .Concat(Enumerable.Range(0, 100).Select(k => p.Low + (p.High - p.Low) * k / 100)).Where(e => e >= p.Low && e < p.High));
            var dense = Enumerable.Range(0, 100_000).Select(k => path.Cut + (1.0 / 3 - path.Cut) * k / 100_000);
            var seen = near.Concat(dense).Max(e => Ratio(N(e), e, offset));
            Assert.True(seen <= sup, $"offset {offset}: {seen} above the sup {sup}");
            Assert.Equal(sup, Ratio(N(Math.BitDecrement(at.High)), Math.BitDecrement(at.High), offset), 1e-9);
            // Below the cut, down to 10⁻¹², nothing comes near it.
            Assert.True(Enumerable.Range(0, 2000).Select(k => path.Cut * Math.Pow(1e-12 / path.Cut, k / 2000.0)).Max(e => Ratio(N(e), e, offset)) < sup);
        }
    }

    [Fact]
    public void The_sup_at_the_audited_beta_is_804_49_at_0_32604_not_a_grid_value()
    {
        var (sup, at) = ProofConstant.PathAt(0.03954, Printed, 742.27).Sup(0);
        Assert.InRange(sup, 804.49, 804.50);
        Assert.InRange(at.High, 0.32603, 0.32605);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.03954)]
    [InlineData(0.048)]
    [InlineData(0.12)]
    public void The_limit_bounds_every_ratio_from_below_and_the_envelope_from_above_below_its_eps(double beta)
    {
        var limit = ProofConstant.Limit(beta, Printed);
        var eps = Enumerable.Range(0, 3000).Select(k => 1.0 / 3 * Math.Pow(1e-300 * 3, k / 2999.0)).Where(e => e < 1.0 / 3).ToArray();
        var envelopes = eps.Select(e => ProofConstant.Envelope(beta, e, Printed)).ToArray();
        foreach (var (e, i) in eps.Select((e, i) => (e, i)))
        {
            var r = Ratio(ProofConstant.SampleSize(beta, e, Printed), e);
            Assert.True(r >= limit * (1 - 1e-12), $"ε = {e}: ratio {r} below the limit {limit}");
            Assert.True(r <= envelopes[i], $"ε = {e}: ratio {r} above the envelope {envelopes[i]}");
            if (i > 0) Assert.True(envelopes[i] <= envelopes[i - 1], "the envelope must fall as ε falls");
        }
        // Far out the ratio is within the envelope's distance of the limit, which shrinks like 1/log(1/ε).
        Assert.InRange(Ratio(ProofConstant.SampleSize(beta, 1e-300, Printed), 1e-300), limit, limit + (envelopes[^1] - limit));
        Assert.True(envelopes[^1] - limit < (envelopes[0] - limit) / 100);
    }

    [Fact]
    public void The_best_limit_is_the_minimum_over_a_dense_scan_of_beta_and_the_markov_step_doubles_the_second_phase()
    {
        var (beta, c) = ProofConstant.BestLimit(Printed);
        var scan = Enumerable.Range(1, 99_999).Select(i => 0.125 * i / 100_000).Min(b => ProofConstant.Limit(b, Printed));
        Assert.InRange(c, scan - 1e-6, scan);
        Assert.InRange(beta, 0.048, 0.0481);
        Assert.InRange(c, 456.43, 456.44);
        Assert.Equal(ProofConstant.Limit(0.05, Printed) + 1 / Math.Log(8.0 / 7), ProofConstant.Limit(0.05, SecondPhaseBound.Lemma23MarkovStep), 9);
    }

    [Fact]
    public void The_reach_is_the_first_eps_where_the_printed_size_falls_short()
    {
        foreach (var (path, n) in new (ProofConstant.Path, Func<double, int>)[]
                 {
                     (ProofConstant.PathAt(0.03954, Printed, 742.27), e => ProofConstant.SampleSize(0.03954, e, Printed)),
                     (ProofConstant.BestPath(Printed, 742.27), e => ProofConstant.BestBeta(e, Printed).N),
                 })
        {
            var reach = path.Reach!.Value;
            bool Short(double e) => Math.Ceiling(742.27 * ProofConstant.Log(e)) < n(e);
            Assert.True(Short(reach));
            Assert.False(Short(Math.BitDecrement(reach)));
            var below = Enumerable.Range(0, 20_000).Select(k => path.Cut + (reach - path.Cut) * k / 20_000);
            Assert.DoesNotContain(below, Short);
        }
        // 7422.7 suffices everywhere.
        Assert.Null(ProofConstant.PathAt(0.03954, Printed, 7422.7).Reach);
    }

    [Fact]
    public void Beta_per_eps_bounds_one_beta_from_below_and_the_scan_from_above()
    {
        var perEps = ProofConstant.BestPath(Printed, 742.27).Sup(1).Value;
        var (beta, sup) = ProofConstant.ScanBeta(Printed);
        Assert.Equal(sup, ProofConstant.PathAt(beta, Printed, 742.27).Sup(1).Value);
        Assert.True(perEps <= sup);
        Assert.All(new[] { 0.03, 0.035, 0.03954, 0.045, 0.05 }, b => Assert.True(ProofConstant.PathAt(b, Printed, 742.27).Sup(1).Value >= sup));
        Assert.InRange(perEps, 779.35, 779.36);
    }
}
