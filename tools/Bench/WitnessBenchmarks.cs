using BenchmarkDotNet.Attributes;
using Google.OrTools.LinearSolver;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>Pensia et al. 2020's workload: a fresh sample of n = 21 values uniform on [−0.464, 0.541] per
/// target, the target uniform on that range, precision 0.01. Ours (meet in the middle) against the
/// mixed-integer program they solved with Gurobi (min t s.t. |Σ a_i x_i − z| ≤ t, x binary), here with
/// OR-Tools' SCIP. And the optimal-error query at n = 30 (da Cunha et al.'s CNN experiments). The
/// two-core variants run the same instances through <see cref="Trials"/>.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class WitnessBenchmarks
{
    private const double Lo = -0.464, Hi = 0.541, Eps = 0.01;
    private const int Batch = 4000, MipBatch = 3, OptimalBatch = 400;
    private int _round;

    /// <summary>Σ over a batch of fresh instances of solve(sample, target); instance k comes from its own seed.</summary>
    private double Over(int batch, int n, Func<double[], double, double> solve, bool parallel = false)
    {
        var round = (ulong)_round++;
        return Trials.Run(round, new SeedStream((ulong)n), 0, batch, (_, seed) =>
        {
            var rng = new Rng(seed);
            var xs = new double[n];
            for (var i = 0; i < n; i++) xs[i] = Lo + (Hi - Lo) * rng.NextUnit();
            return solve(xs, Lo + (Hi - Lo) * rng.NextUnit());
        }, parallel).Sum();
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public double OursFirstWithinPensia() => Over(Batch, 21, (xs, z) => Witness.FirstWithin(xs, z, Eps).Error);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double OursFirstWithinPensiaTwoCores() => Over(Batch, 21, (xs, z) => Witness.FirstWithin(xs, z, Eps).Error, parallel: true);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double OursOptimalPensia() => Over(Batch, 21, (xs, z) => Witness.Closest(xs, z).Error);

    [Benchmark(OperationsPerInvoke = MipBatch)]
    public double OrToolsMipPensia() => Over(MipBatch, 21, SolveMip);

    [Benchmark(OperationsPerInvoke = OptimalBatch)]
    public double OursOptimalN30() => Over(OptimalBatch, 30, (xs, z) => Witness.Closest(xs, z).Error);

    [Benchmark(OperationsPerInvoke = OptimalBatch)]
    public double OursOptimalN30TwoCores() => Over(OptimalBatch, 30, (xs, z) => Witness.Closest(xs, z).Error, parallel: true);

    /// <summary>min t subject to −t ≤ Σ a_i x_i − z ≤ t, x ∈ {0, 1}ⁿ.</summary>
    public static double SolveMip(double[] xs, double z)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available in OR-Tools");
        var x = xs.Select((_, i) => solver.MakeBoolVar($"x{i}")).ToArray();
        var t = solver.MakeNumVar(0, double.PositiveInfinity, "t");
        var sum = new LinearExpr();
        for (var i = 0; i < xs.Length; i++) sum += xs[i] * x[i];
        solver.Add(sum - z <= t);
        solver.Add(z - sum <= t);
        solver.Minimize(t);
        var status = solver.Solve();
        return status == Solver.ResultStatus.OPTIMAL ? t.SolutionValue() : double.NaN;
    }
}
