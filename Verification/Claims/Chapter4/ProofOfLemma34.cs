using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>The use of Proposition 32 in the proof of Lemma 34, per output channel ℓ with ε = ε′/c1: its hypothesis
/// ‖K‖_1 ≤ 1 (Lemma 34's kernels K^(ℓ) ∈ [−1, 1]^{d×d×c0} need not satisfy it; Proposition 32's proof never uses it), and
/// its width n′ = n/c1 ≥ C log(d²c0/(ε′/c1)), which the hypothesis n ≥ C c1 log(d²c0c1/ε′) gives only when c1 divides n.</summary>
[Statement(34.2, "Proof of Lemma 34")]
public static class ProofOfLemma34
{
    /// <summary>A random kernel K ∈ Unif([−1, 1])^{d×d×c×1} (a target's slice), with its shape.</summary>
    public sealed record KernelCase(int D, int C, ulong Seed)
    {
        public Tensor Kernel => Tensor.Uniform(new Rng(Seed), D, D, C, 1);

        public override string ToString() => $"d = {D}, c = {C}, seed {Seed}: ‖K‖_1 = {Kernel.L1Norm():R}";
    }

    public static Arbitrary<KernelCase> Kernels => Arb.From(
        from d in Gen.Choose(1, 3) from c in Gen.Choose(1, 3) from seed in Gen.Choose(0, int.MaxValue) select new KernelCase(d, c, (ulong)seed));

    public static Claim NormHypothesis => Define.Exact("Proof of Lemma 34",
        "Proposition 32's hypothesis ‖K‖_1 ≤ 1 holds for the kernels Lemma 34 passes it, K^(ℓ) = K_{:,:,:,ℓ} ∈ [−1, 1]^{d×d×c0}.",
        "random kernels with entries in [−1, 1], d, c0 from 1 to 3; margin 1 − ‖K^(ℓ)‖_1",
        () => Kernels, k => 1 - k.Kernel.L1Norm(), variantName: "use of Proposition 32: ℓ1 norm at most 1", bound: _ => 1,
        target: ClaimTarget.ProofStep("use of Proposition 32 in the proof of Lemma 34: its hypothesis ‖K‖_1 ≤ 1"),
        mutants: [new("1 → d²c0", MutationKind.HoldsByConstruction, "‖K^(ℓ)‖_1 ≤ d²c0: true of every kernel with entries in [−1, 1].", k => k.D * k.D * k.C - k.Kernel.L1Norm())]);

    /// <summary>C, d, c0, c1, ε′: the least n Lemma 34 admits, ⌈C c1 log(d²c0c1/ε′)⌉, split in c1 blocks of ⌊n/c1⌋.</summary>
    public sealed record WidthCase(double C, int D, int C0, int C1, double Eps)
    {
        public double Log => Math.Log(D * D * C0 * C1 / Eps);

        public int N => (int)Math.Ceiling(C * C1 * Log);

        public override string ToString() => $"C = {C:R}, d = {D}, c0 = {C0}, c1 = {C1}, eps' = {Eps:R}: n = {N}, block {N / C1}, needed {C * Log:R}";
    }

    public static Claim WidthPerChannel => Define.Exact("Proof of Lemma 34",
        "Proposition 32 at ε = ε′/c1 on each block: n′ = n/c1 ≥ C log(d²c0/(ε′/c1)) follows from n ≥ C c1 log(d²c0c1/ε′).",
        "C in {1, 2.5, 5, 10, 33.3}, d, c0 from 1 to 3, c1 from 1 to 4, ε′ in {0.1, 0.01, 0.001}, n the least admitted; blocks of ⌊n/c1⌋ samples; margin ⌊n/c1⌋ − C log(d²c0c1/ε′)",
        () => Arb.From(from c in Gen.Elements(1, 2.5, 5, 10, 33.3) from d in Gen.Choose(1, 3) from c0 in Gen.Choose(1, 3) from c1 in Gen.Choose(1, 4)
            from e in Gen.Elements(0.1, 0.01, 0.001) select new WidthCase(c, d, c0, c1, e)),
        w => w.N / w.C1 - w.C * w.Log, variantName: "use of Proposition 32: width per block", tolerance: Tolerance.CountRatio, bound: w => w.C * w.Log, side: Side.AtLeast,
        target: ClaimTarget.ProofStep("use of Proposition 32 in the proof of Lemma 34: the block width n/c1"),
        mutants: [new("n ≥ c1⌈C log(·)⌉", MutationKind.HypothesisChanged, "With n = c1⌈C log(d²c0c1/ε′)⌉ (the hypothesis rounded up per block): ⌊n/c1⌋ ≥ C log(d²c0c1/ε′).",
            w => w.C1 * (int)Math.Ceiling(w.C * w.Log) / w.C1 - w.C * w.Log)]);

    public static IReadOnlyList<Claim> Claims => [NormHypothesis, WidthPerChannel];
}
