using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;

namespace Rssp.Theory.Tests;

/// <summary>Random shapes (rectangular, d &gt; D, single channels included) and tensors drawn from a seed.</summary>
public sealed record ConvCase(int D, int Dp, int C0, int C1, int Kd, int Kdp, ulong Seed)
{
    public Tensor Kernel => Tensor.Uniform(new Rng(Seed), Kd, Kdp, C0, C1);

    public Tensor Input => Tensor.Uniform(new Rng(Seed + 1), D, Dp, C0);

    public Tensor NonNegativeInput => Input.Map(Math.Abs);

    public override string ToString() => $"X {D}×{Dp}×{C0}, K {Kd}×{Kdp}×{C0}×{C1}, seed {Seed}";
}

public static class TensorGens
{
    public static Arbitrary<ConvCase> Cases { get; } = Arb.From(
        from d in Gen.Choose(1, 7)
        from dp in Gen.Choose(1, 7)
        from c0 in Gen.Choose(1, 4)
        from c1 in Gen.Choose(1, 11)
        from kd in Gen.Choose(1, 5)
        from kdp in Gen.Choose(1, 5)
        from seed in Gen.Choose(0, int.MaxValue)
        select new ConvCase(d, dp, c0, c1, kd, kdp, (ulong)seed));
}
