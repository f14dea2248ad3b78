using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;

namespace Rssp.Theory.Tests;

/// <summary>The meet-in-the-middle certificate of non-coverage: a point it reports is uncovered by brute force, and
/// coverage with it equals coverage by enumeration of every subset sum.</summary>
public class CoverageCertificateTests
{
    /// <summary>n in the certificate's range and ε around where coverage sets in (2^n·2ε ≈ the length of [−1, 1] and more).</summary>
    private static Arbitrary<(double[] Samples, double Eps)> Instances => Arb.From(
        from n in Gen.Choose(CoverageCertificate.MinSamples, 15)
        from seed in Gen.Choose(0, int.MaxValue)
        from k in Gen.Choose(1, 200)
        select (new Rng((ulong)seed).Symmetric(n), k * Math.Pow(2, -n) / 4));

    [Property(MaxTest = 60)]
    public Property Coverage_with_the_certificate_equals_coverage_by_enumeration() =>
        Prop.ForAll(Instances, t =>
        {
            var byEnumeration = BruteForce.Covers(BruteForce.ApproximableSet(t.Samples, t.Eps), -1, 1);
            return (Approximable.CoversUnitInterval(t.Samples, t.Eps) == byEnumeration)
                .Label($"covered by enumeration: {byEnumeration}")
                .And(Approximable.Set(t.Samples, t.Eps).Covers(-1, 1) == byEnumeration);
        });

    [Property(MaxTest = 100)]
    public Property A_reported_point_is_uncovered_and_no_covered_instance_gets_one() =>
        Prop.ForAll(Instances, t =>
        {
            // When it tests points (the likeliest uncovered first), it reports exactly whether one of them is uncovered.
            var found = CoverageCertificate.FindsUncoveredPoint(t.Samples, t.Eps);
            var probes = CoverageCertificate.ProbeOrder(t.Samples, t.Eps);
            var uncoveredProbe = probes.Any(z => BruteForce.ClosestError(t.Samples, z) > t.Eps + 1e-12);
            var allPoints = Enumerable.Range(0, CoverageCertificate.Probes).Select(p => -1 + 2.0 * p / (CoverageCertificate.Probes - 1));
            return (found == uncoveredProbe).Label("reports exactly")
                .And((probes.Length == 0 || probes.Order().SequenceEqual(allPoints)).Label("tests every point or none"));
        });

    [Property(MaxTest = 60)]
    public Property Each_point_is_reported_uncovered_exactly_when_enumeration_finds_no_sum_within_eps() =>
        Prop.ForAll(Instances, Arb.From(Gen.Choose(-1000, 1000)), (t, z1000) =>
        {
            var z = z1000 / 1000.0;
            return CoverageCertificate.UncoveredAmong(t.Samples, t.Eps, [z]) == BruteForce.ClosestError(t.Samples, z) > t.Eps + 1e-12;
        });

    [Property]
    public Property Distance_is_the_smallest_over_every_pair_of_half_sums() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(-1000, 1000), 7)), Arb.From(Gen.ArrayOf(Gen.Choose(-1000, 1000), 9)), Arb.From(Gen.Choose(-3000, 3000)),
            (a, b, z) =>
            {
                var first = a.Select(v => v / 100.0).Order().ToArray();
                var second = b.Select(v => v / 100.0).Order().ToArray();
                var brute = first.SelectMany(x => second.Select(y => Math.Abs(x + y - z / 100.0))).Min();
                return CoverageCertificate.Distance(first, second, z / 100.0) == brute;
            });

    [Fact]
    public void Outside_its_range_of_n_the_certificate_stays_silent_and_the_sweep_decides()
    {
        Assert.False(CoverageCertificate.FindsUncoveredPoint(new Rng(1).Symmetric(CoverageCertificate.MinSamples - 1), 1e-9));
        Assert.False(CoverageCertificate.FindsUncoveredPoint(new Rng(1).Symmetric(CoverageCertificate.MaxSamples + 1), 1e-9));
        Assert.True(CoverageCertificate.FindsUncoveredPoint(new Rng(1).Symmetric(CoverageCertificate.MinSamples), 1e-9));
        Assert.True(CoverageCertificate.FindsUncoveredPoint(new Rng(1).Symmetric(CoverageCertificate.MaxSamples), 1e-12));
        // Where nearly every point has sums within ε the points are not worth testing.
        Assert.Empty(CoverageCertificate.ProbeOrder(new Rng(1).Symmetric(24), 1e-3));
        Assert.Empty(CoverageCertificate.ProbeOrder(new double[14], 1e-3));
        Assert.True(Approximable.CoversUnitInterval(new Rng(1).Symmetric(CoverageCertificate.MaxSamples + 1), 0.01));
    }
}
