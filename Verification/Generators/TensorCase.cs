using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;

namespace Rssp.Verification.Generators;

/// <summary>A filter K (d×d′×c0×c1) and an input X (D×D′×c0) drawn from a seed: K from the seed itself, X from its
/// "input" stream. X has entries in [−1, 1] (or [0, 1] through NonNegativeInput).</summary>
public sealed record TensorCase(int D, int Dp, int C0, int C1, int Kd, int Kdp, ulong Seed)
{
    public Tensor Kernel => Tensor.Uniform(new Rng(Seed), Kd, Kdp, C0, C1);

    public Tensor Input => Tensor.Uniform(new Rng(SeedStream.Named("input").Seed(Seed)), D, Dp, C0);

    public Tensor NonNegativeInput => Input.Map(Math.Abs);

    public override string ToString() => $"X {D}×{Dp}×{C0}, K {Kd}×{Kdp}×{C0}×{C1}, seed {Seed}";

    /// <summary>Random shapes: D, D′ ≤ 7, c0 ≤ 4, c1 ≤ maxC1, d, d′ ≤ 5 — rectangular ones, d &gt; D and single channels
    /// included.</summary>
    public static Gen<TensorCase> Cases(int maxC1 = 5) =>
        from d in Gen.Choose(1, 7)
        from dp in Gen.Choose(1, 7)
        from c0 in Gen.Choose(1, 4)
        from c1 in Gen.Choose(1, maxC1)
        from kd in Gen.Choose(1, 5)
        from kdp in Gen.Choose(1, 5)
        from seed in Gen.Choose(0, int.MaxValue)
        select new TensorCase(d, dp, c0, c1, kd, kdp, (ulong)seed);

    /// <summary>Shrinks towards one channel, one row and a 1×… kernel.</summary>
    public static IEnumerable<TensorCase> Shrink(TensorCase t) =>
        new[] { t with { C1 = 1 }, t with { C0 = 1 }, t with { D = 1 }, t with { Kd = 1 } }.Where(s => s != t);

    public static Arbitrary<TensorCase> Arbitrary { get; } = Arb.From(Cases(), Shrink);
}
