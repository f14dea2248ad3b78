using Rssp.Theory.Collections;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Experiments;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Theorem 31: with n_i ≥ C c_i log(c_{i−1}c_i d_i² ℓ/ε), with probability 1 − ε every f ∈ F is ε-approximated by a pruning of N_0; on small random targets, over [0, 1] (where F is defined) and over [−1, 1] (as printed), and its constant.</summary>
[Statement(31, "Theorem 31", "Definition 28")]
public static class Theorem31
{
    /// <summary>A target shape; OneSigned makes every filter non-negative (still in F).</summary>
    public sealed record Target(int Depth, ValueArray<int> Sizes, ValueArray<int> Channels, int D, double Eps, bool OneSigned, ulong Seed)
    {
        public override string ToString() =>
            $"depth {Depth}, kernels {string.Join(",", Sizes)}, channels {string.Join(",", Channels)}, D = {D}, eps = {Eps}, " +
            $"{(OneSigned ? "non-negative" : "signed")} filters, seed {Seed}";
    }

    internal static Arbitrary<Target> Targets => Arb.From(
        from depth in Gen.Choose(1, 3)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 3), depth)
        from channels in Gen.ArrayOf(Gen.Choose(1, 3), depth + 1)
        from d in Gen.Choose(1, 6)
        from eps in Gen.Elements(0.5, 0.2, 0.1)
        from oneSigned in Gen.Elements(false, true)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Target(depth, sizes, channels, d, eps, oneSigned, (ulong)seed));

    /// <summary>Widths of Theorem 31 with a C large enough that the proof's event usually holds.</summary>
    public const double C = 6;

    public static (SimpleCnn Target, RandomCnn Network, NetworkPruningResult Result) Build(Target t)
    {
        var rng = new Rng(t.Seed);
        var random = SimpleCnn.Random(rng, t.Sizes, t.Channels);
        var target = (t.OneSigned ? new SimpleCnn(random.Filters.Select(f => f.Map(Math.Abs)).ToArray()) : random).NormalisedL1();
        var network = RandomCnn.ForTarget(target, C, t.Eps, rng);
        return (target, network, NetworkPruning.Theorem31(target, network, t.Eps, t.D, t.D));
    }

    private static IEnumerable<Tensor> Inputs(Target t, NetworkPruningResult r, bool signed)
    {
        var rng = new Rng(SeedStream.Named("inputs").Seed(t.Seed));
        for (var k = 0; k < 4; k++)
            yield return Tensor.Uniform(rng, t.D, t.D, t.Channels[0]).Map(x => signed ? x : Math.Abs(x));
        var worst = r.Layers[0].Supremum.WorstInput;
        yield return worst;
        yield return Tensor.Create([t.D, t.D, t.Channels[0]], _ => 1);
        if (signed)
        {
            yield return worst.Scale(-1);
            yield return Tensor.Create([t.D, t.D, t.Channels[0]], _ => -1);
        }
    }

    /// <summary>Target shapes (kernel sizes d_1..d_ℓ, channels c_0..c_ℓ) and ε for the constant.</summary>
    public static IReadOnlyList<((int[] Sizes, int[] Channels) Shape, double Eps)> ConstantGrid { get; } =
    [
        (([1], [1, 1]), 0.1), (([3], [1, 2]), 0.1), (([2, 2], [1, 2, 1]), 0.1), (([3, 3], [2, 2, 2]), 0.2), (([1, 1, 1], [1, 1, 1, 1]), 0.1),
    ];

    /// <summary>The C a draw needs: for each layer, the block size n′_i the proof's event needs is the largest cover
    /// time of its sample sets at the per-entry precision of Lemma 34 at ε/(2ℓ); C = max_i n′_i / log(c_{i−1}c_i d_i² ℓ/ε).
    /// Layer i's samples come from the draw's "layer" stream's i-th child.</summary>
    public static double ConstantNeeded(ulong seed, int[] sizes, int[] channels, double eps)
    {
        var depth = sizes.Length;
        return Enumerable.Range(0, depth).Max(i =>
        {
            var (d, cPrev, ci) = (sizes[i], channels[i], channels[i + 1]);
            var delta = LayerPruning.EntryPrecision(NetworkPruning.LayerPrecision(eps, depth), d, d, cPrev, ci);
            var block = FilterSamples.MaxCoverTime(SeedStream.Named("layer").Child(i).Seed(seed), d * d * cPrev, ci, delta);
            return block / RandomCnn.WidthLog(cPrev, ci, d, depth, eps);
        });
    }

    private static string Describe((int[] Sizes, int[] Channels) shape) => $"kernels {string.Join(",", shape.Sizes)}, channels {string.Join(",", shape.Channels)}";

    /// <summary>Over [0, 1]: min(ε − certified, proofBound − certified, certified − error at the inputs); null unless the event holds.</summary>
    private static double? UnitCubeMargin(Target t, Func<NetworkPruningResult, double> proofBound)
    {
        var (target, network, result) = Build(t);
        if (!result.AllEntriesWithinPrecision) return null;
        var observed = Inputs(t, result, signed: false).Max(x => NetworkPruning.ErrorAt(target, network, result.Masks, x));
        return Math.Min(Math.Min(t.Eps - result.CertifiedBound, proofBound(result) - result.CertifiedBound), result.CertifiedBound - observed);
    }

    /// <summary>ε − the proof's masks' largest error at the inputs (signed or in [0, 1]); null unless the event holds.</summary>
    private static double? ErrorMargin(Target t, bool signed)
    {
        var (target, network, result) = Build(t);
        if (!result.AllEntriesWithinPrecision) return null;
        return t.Eps - Inputs(t, result, signed).Max(x => NetworkPruning.ErrorAt(target, network, result.Masks, x));
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Constant("Theorem 31",
            "There exists a universal value of C such that n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε) gives, with probability 1 − ε, masks approximating every f ∈ F within ε.",
            "per draw, the C the proof's event needs in every layer (exact cover times of every sample set); its (1 − ε)-quantile by order statistics, over target shapes with ℓ = 1, 2, 3",
            "c_i log(c_{i−1}c_i d_i² ℓ/ε) (per layer)", 10,
            eps => [.. ConstantExperiment.Over(ConstantGrid, Describe, eps).Select(p =>
                new ConstantPoint($"{Describe(p.Shape)}, eps = {p.Eps:G3}", p.Eps, 1.0, seed => ConstantNeeded(seed, p.Shape.Sizes, p.Shape.Channels, p.Eps)))],
            "lower bound over the grid of target shapes and ε (the sup runs over an unbounded domain):", variantName: "constant C"),
        Define.Exact("Theorem 31",
            "The masks Theorem 31's proof constructs, over X ∈ [0, 1]^{D×D×c0} (the domain of F): when the proof's event holds in every layer (Lemma 34 at ε/(2ℓ)), the pruned network satisfies sup_X ‖f(X) − N_0^{(S)}(X)‖_max ≤ (1 + ε/2ℓ)^ℓ − 1 ≤ ε, and never exceeds its certificate on inputs.",
            $"small random targets (ℓ ≤ 3, d ≤ 3, c ≤ 3, D ≤ 6, ‖K^(i)‖_1 = 1), widths from the formula with C = {C}; margin ε − certified, and certified − error at random, binary and worst inputs",
            () => Targets,
            t => UnitCubeMargin(t, proofBound: r => r.ProofBound),
            Variant.Intended, "over [0, 1]", tolerance: Tolerance.Certificates,
            target: ClaimTarget.Construction("the masks Theorem 31's proof constructs, over X ∈ [0, 1] (the domain of F)"),
            mutants:
            [
                new("exponent ℓ → ℓ − 1", MutationKind.ExponentChanged, "the certificate ≤ (1 + ε/2ℓ)^{ℓ−1} − 1",
                    t => UnitCubeMargin(t, proofBound: _ => Math.Pow(1 + t.Eps / (2 * t.Depth), t.Depth - 1) - 1)),
            ]),
        Define.Exact("Theorem 31",
            "The masks Theorem 31's proof constructs give sup_{X ∈ [−1, 1]^{D×D×c0}} ‖f(X) − N_0^{(S)}(X)‖_max ≤ ε on the proof's event (the statement asks this of the inf over all masks; a refutation is of the proof's masks, not of the theorem; the proof applies Lemma 34, a statement about X ∈ [0, 1], to X^(0) ∈ [−1, 1]).",
            "as over [0, 1], with signed inputs (random, ±the worst binary input, ±all ones): margin ε − error of the proof's masks",
            () => Targets,
            t => ErrorMargin(t, signed: true),
            Variant.Intended, "the proof's masks over [−1, 1]",
            target: ClaimTarget.Construction("the masks Theorem 31's proof constructs, over the printed domain X ∈ [−1, 1] (the statement's inf over masks replaced by these masks)"),
            bound: t => t.Eps,
            mutants: [new("[−1, 1] → [0, 1]", MutationKind.HypothesisChanged, "the same over X ∈ [0, 1]^{D×D×c0}, the domain of F", t => ErrorMargin(t, signed: false))]),
    ];
}
