using BenchmarkDotNet.Attributes;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;

namespace Rssp.Bench;

/// <summary>The two convolutions of one layer pair of Theorem 31's N_0 for a target layer with D = 32, d = 3,
/// c = 16 (n_i = 256): L^{(2i−1)} of 3×3×16×256 on 32×32×16, then L^{(2i)} of 1×1×256×16 on 32×32×256;
/// ours against a direct loop over Eq. 4.2's indices.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ConvolutionBenchmarks
{
    private Tensor _wide = Tensor.Zeros(1, 1, 1, 1), _narrow = Tensor.Zeros(1, 1, 1, 1);
    private Tensor _input = Tensor.Zeros(1, 1, 1), _hidden = Tensor.Zeros(1, 1, 1);

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Rng(11);
        _wide = Tensor.Uniform(rng, 3, 3, 16, 256);
        _narrow = Tensor.Uniform(rng, 1, 1, 256, 16);
        _input = Tensor.Uniform(rng, 32, 32, 16);
        _hidden = Convolution.Convolve(_wide, _input).Relu();
    }

    [Benchmark(Baseline = true)]
    public double DirectLoops3x3() => DirectLoop(_wide, _input)[0];

    [Benchmark]
    public double Ours3x3() => Convolution.Convolve(_wide, _input).MaxNorm();

    [Benchmark]
    public double DirectLoops1x1() => DirectLoop(_narrow, _hidden)[0];

    [Benchmark]
    public double Ours1x1() => Convolution.Convolve(_narrow, _hidden).MaxNorm();

    /// <summary>Eq. 4.2 as loops: for every output entry, every tap, with the padding test inside.</summary>
    public static double[] DirectLoop(Tensor k, Tensor x)
    {
        int d = k.Shape[0], dp = k.Shape[1], c0 = k.Shape[2], c1 = k.Shape[3], rows = x.Shape[0], cols = x.Shape[1];
        var kd = k.ToArray();
        var xd = x.ToArray();
        var output = new double[rows * cols * c1];
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < cols; j++)
        for (var l = 0; l < c1; l++)
        {
            var s = 0.0;
            for (var a = 0; a < d; a++)
            for (var b = 0; b < dp; b++)
            for (var c = 0; c < c0; c++)
            {
                int r = i - a, q = j - b;
                if (r < 0 || q < 0) continue;
                s += kd[((a * dp + b) * c0 + c) * c1 + l] * xd[(r * cols + q) * c0 + c];
            }
            output[(i * cols + j) * c1 + l] = s;
        }
        return output;
    }
}
