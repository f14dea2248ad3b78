using System.Diagnostics;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;

namespace Rssp.Bench;

/// <summary>A LeNet-5-shaped simple CNN target (filters 5×5×1×6 and 5×5×6×16, each normalised to ‖K‖_1 = 1,
/// no pooling or biases, 32×32 inputs) pruned from its Theorem 31 random network at ε = 0.01: for growing C,
/// the widths n_i, whether every entry met the proof's precision, the certified error and the wall time.</summary>
public static class LeNetExperiment
{
    public static void Run(TextWriter output)
    {
        const double eps = 0.01;
        var rng = new Rng(2026);
        var target = SimpleCnn.Random(rng, [5, 5], [1, 6, 16]).NormalisedL1();
        output.WriteLine($"target: LeNet-5 convolutions, k = {target.ParameterCount} parameters, eps = {eps}");
        output.WriteLine("C     widths      params(N0)  unreached  certified    proof-bound  max-error-on-inputs  seconds");
        foreach (var c in new[] { 2.0, 3.0, 4.0, 5.0, 6.0, 8.0 })
        {
            var clock = Stopwatch.StartNew();
            var network = RandomCnn.ForTarget(target, c, eps, new Rng(7));
            var result = NetworkPruning.Theorem31(target, network, eps, 32, 32);
            var seconds = clock.Elapsed.TotalSeconds;
            var inputs = Enumerable.Range(0, 3).Select(s => Tensor.Uniform(new Rng((ulong)s), 32, 32, 1).Map(Math.Abs))
                .Append(result.Layers[0].Supremum.WorstInput);
            var observed = inputs.Max(x => NetworkPruning.ErrorAt(target, network, result.Masks, x));
            var widths = string.Join(",", network.Layers.Where((_, i) => i % 2 == 1).Select(l => l.Shape[2]));
            output.WriteLine($"{c,-5} {widths,-11} {network.ParameterCount,-11} {result.Layers.Sum(l => l.UnreachedEntries),-10} " +
                             $"{result.CertifiedBound,-12:E3} {result.ProofBound,-12:E3} {observed,-20:E3} {seconds:F2}");
        }
    }
}
