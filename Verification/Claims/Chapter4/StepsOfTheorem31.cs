using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Networks;
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
        p => LipschitzMargin(p, 1), variantName: "Eq. 4.11", bound: p => Lipschitz(p).Difference,
        target: ClaimTarget.ProofStep("Eq. 4.11 (σ is 1-Lipschitz), in the proof of Theorem 31"),
        mutants: [new("Lipschitz constant 1 → ½", MutationKind.ConstantChanged, "‖σ(A) − σ(B)‖_max ≤ ½‖A − B‖_max.", p => LipschitzMargin(p, 0.5))]);

    /// <summary>L‖A − B‖_max − ‖σ(A) − σ(B)‖_max for random A, B with entries in [−3, 3].</summary>
    private static double LipschitzMargin((int D, int C, ulong Seed) p, double lipschitz)
    {
        var (difference, activated) = Lipschitz(p);
        return lipschitz * difference - activated;
    }

    /// <summary>‖A − B‖_max and ‖σ(A) − σ(B)‖_max for random A, B with entries in [−3, 3].</summary>
    private static (double Difference, double Activated) Lipschitz((int D, int C, ulong Seed) p)
    {
        var rng = new Rng(p.Seed);
        var (a, b) = (Tensor.Uniform(rng, p.D, p.D, p.C).Scale(3), Tensor.Uniform(rng, p.D, p.D, p.C).Scale(3));
        return (a.Subtract(b).MaxNorm(), a.Relu().Subtract(b.Relu()).MaxNorm());
    }

    /// <summary>ℓ, c_i, x = c_{i−1}c_i d_i²/ε for a layer (ε &lt; 1/3, so x &gt; 3), and Lemma 34's constant C (1 to 10).</summary>
    private static Arbitrary<(int L, int C1, double X, double C)> Layers => Arb.From(
        from l in Gen.Choose(1, 10) from d in Gen.Choose(1, 5) from c0 in Gen.Choose(1, 8) from c1 in Gen.Choose(1, 8)
        from e in Generators.ProofGens.Eps from k in Gen.Choose(100, 1000) select (L: l, C1: c1, X: c0 * c1 * d * d / e, C: k / 100.0));

    /// <summary>⌈factor·C c_i log(ℓx)⌉ − C c_i log(2ℓx): the least whole width Theorem 31 provides (with its C taken factor
    /// times Lemma 34's) against the width Lemma 34 needs at ε′ = ε/(2ℓ).</summary>
    private static double WidthMargin((int L, int C1, double X, double C) p, double factor) =>
        WholeSize.AgainstHalvedPrecision(p.C * p.C1, p.L * p.X, factor);

    public static Claim Lemma34Width => Define.Exact(Id,
        "Lemma 34 at ε′ = ε/(2ℓ) needs n_i ≥ C c_i log(d_i² c_{i−1} c_i/ε′) = C c_i log(2ℓ c_{i−1} c_i d_i²/ε); Theorem 31 provides n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε), the same C.",
        "ℓ to 10, d_i to 5, c to 8, ε across (0, 1/3), C across [1, 10]; margin ⌈C c_i log(ℓx)⌉ − C c_i log(2ℓx), x = c_{i−1}c_i d_i²/ε (the least whole width provided against the width needed)",
        () => Layers, p => WidthMargin(p, 1), variantName: "use of Lemma 34: width",
        describe: p => $"ℓ = {p.L}, c_i = {p.C1}, c_{{i−1}}c_i d_i²/ε = {p.X:R}, C = {p.C:R}: Theorem 31 gives n_i = ⌈C c_i·{Math.Log(p.L * p.X):G4}⌉ = {Math.Ceiling(p.C * p.C1 * Math.Log(p.L * p.X))}, Lemma 34 at ε′ = ε/(2ℓ) needs C c_i·{Math.Log(2 * p.L * p.X):G4} = {p.C * p.C1 * Math.Log(2 * p.L * p.X):G6}",
        target: ClaimTarget.ProofStep("use of Lemma 34 in the proof of Theorem 31: its width at ε′ = ε/(2ℓ) against n_i"),
        mutants: [new("C → 2C provided", MutationKind.ConstantChanged, "Theorem 31's width with twice Lemma 34's C: ⌈2C c_i log(ℓx)⌉ ≥ C c_i log(2ℓx) (true: ℓx > 2).", p => WidthMargin(p, 2))]);

    public static Claim Lemma34WidthDoubled => Define.Exact(Id,
        "With Theorem 31's C twice Lemma 34's: 2C c_i log(c_{i−1} c_i d_i² ℓ/ε) ≥ C c_i log(2ℓ c_{i−1} c_i d_i²/ε), since ℓx ≥ 2 — the theorem's universal C absorbs the factor.",
        "as printed; margin ⌈2C c_i log(ℓx)⌉ − C c_i log(2ℓx)",
        () => Layers, p => WidthMargin(p, 2), Variant.Intended, "use of Lemma 34: width with 2C",
        bound: p => p.C * p.C1 * Math.Log(2 * p.L * p.X), side: Side.AtLeast, target: ClaimTarget.ProofStep("use of Lemma 34: width with 2C: the evident reading of a step of the proof of Theorem 31"),
        mutants: [new("2C → C", MutationKind.ConstantChanged, "⌈C c_i log(ℓx)⌉ ≥ C c_i log(2ℓx).", p => WidthMargin(p, 1))]);

    public static Claim KernelNorms => Define.Exact(Id,
        "Eq. 4.18 and Eq. 4.22 use Proposition 33 with ‖K^(i)‖_1 ≤ 1 at every layer i; F as printed requires “‖K^(1)‖_1 ≤ 1 for each i”, and K^(2) ∈ [−1, 1]^{d×d×c1×c2} of a target in F satisfies it.",
        "random second-layer kernels (one output channel) with entries in [−1, 1], d, c1 from 1 to 3; margin 1 − ‖K^(2)‖_1",
        () => ProofOfLemma34.Kernels, k => 1 - k.Kernel.L1Norm(), variantName: "use of Proposition 33: every layer's ℓ1 norm in F as printed",
        target: ClaimTarget.ProofStep("use of Proposition 33 in the proof of Theorem 31: ‖K^(i)‖_1 ≤ 1 for i ≥ 2 under F as printed"),
        mutants: [new("1 → d²c", MutationKind.HoldsByConstruction, "‖K^(2)‖_1 ≤ d²c1: true of every kernel with entries in [−1, 1].", k => k.D * k.D * k.C - k.Kernel.L1Norm())]);

    /// <summary>The margins of Eq. 4.13 (at X^(i−1)), 4.16–4.17 (at X̃^(i−1)), 4.18, 4.19–4.20, 4.21–4.23 and 4.24, each
    /// the least over the layers and three random inputs X ∈ [0, 1]^{D×D×c0}, on networks the proof's construction prunes
    /// (Theorem 31's targets and widths); null where the proof's event fails in some layer.</summary>
    public sealed record LayerMargins(double Eq413, double Eq417, double Eq418, double Eq420, double Eq423, double Eq424)
    {
        /// <summary>The same margins with every error budget ε/2ℓ cut to a tenth (the claims' mutants).</summary>
        public LayerMargins? Tenth { get; init; }
    }

    public static LayerMargins? Margins(Theorem31.Target t)
    {
        var (target, network, result) = Theorem31.Build(t);
        if (!result.AllEntriesWithinPrecision) return null;
        var (depth, eps) = (target.Depth, NetworkPruning.LayerPrecision(t.Eps, target.Depth));
        var pruned = network.Layers.Zip(result.Masks, (l, s) => Masks.Apply(s, l)).ToArray();
        double[] scales = [1, 0.1];
        var m = scales.Select(_ => Enumerable.Repeat(double.PositiveInfinity, 6).ToArray()).ToArray();
        var rng = new Rng(SeedStream.Named("layer inputs").Seed(t.Seed));
        for (var draw = 0; draw < 3; draw++)
        {
            var x = Tensor.Uniform(rng, t.D, t.D, t.Channels[0]).Map(Math.Abs);
            var (exact, approx) = (x, x);
            for (var i = 0; i < depth; i++)
            {
                var last = i == depth - 1;
                Tensor Out(Tensor v) => last ? v : v.Relu();
                Tensor Pruned(Tensor v) => Convolution.Convolve(pruned[2 * i + 1], Convolution.Convolve(pruned[2 * i], v).Relu());
                var k = target.Filters[i];
                var errAtExact = Out(Convolution.Convolve(k, exact)).Subtract(Out(Pruned(exact))).MaxNorm();
                var errAtApprox = Out(Convolution.Convolve(k, approx)).Subtract(Out(Pruned(approx))).MaxNorm();
                var before = exact.Subtract(approx).MaxNorm();
                var (nextExact, nextApprox) = (Out(Convolution.Convolve(k, exact)), Out(Pruned(approx)));
                for (var s = 0; s < scales.Length; s++)
                {
                    var e = eps * scales[s];
                    var grown = Math.Pow(1 + e, i + 1);
                    var r = m[s];
                    r[0] = Math.Min(r[0], e * exact.MaxNorm() - errAtExact);
                    r[1] = Math.Min(r[1], e * approx.MaxNorm() - errAtApprox);
                    r[2] = Math.Min(r[2], x.MaxNorm() * grown - nextApprox.MaxNorm());
                    r[3] = Math.Min(r[3], e * Math.Pow(1 + e, i) - errAtApprox);
                    if (last) r[4] = Math.Min(r[4], before + e * Math.Pow(1 + e, i) - nextExact.Subtract(nextApprox).MaxNorm());
                    r[5] = Math.Min(r[5], grown - 1 - nextExact.Subtract(nextApprox).MaxNorm());
                }
                (exact, approx) = (nextExact, nextApprox);
            }
        }
        LayerMargins Of(double[] r) => new(r[0], r[1], r[2], r[3], r[4], r[5]);
        return Of(m[0]) with { Tenth = Of(m[1]) };
    }

    private static Claim OnNetworks(string step, string statement, Func<LayerMargins, double> margin) => Define.Exact(Id, statement,
        "Theorem 31's random targets (ℓ ≤ 3, d ≤ 3, c ≤ 3, D ≤ 6, ‖K^(i)‖_1 = 1) and widths, the proof's masks where its event holds in every layer; three inputs in [0, 1]; layer outputs X^(i), X̃^(i) computed by Eq. 4.8 and 4.14; margin the least over layers and inputs (< checked as ≤: Lemma 34 gives ≤)",
        () => Arb.From(Theorem31.Targets.Generator.Select(Margins)), m => m is null ? null : margin(m), variantName: step, tolerance: Tolerance.Certificates,
        target: ClaimTarget.ProofStep($"{step}, in the proof of Theorem 31"),
        mutants: [new("ε/2ℓ → ε/20ℓ", MutationKind.ConstantChanged, "the same with every error budget ε/2ℓ cut to a tenth", m => m?.Tenth is null ? null : margin(m.Tenth))]);

    public static Claim PerLayerErrors => OnNetworks("Eq. 4.13, 4.16–4.17, 4.19–4.20",
        "Per layer i (without the outer σ at i = ℓ): ‖σ(K^(i) ∗ X^(i−1)) − σ(L̃^(2i) ∗ σ(L̃^(2i−1) ∗ X^(i−1)))‖_max < (ε/2ℓ)‖X^(i−1)‖_max (Eq. 4.13); the same at X̃^(i−1) (Eq. 4.16–4.17); and < (ε/2ℓ)(1 + ε/2ℓ)^{i−1} (Eq. 4.19–4.20, ‖X‖_max ≤ 1).",
        m => Math.Min(Math.Min(m.Eq413, m.Eq417), m.Eq420));

    public static Claim Accumulation => OnNetworks("Eq. 4.18, 4.21–4.24",
        "‖X̃^(i)‖_max ≤ ‖X̃^(0)‖_max (1 + ε/2ℓ)^i (Eq. 4.18); ‖f(X) − N_0(X)‖_max ≤ ‖X^(ℓ−1) − X̃^(ℓ−1)‖_max + (ε/2ℓ)(1 + ε/2ℓ)^{ℓ−1} (Eq. 4.21–4.23); ‖X^(i) − X̃^(i)‖_max ≤ (1 + ε/2ℓ)^i − 1 at every layer (Eq. 4.24, ‖X‖_max ≤ 1).",
        m => Math.Min(Math.Min(m.Eq418, m.Eq423), m.Eq424));

    public static IReadOnlyList<Claim> Claims => [Eq411, Lemma34Width, Lemma34WidthDoubled, KernelNorms, PerLayerErrors, Accumulation];
}
