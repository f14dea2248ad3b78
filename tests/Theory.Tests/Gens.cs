using FsCheck;
using FsCheck.Fluent;

namespace Rssp.Theory.Tests;

/// <summary>Generators that replace FsCheck's default doubles (which include NaN and ∞).</summary>
public static class Gens
{
    /// <summary>A double on the 2⁻⁵³ grid of [0, 1): every mantissa bit in play.</summary>
    public static Gen<double> Unit { get; } =
        from hi in Gen.Choose(0, (1 << 26) - 1)
        from lo in Gen.Choose(0, (1 << 27) - 1)
        select (((long)hi << 27) | (uint)lo) / (double)(1L << 53);

    /// <summary>Unif-like values on [−1, 1], with the endpoints and 0 themselves now and then.</summary>
    public static Gen<double> Symmetric { get; } =
        Gen.Frequency(
            (20, Unit.Select(u => 2 * u - 1)),
            (1, Gen.Elements(-1.0, 1.0, 0.0, 0.5, -0.5)));

    /// <summary>k/2^bits in [−1, 1]: sums of a few of these are exact in double arithmetic.</summary>
    public static Gen<long> DyadicNumerator(int bits) => Gen.Choose(-(1 << bits), 1 << bits).Select(k => (long)k);

    /// <summary>ε log-uniform on [10⁻⁴, 0.6].</summary>
    public static Gen<double> Eps { get; } = Unit.Select(u => Math.Pow(10, -4 + u * (4 + Math.Log10(0.6))));

    public static Gen<double[]> Samples(int maxN) =>
        from n in Gen.Choose(0, maxN)
        from xs in Gen.ArrayOf(Symmetric, n)
        select xs;

    /// <summary>Shrinks a sample vector by dropping one sample at a time, then rounding samples.</summary>
    public static IEnumerable<double[]> ShrinkSamples(double[] xs) =>
        Enumerable.Range(0, xs.Length).Select(i => xs.Where((_, k) => k != i).ToArray())
            .Concat(Enumerable.Range(0, xs.Length)
                .Where(i => xs[i] != Math.Round(xs[i], 2))
                .Select(i => xs.Select((x, k) => k == i ? Math.Round(x, 2) : x).ToArray()));

    /// <summary>An instance of the RSSP: samples and ε, with shrinking.</summary>
    public static Arbitrary<Instance> Instances(int maxN) =>
        Arb.From(
            from xs in Samples(maxN) from eps in Eps select new Instance(xs, eps),
            t => ShrinkSamples(t.Samples).Select(s => t with { Samples = s }));
}

/// <summary>Samples x_1..x_n and a precision ε, printed in full when a property fails.</summary>
public sealed record Instance(double[] Samples, double Eps)
{
    public override string ToString() => $"samples = [{string.Join(", ", Samples.Select(x => x.ToString("R")))}], eps = {Eps:R}";
}
