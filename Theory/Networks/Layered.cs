using Rssp.Theory.Tensors;

namespace Rssp.Theory.Networks;

/// <summary>The forward pass shared by every network here: σ after each layer but the last.</summary>
internal static class Layered
{
    public static Tensor Forward(IReadOnlyList<Tensor> layers, Tensor input)
    {
        var x = input;
        for (var i = 0; i < layers.Count; i++)
        {
            x = Convolution.Convolve(layers[i], x);
            if (i < layers.Count - 1) x = x.Relu();
        }
        return x;
    }
}
