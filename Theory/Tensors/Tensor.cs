using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Tensors;

/// <summary>An immutable real tensor of rank 1–4, stored row-major (the last index runs fastest).
/// Indices are 0-based here; the seed's are 1-based (its K_{i′,j′,k,ℓ} is this K[i′−1, j′−1, k−1, ℓ−1]).</summary>
public sealed class Tensor : IEquatable<Tensor>
{
    private readonly double[] _data;

    private Tensor(int[] shape, double[] data) => (Shape, _data) = (shape, data);

    public IReadOnlyList<int> Shape { get; }

    public int Rank => Shape.Count;

    public int Length => _data.Length;

    internal ReadOnlySpan<double> Data => _data;

    /// <summary>Wraps data the caller gives up (internal fast path; shape already checked).</summary>
    internal static Tensor Own(int[] shape, double[] data) => new(shape, data);

    public static Tensor FromArray(IReadOnlyList<int> shape, double[] data)
    {
        var s = CheckShape(shape);
        if (data.Length != s.Aggregate(1, (a, b) => a * b))
            throw new ArgumentException($"data has {data.Length} entries but shape {string.Join("×", s)} needs {s.Aggregate(1, (a, b) => a * b)}.", nameof(data));
        Guard.AllFinite(data);
        return new(s, (double[])data.Clone());
    }

    public static Tensor Zeros(params int[] shape) => new(CheckShape(shape), new double[shape.Aggregate(1, (a, b) => a * b)]);

    /// <summary>Entry at each multi-index from a function of it.</summary>
    public static Tensor Create(IReadOnlyList<int> shape, Func<int[], double> entry)
    {
        var s = CheckShape(shape);
        var data = new double[s.Aggregate(1, (a, b) => a * b)];
        var index = new int[s.Length];
        for (var flat = 0; flat < data.Length; flat++)
        {
            data[flat] = Guard.Finite(entry(index), nameof(entry));
            for (var r = s.Length - 1; r >= 0 && ++index[r] == s[r]; r--) index[r] = 0;
        }
        return new(s, data);
    }

    /// <summary>Definition 25: i.i.d. Unif([−1, 1]) entries, drawn in row-major order from rng.</summary>
    public static Tensor Uniform(Rng rng, params int[] shape)
    {
        var s = CheckShape(shape);
        var data = new double[s.Aggregate(1, (a, b) => a * b)];
        for (var k = 0; k < data.Length; k++) data[k] = rng.NextSymmetric();
        return new(s, data);
    }

    public double this[params ReadOnlySpan<int> index] => _data[Offset(index)];

    public int Offset(params ReadOnlySpan<int> index)
    {
        if (index.Length != Rank) throw new ArgumentException($"index has rank {index.Length}, the tensor {Rank}.", nameof(index));
        var offset = 0;
        for (var r = 0; r < Rank; r++)
        {
            if ((uint)index[r] >= (uint)Shape[r])
                throw new ArgumentException($"index {index[r]} out of range 0..{Shape[r] - 1} in dimension {r}.", nameof(index));
            offset = offset * Shape[r] + index[r];
        }
        return offset;
    }

    public Tensor Map(Func<double, double> f)
    {
        var data = new double[_data.Length];
        for (var k = 0; k < data.Length; k++) data[k] = f(_data[k]);
        return new([.. Shape], data);
    }

    public Tensor Zip(Tensor other, Func<double, double, double> f)
    {
        RequireSameShape(other, nameof(other));
        var data = new double[_data.Length];
        for (var k = 0; k < data.Length; k++) data[k] = f(_data[k], other._data[k]);
        return new([.. Shape], data);
    }

    /// <summary>Definition 27: (L ⊙ L′)_I = L_I · L′_I.</summary>
    public Tensor Hadamard(Tensor other) => Zip(other, (a, b) => a * b);

    public Tensor Add(Tensor other) => Zip(other, (a, b) => a + b);

    public Tensor Subtract(Tensor other) => Zip(other, (a, b) => a - b);

    public Tensor Scale(double factor) => Map(x => factor * x);

    /// <summary>σ(x) = max{0, x}, entrywise.</summary>
    public Tensor Relu() => Map(x => Math.Max(0, x));

    /// <summary>‖T‖_max: the largest absolute entry (0 for an empty tensor).</summary>
    public double MaxNorm()
    {
        var m = 0.0;
        foreach (var x in _data) m = Math.Max(m, Math.Abs(x));
        return m;
    }

    /// <summary>‖T‖_1: the sum of absolute entries over the whole tensor.</summary>
    public double L1Norm()
    {
        var s = 0.0;
        foreach (var x in _data) s += Math.Abs(x);
        return s;
    }

    /// <summary>T[:, …, :, from..to) on the last index (the seed's U_{:,:,:,(ℓ−1)n′ &lt; t ≤ ℓn′}).</summary>
    public Tensor SliceLast(int from, int to)
    {
        var last = Shape[^1];
        if (from < 0 || to > last || from > to) throw new ArgumentException($"slice {from}..{to} out of 0..{last}.", nameof(from));
        var outer = _data.Length / Math.Max(last, 1);
        var width = to - from;
        var data = new double[outer * width];
        for (var o = 0; o < outer; o++) Array.Copy(_data, o * last + from, data, o * width, width);
        return new([.. Shape.Take(Rank - 1), width], data);
    }

    /// <summary>The same entries with another shape of the same size.</summary>
    public Tensor Reshape(params int[] shape)
    {
        var s = CheckShape(shape);
        if (s.Aggregate(1, (a, b) => a * b) != _data.Length) throw new ArgumentException("reshape must keep the number of entries.", nameof(shape));
        return new(s, _data);
    }

    public bool IsMask() => _data.All(x => x is 0 or 1);

    public bool SameShape(Tensor other) => Shape.SequenceEqual(other.Shape);

    internal void RequireSameShape(Tensor other, string name)
    {
        if (!SameShape(other))
            throw new ArgumentException($"shapes differ: {ShapeText} and {other.ShapeText}.", name);
    }

    public string ShapeText => string.Join("×", Shape);

    public double[] ToArray() => (double[])_data.Clone();

    public bool Equals(Tensor? other) => other is not null && SameShape(other) && _data.AsSpan().SequenceEqual(other._data);

    public override bool Equals(object? obj) => obj is Tensor t && Equals(t);

    public override int GetHashCode() => HashCode.Combine(Rank, _data.Length, _data.Length > 0 ? _data[0] : 0);

    public override string ToString() => $"Tensor {ShapeText}";

    private static int[] CheckShape(IReadOnlyList<int> shape)
    {
        if (shape.Count is < 1 or > 4) throw new ArgumentException($"rank must be 1 to 4, got {shape.Count}.", nameof(shape));
        foreach (var n in shape)
            if (n <= 0) throw new ArgumentException($"every dimension must be positive, got {string.Join("×", shape)}.", nameof(shape));
        return [.. shape];
    }
}
