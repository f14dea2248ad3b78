using BenchmarkDotNet.Attributes;
using Google.OrTools.LinearSolver;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Bench;

/// <summary>Pensia et al. 2020's workload: a fresh sample of n = 21 values uniform on [−0.464, 0.541] per
/// target, the target uniform on that range, precision 0.01. Ours (meet in the middle) against the
/// mixed-integer program they solved with Gurobi (min t s.t. |Σ a_i x_i − z| ≤ t, x binary), here with
/// OR-Tools' SCIP. And the optimal-error query at n = 30 (da Cunha et al.'s CNN experiments).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class WitnessBenchmarks
{
    private const double Lo = -0.464, Hi = 0.541, Eps = 0.01;
    private const int Batch = 1000, MipBatch = 3, OptimalBatch = 200;
    private int _round;

    private static (double[] Xs, double Z) Instance(Rng rng, int n)
    {
        var xs = new double[n];
        for (var i = 0; i < n; i++) xs[i] = Lo + (Hi - Lo) * rng.NextUnit();
        return (xs, Lo + (Hi - Lo) * rng.NextUnit());
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int OursFirstWithinPensia()
    {
        var rng = new Rng((ulong)_round++);
        var found = 0;
        for (var k = 0; k < Batch; k++)
        {
            var (xs, z) = Instance(rng, 21);
            found += Witness.FirstWithin(xs, z, Eps).IsWithin(Eps) ? 1 : 0;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public double OursOptimalPensia()
    {
        var rng = new Rng((ulong)_round++);
        var error = 0.0;
        for (var k = 0; k < Batch; k++)
        {
            var (xs, z) = Instance(rng, 21);
            error += Witness.Closest(xs, z).Error;
        }
        return error;
    }

    [Benchmark(OperationsPerInvoke = MipBatch)]
    public double OrToolsMipPensia()
    {
        var rng = new Rng((ulong)_round++);
        var error = 0.0;
        for (var k = 0; k < MipBatch; k++)
        {
            var (xs, z) = Instance(rng, 21);
            error += SolveMip(xs, z);
        }
        return error;
    }

    [Benchmark(OperationsPerInvoke = OptimalBatch)]
    public double OursOptimalN30()
    {
        var rng = new Rng((ulong)_round++);
        var error = 0.0;
        for (var k = 0; k < OptimalBatch; k++)
        {
            var (xs, z) = Instance(rng, 30);
            error += Witness.Closest(xs, z).Error;
        }
        return error;
    }

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
