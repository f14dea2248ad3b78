using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Steps of the proof of Theorem 31 before Eq. 4.24: Eq. 4.11 (σ is 1-Lipschitz), the use of Lemma 34 at
/// ε′ = ε/(2ℓ) (its width against Theorem 31's n_i), and the use of Proposition 33 with ‖K^(i)‖_1 ≤ 1 at every layer,
/// where F as printed bounds ‖K^(1)‖_1 only.</summary>
[Statement(34.7, "Steps of the proof of Theorem 31")]
public static class StepsOfTheorem31
{
    private const string Id = "Steps of the proof of Theorem 31";

    public static Claim Eq411 => Define.Exact(Id,
        "Eq. 4.11: ‖σ(A) − σ(B)‖_max ≤ ‖A − B‖_max (σ is 1-Lipschitz), for A = K^(i) ∗ X^(i−1) and B its pruned approximation.",
        "random tensors A, B with entries in [−3, 3], shapes up to 4×4×3; margin ‖A − B‖_max − ‖σ(A) − σ(B)‖_max",
        () => Arb.From(from d in Gen.Choose(1, 4) from c in Gen.Choose(1, 3) from seed in Gen.Choose(0, int.MaxValue) select (D: d, C: c, Seed: (ulong)seed)),
        p =>
        {
            var rng = new Rng(p.Seed);
            var (a, b) = (Tensor.Uniform(rng, p.D, p.D, p.C).Scale(3), Tensor.Uniform(rng, p.D, p.D, p.C).Scale(3));
            return a.Subtract(b).MaxNorm() - a.Relu().Subtract(b.Relu()).MaxNorm();
        }, variantName: "Eq. 4.11",
        target: ClaimTarget.ProofStep("Eq. 4.11 (σ is 1-Lipschitz), in the proof of Theorem 31"));

    /// <summary>ℓ, and x = c_{i−1}c_i d_i²/ε for a layer (ε &lt; 1/3, so x &gt; 3).</summary>
    private static Arbitrary<(int L, double X)> Layers => Arb.From(
        from l in Gen.Choose(1, 10) from d in Gen.Choose(1, 5) from c0 in Gen.Choose(1, 8) from c1 in Gen.Choose(1, 8)
        from e in Generators.ProofGens.Eps select (L: l, X: c0 * c1 * d * d / e));

    public static Claim Lemma34Width => Define.Exact(Id,
        "Lemma 34 at ε′ = ε/(2ℓ) needs n_i ≥ C c_i log(d_i² c_{i−1} c_i/ε′) = C c_i log(2ℓ c_{i−1} c_i d_i²/ε); Theorem 31 provides n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε), the same C.",
        "ℓ to 10, d_i to 5, c to 8, ε across (0, 1/3); C c_i cancels; margin log(ℓx) − log(2ℓx), x = c_{i−1}c_i d_i²/ε",
        () => Layers, p => Math.Log(p.L * p.X) - Math.Log(2 * p.L * p.X), variantName: "use of Lemma 34: width",
        target: ClaimTarget.ProofStep("use of Lemma 34 in the proof of Theorem 31: its width at ε′ = ε/(2ℓ) against n_i"));

    public static Claim Lemma34WidthDoubled => Define.Exact(Id,
        "With Theorem 31's C twice Lemma 34's: 2C c_i log(c_{i−1} c_i d_i² ℓ/ε) ≥ C c_i log(2ℓ c_{i−1} c_i d_i²/ε), since ℓx ≥ 2 — the theorem's universal C absorbs the factor.",
        "as printed; margin 2 log(ℓx) − log(2ℓx)",
        () => Layers, p => 2 * Math.Log(p.L * p.X) - Math.Log(2 * p.L * p.X), Variant.Intended, "use of Lemma 34: width with 2C");

    public static Claim KernelNorms => Define.Exact(Id,
        "Eq. 4.18 and Eq. 4.22 use Proposition 33 with ‖K^(i)‖_1 ≤ 1 at every layer i; F as printed requires “‖K^(1)‖_1 ≤ 1 for each i”, and K^(2) ∈ [−1, 1]^{d×d×c1×c2} of a target in F satisfies it.",
        "random second-layer kernels (one output channel) with entries in [−1, 1], d, c1 from 1 to 3; margin 1 − ‖K^(2)‖_1",
        () => ProofOfLemma34.Kernels, k => 1 - k.Kernel.L1Norm(), variantName: "use of Proposition 33: every layer's ℓ1 norm in F as printed",
        target: ClaimTarget.ProofStep("use of Proposition 33 in the proof of Theorem 31: ‖K^(i)‖_1 ≤ 1 for i ≥ 2 under F as printed"));

    public static IReadOnlyList<Claim> Claims => [Eq411, Lemma34Width, Lemma34WidthDoubled, KernelNorms];
}
