using System.Numerics;
using System.Runtime.InteropServices;

namespace Rssp.Theory.Tensors;

/// <summary>Eq. 4.2, a true convolution with zero padding and output of the input's spatial size:
/// (K ∗ X)_{i,j,ℓ} = Σ_{i′,j′,k} K_{i′,j′,k,ℓ}·X_{i−i′+1, j−j′+1, k} (1-based), entries of X outside
/// the input taken as 0. K is d×d′×c0×c1 (or d×d′×c0, giving one output channel dropped to rank 2),
/// X is D×D′×c0, the result D×D′×c1. For each output position the sum is a run of small
/// vector–matrix products x(c0)ᵀ·K[a,b](c0×c1), done as SIMD axpys along ℓ; a 1×1 filter makes the
/// whole convolution one matrix product (D·D′×c0)·(c0×c1).</summary>
public static class Convolution
{
    public static Tensor Convolve(Tensor kernel, Tensor input)
    {
        if (kernel.Rank is not (3 or 4)) throw new ArgumentException($"the filter must be d×d′×c0(×c1), got {kernel.ShapeText}.", nameof(kernel));
        if (input.Rank != 3) throw new ArgumentException($"the input must be D×D′×c0, got {input.ShapeText}.", nameof(input));
        int d = kernel.Shape[0], dp = kernel.Shape[1], c0 = kernel.Shape[2], c1 = kernel.Rank == 4 ? kernel.Shape[3] : 1;
        int rows = input.Shape[0], cols = input.Shape[1];
        if (input.Shape[2] != c0)
            throw new ArgumentException($"the input has {input.Shape[2]} channels, the filter expects {c0}.", nameof(input));
        var output = new double[rows * cols * c1];
        Accumulate(kernel.Data, d, dp, c0, c1, input.Data, rows, cols, output);
        return kernel.Rank == 4 ? Tensor.Own([rows, cols, c1], output) : Tensor.Own([rows, cols], output);
    }

    /// <summary>output[i, j, :] += Σ_{a,b} X[i−a, j−b, :]ᵀ · K[a, b, :, :] over the valid (a, b).</summary>
    private static void Accumulate(ReadOnlySpan<double> k, int d, int dp, int c0, int c1,
        ReadOnlySpan<double> x, int rows, int cols, Span<double> output)
    {
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < cols; j++)
        {
            var outRow = output.Slice((i * cols + j) * c1, c1);
            for (var a = 0; a < d && a <= i; a++)
            for (var b = 0; b < dp && b <= j; b++)
            {
                var xVec = x.Slice(((i - a) * cols + (j - b)) * c0, c0);
                var kMat = k.Slice((a * dp + b) * c0 * c1, c0 * c1);
                for (var ch = 0; ch < c0; ch++)
                {
                    var xv = xVec[ch];
                    if (xv != 0) Axpy(xv, kMat.Slice(ch * c1, c1), outRow);
                }
            }
        }
    }

    /// <summary>y += α·x, vectorised.</summary>
    private static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        var n = x.Length;
        var k = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var va = new Vector<double>(alpha);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (var v = 0; v < xs.Length; v++) ys[v] += va * xs[v];
            k = xs.Length * Vector<double>.Count;
        }
        for (; k < n; k++) y[k] += alpha * x[k];
    }
}
