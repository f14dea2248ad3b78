using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>64 T_ε trials at ε = 10⁻⁴, one core against both (the results are identical; see TrialsTests).</summary>
[ShortRunJob]
public class ParallelBenchmarks
{
    private static int Trial(long _, ulong seed) => StoppingTime.OfUniformStream(seed, 1e-4);

    [Benchmark(Baseline = true)]
    public int[] Sequential() => Trials.Run(3, new SeedStream(0), 0, 64, Trial, parallel: false);

    [Benchmark]
    public int[] Parallel() => Trials.Run(3, new SeedStream(0), 0, 64, Trial);
}
