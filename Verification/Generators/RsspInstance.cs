using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Collections;
using Rssp.Theory.Random;

namespace Rssp.Verification.Generators;

/// <summary>X_1..X_n and ε, printed in full so that a counterexample can be read and re-run.</summary>
public sealed record RsspInstance(ValueArray<double> Samples, double Eps)
{
    public override string ToString() => $"eps = {Eps:R}, samples = [{string.Join(", ", Samples.Select(x => x.ToString("R")))}]";
}

/// <summary>Generators for claims (never NaN or ∞): samples drawn as i.i.d. Unif([−1, 1]) from a generated
/// seed, so every stage of the process appears — early (Z_n small), around Z_n = ½, and late — by letting n
/// range up to log₂(1/ε) + 8. Shrinking drops samples and rounds them.</summary>
public static class RsspGens
{
    public static IReadOnlyList<double> EpsGrid { get; } = [0.3, 0.1, 0.03, 0.01, 0.003, 0.001];

    public static Gen<RsspInstance> Instances(IReadOnlyList<double> epsGrid, int extra = 8, int maxN = 26) =>
        from eps in Gen.Elements(epsGrid.ToArray())
        from n in Gen.Choose(0, Math.Min(maxN, (int)Math.Ceiling(Math.Log2(1 / eps)) + extra))
        from seed in Gen.Choose(0, int.MaxValue)
        select new RsspInstance(new Rng((ulong)seed).Symmetric(n), eps);

    public static IEnumerable<RsspInstance> Shrink(RsspInstance t) =>
        Enumerable.Range(0, t.Samples.Length).Reverse().Select(i => t with { Samples = t.Samples.Where((_, k) => k != i).ToArray() })
            .Concat(Enumerable.Range(0, t.Samples.Length)
                .Where(i => t.Samples[i] != Math.Round(t.Samples[i], 3))
                .Select(i => t with { Samples = t.Samples.Select((x, k) => k == i ? Math.Round(x, 3) : x).ToArray() }));

    public static Arbitrary<RsspInstance> Arbitrary(IReadOnlyList<double>? epsGrid = null, int extra = 8, int maxN = 26) =>
        Arb.From(Instances(epsGrid ?? EpsGrid, extra, maxN), Shrink);

    /// <summary>A point of [lo, hi], with the endpoints themselves now and then.</summary>
    public static Gen<double> Point(double lo, double hi) =>
        Gen.Frequency(
            (12, Gen.Choose(0, int.MaxValue).Select(k => lo + (hi - lo) * (k / (double)int.MaxValue))),
            (1, Gen.Elements(lo, hi, (lo + hi) / 2)));
}
