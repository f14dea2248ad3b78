using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>Is [−1, 1] covered by n samples at ε = 10⁻⁵: all 2ⁿ sums sorted and scanned, against the sweep.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class BruteForceBenchmarks
{
    private const double Eps = 1e-5;
    private double[] _xs = [];

    [Params(20, 24)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _xs = new Rng(5).Symmetric(N);

    [Benchmark(Baseline = true)]
    public bool BruteForceEnumeration()
    {
        var sums = new double[1 << N];
        for (var i = 0; i < N; i++)
        {
            var half = 1 << i;
            for (var m = 0; m < half; m++) sums[half + m] = sums[m] + _xs[i];
        }
        Array.Sort(sums);
        if (sums[0] - Eps > -1) return false;
        var reach = sums[0] + Eps;
        foreach (var s in sums)
        {
            if (s - Eps > reach) return reach >= 1;
            reach = Math.Max(reach, s + Eps);
            if (reach >= 1) return true;
        }
        return reach >= 1;
    }

    [Benchmark]
    public bool Sweep() => Approximable.CoversUnitInterval(_xs, Eps);
}
