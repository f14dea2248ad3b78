using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>Time per T_ε trial (one Unif([−1, 1]) stream each), ours against the plain merge.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private const int TrialsPerInvoke = 8;
    private int _round;

    [Params(1e-3, 1e-4, 1e-5, 1e-6)]
    public double Eps { get; set; }

    [Benchmark(Baseline = true, OperationsPerInvoke = TrialsPerInvoke)]
    public int PlainMergeFixedHorizon()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < TrialsPerInvoke; t++)
            total += PlainMerge.StoppingTime(new Rng(Trials.Seed(1, (ulong)round, t)).Symmetric(PlainMerge.Horizon(Eps)), Eps);
        return total;
    }

    [Benchmark(OperationsPerInvoke = TrialsPerInvoke)]
    public int Ours()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < TrialsPerInvoke; t++) total += StoppingTime.OfUniformStream(Trials.Seed(1, (ulong)round, t), Eps);
        return total;
    }
}
