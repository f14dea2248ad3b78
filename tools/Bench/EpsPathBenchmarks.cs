using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>The ε-path of one Unif([−1, 1]) stream down to ε_min (r_n for every n up to T_{ε_min}, so T_ε for every
/// ε ∈ [ε_min, 1/3)) against one T_ε trial at ε_min on the same streams. Goal of issue 15: at most 2×.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class EpsPathBenchmarks
{
    private const int TrialsPerInvoke = 32;
    private int _round;

    [Params(1e-3, 1e-4, 1e-5)]
    public double EpsMin { get; set; }

    [Benchmark(Baseline = true, OperationsPerInvoke = TrialsPerInvoke)]
    public int StoppingTimeAtEpsMin()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < TrialsPerInvoke; t++) total += StoppingTime.OfUniformStream(new SeedStream((ulong)round).TrialSeed(1, t), EpsMin);
        return total;
    }

    [Benchmark(OperationsPerInvoke = TrialsPerInvoke)]
    public int EpsPath()
    {
        var total = 0;
        var round = _round++;
        for (var t = 0; t < TrialsPerInvoke; t++) total += CoveringRadius.OfUniformStream(new SeedStream((ulong)round).TrialSeed(1, t), EpsMin, 1.0 / 3).Length;
        return total;
    }
}
