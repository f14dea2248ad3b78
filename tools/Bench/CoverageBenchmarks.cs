using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>Time per T_ε trial (one Unif([−1, 1]) stream each), ours against the plain merge. Our cost varies
/// with T_ε from trial to trial (at 1e-6 the 10 % and 90 % quantiles are about 9 and 28 ms), so each invocation
/// runs more of our trials than of the plain merge's, whose fixed horizon varies little.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private const int TrialsPerInvoke = 8;
    private const int OurTrialsPerInvoke = 32;
    private int _round;

    [Params(1e-3, 1e-4, 1e-5, 1e-6)]
    public double Eps { get; set; }

    [Benchmark(Baseline = true, OperationsPerInvoke = TrialsPerInvoke)]
    public int PlainMergeFixedHorizon()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < TrialsPerInvoke; t++)
            total += PlainMerge.StoppingTime(new Rng(new SeedStream((ulong)round).TrialSeed(1, t)).Symmetric(PlainMerge.Horizon(Eps)), Eps);
        return total;
    }

    [Benchmark(OperationsPerInvoke = OurTrialsPerInvoke)]
    public int Ours()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < OurTrialsPerInvoke; t++) total += StoppingTime.OfUniformStream(new SeedStream((ulong)round).TrialSeed(1, t), Eps);
        return total;
    }
}
