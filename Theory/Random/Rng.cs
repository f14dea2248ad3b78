namespace Rssp.Theory.Random;

/// <summary>xoshiro256** (Blackman–Vigna), seeded through SplitMix64. Deterministic on every
/// platform and .NET version, so a seed reproduces a run anywhere. One instance per trial;
/// the state is private and advances with each draw.</summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>A generator in the given state (for checking the algorithm against published outputs).</summary>
    internal Rng(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1): a multiple of 2⁻⁵³.</summary>
    public double NextUnit() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Unif([−1, 1]): 2U − 1 with U on the 2⁻⁵³ grid of [0, 1).</summary>
    public double NextSymmetric() => 2.0 * NextUnit() - 1.0;

    /// <summary>Uniform integer in [0, bound) by Lemire's multiply-and-reject (no modulo bias).</summary>
    public int NextInt(int bound)
    {
        if (bound <= 0) throw new ArgumentException($"bound must be > 0, got {bound}.", nameof(bound));
        var threshold = (0UL - (ulong)bound) % (ulong)bound;
        while (true)
        {
            var product = Math.BigMul(NextUInt64(), (ulong)bound, out var low);
            if (low >= threshold) return (int)product;
        }
    }

    /// <summary>n i.i.d. Unif([−1, 1]) draws.</summary>
    public double[] Symmetric(int n)
    {
        var xs = new double[Validation.Guard.NonNegative(n)];
        for (var i = 0; i < xs.Length; i++) xs[i] = NextSymmetric();
        return xs;
    }
}
