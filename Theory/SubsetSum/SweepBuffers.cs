namespace Rssp.Theory.SubsetSum;

/// <summary>The two ping-pong buffers of a sweep, kept per thread between sweeps. A sweep at ε = 10⁻⁶
/// holds ~10⁶ intervals mid-way: handing fresh 16 MB arrays to every trial would cost more in
/// zeroing and page faults than the merges themselves. Buffers never leave the sweep that rents them.</summary>
internal sealed class SweepBuffers
{
    [ThreadStatic] private static SweepBuffers? _cached;

    public double[] First { get; private set; } = new double[64];

    public double[] Second { get; private set; } = new double[64];

    public static SweepBuffers Rent()
    {
        var buffers = _cached ?? new SweepBuffers();
        _cached = null; // a nested sweep on the same thread gets its own pair
        return buffers;
    }

    public void Return(double[] first, double[] second)
    {
        (First, Second) = (first, second);
        _cached = this;
    }

    /// <summary>buffer if it holds at least `needed` doubles, else a new one twice that size holding the first `keep`.</summary>
    public static double[] Room(double[] buffer, int needed, int keep)
    {
        if (buffer.Length >= needed) return buffer;
        var grown = GC.AllocateUninitializedArray<double>(2 * needed);
        buffer.AsSpan(0, keep).CopyTo(grown);
        return grown;
    }
}
