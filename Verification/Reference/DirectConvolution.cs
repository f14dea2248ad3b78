using Rssp.Theory.Tensors;

namespace Rssp.Verification.Reference;

/// <summary>Eq. 4.2 transcribed literally, with the seed's 1-based indices and an explicit bounds test for
/// the zero padding: (K ∗ X)_{i,j,ℓ} = Σ_{i′∈[d], j′∈[d′], k∈[c0]} K_{i′,j′,k,ℓ}·X_{i−i′+1, j−j′+1, k}.</summary>
public static class DirectConvolution
{
    public static double[,,] Convolve(Tensor k, Tensor x) => Sum(k, x, (kernel, input) => kernel * input);

    /// <summary>Eq. 4.2's sum with another term: Σ_{i′, j′, k} term(K_{i′,j′,k,ℓ}, X_{i−i′+1, j−j′+1, k}) over the taps that
    /// fall inside X (the proof of Proposition 33 bounds |K X| and |K|·‖X‖_max this way).</summary>
    public static double[,,] Sum(Tensor k, Tensor x, Func<double, double, double> term)
    {
        int d = k.Shape[0], dp = k.Shape[1], c0 = k.Shape[2], c1 = k.Shape[3];
        int rows = x.Shape[0], cols = x.Shape[1];
        var output = new double[rows, cols, c1];
        for (var i = 1; i <= rows; i++)
        for (var j = 1; j <= cols; j++)
        for (var l = 1; l <= c1; l++)
        {
            var s = 0.0;
            for (var ip = 1; ip <= d; ip++)
            for (var jp = 1; jp <= dp; jp++)
            for (var c = 1; c <= c0; c++)
            {
                int r = i - ip + 1, q = j - jp + 1;
                if (r < 1 || r > rows || q < 1 || q > cols) continue;
                s += term(k[ip - 1, jp - 1, c - 1, l - 1], x[r - 1, q - 1, c - 1]);
            }
            output[i - 1, j - 1, l - 1] = s;
        }
        return output;
    }
}
