namespace Rssp.Theory.Tensors;

/// <summary>Definition 26: a mask of a tensor is a binary tensor of the same size.</summary>
public static class Masks
{
    public static Tensor Ones(IReadOnlyList<int> shape) => Tensor.Create(shape, _ => 1);

    /// <summary>1 where the predicate holds of the entry, 0 elsewhere.</summary>
    public static Tensor Where(Tensor tensor, Func<double, bool> keep) => tensor.Map(x => keep(x) ? 1 : 0);

    /// <summary>S ⊙ L after checking that S is a mask of L.</summary>
    public static Tensor Apply(Tensor mask, Tensor tensor)
    {
        if (!mask.IsMask()) throw new ArgumentException("a mask has only entries 0 and 1.", nameof(mask));
        return tensor.Hadamard(mask);
    }
}
