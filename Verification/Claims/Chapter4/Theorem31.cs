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
    /// time of its sample sets at the per-entry precision of Lemma 34 at ε/(2ℓ). Every integer n_i ≥ C c_i L_i
    /// (L_i = log(c_{i−1}c_i d_i² ℓ/ε)) gives blocks ⌊n_i/c_i⌋ ≥ n′_i iff ⌈C c_i L_i⌉ ≥ c_i n′_i, i.e. C &gt; (n′_i − 1/c_i)/L_i:
    /// the draw's C is max_i (n′_i − 1/c_i)/L_i (the event holds at every C above it). Layer i's samples come from the
    /// draw's "layer" stream's i-th child.</summary>
    public static double ConstantNeeded(ulong seed, int[] sizes, int[] channels, double eps)
    {
        var depth = sizes.Length;
        return Enumerable.Range(0, depth).Max(i =>
        {
            var (d, cPrev, ci) = (sizes[i], channels[i], channels[i + 1]);
            var delta = LayerPruning.EntryPrecision(NetworkPruning.LayerPrecision(eps, depth), d, d, cPrev, ci);
            var block = FilterSamples.MaxCoverTime(NetworkShape.LayerSeed(seed, i), d * d * cPrev, ci, delta);
            return (block - 1.0 / ci) / RandomCnn.WidthLog(cPrev, ci, d, depth, eps);
        });
    }

    /// <summary>Uniform shapes (ℓ, d, c) near the former grid's, where the search starts.</summary>
    public static IReadOnlyList<NetworkShape> Start { get; } = [new(1, 1, 1), new(1, 3, 2), new(2, 2, 2), new(2, 3, 2), new(3, 1, 1)];

    /// <summary>The bound of ℓ, d and c searched.</summary>
    private const int MaxSide = 3;

    /// <summary>The search of the constant over uniform shapes (ℓ, d, c ≤ 3), each over ε ∈ [its floor, its ε_max) exact from
    /// its draws' paths; the offset 1/c of the blocks n′_i = ⌊n_i/c⌋.</summary>
    public static FilterSearch<NetworkShape> Search { get; } = new(Claim.StreamOf("Theorem 31", ConstantName), s => 1.0 / s.C, s => s.EpsMax, Start,
        NetworkShape.Around(MaxSide), $"ℓ, d, c ≤ {MaxSide} (every kernel d×d, every channel count c), ε ∈ [ε_min, min(1, 2ℓ·min(1, c²d²/3))) with ε_min ≥ 2ℓc²d²·10⁻³ "
        + "(per-entry precision ≥ 10⁻³)", "n′*");

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

    private const string ConstantName = "constant C";

    /// <summary>The constant: the former grid for estimate-c; the claim searches uniform shapes from <see cref="Start"/>,
    /// each shape's sup over ε exact from its draws' paths.</summary>
    private static Claim ConstantClaim()
    {
        var experiment = new ConstantExperiment(Claim.StreamOf("Theorem 31", ConstantName), "c_i log(c_{i−1}c_i d_i² ℓ/ε) (per layer)", 10,
            eps => [.. ConstantExperiment.Over(ConstantGrid, Describe, eps).Select(p =>
                new ConstantPoint($"{Describe(p.Shape)}, eps = {p.Eps:G3}", p.Eps, 1.0, seed => ConstantNeeded(seed, p.Shape.Sizes, p.Shape.Channels, p.Eps)))]);
        return Define.Estimated(new Claim("Theorem 31", Variant.Literal, ConstantName, ClaimKind.Constant,
            "There exists a universal value of C such that n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε) gives, with probability 1 − ε, masks approximating every f ∈ F within ε. "
            + "Under the statement's quantifiers, for the proof's event (in every layer, Lemma 34's event at ε/(2ℓ): blocks of n′_i = ⌊n_i/c_i⌋ samples cover at ε/(2ℓ c_{i−1}c_i d_i²)): "
            + "every integer n_i ≥ C c_i L_i (L_i = log(c_{i−1}c_i d_i² ℓ/ε)) gives the blocks a draw needs iff C > C_draw = max_i (n′_i − 1/c_i)/L_i, "
            + "so the smallest C is the sup over ℓ, d_i, c_i ≥ 1 and ε of the (1 − ε)-quantile of C_draw. "
            + "On uniform shapes (every kernel d×d, every channel count c) every layer has the same precision δ(ε) = ε/(2ℓc²d²), the same L = log(ℓc²d²/ε) and the same offset 1/c, "
            + "so C_draw = (max_i n′_i − 1/c)/L, and max_i n′_i ≤ n iff the draw's path ρ_n = 2ℓc²d²·max_i R^{(i)}_n (R^{(i)}_n the largest covering radius of layer i's sample sets) is ≤ ε; "
            + "covering radii only fall as n grows, so this is one crossing per draw: the (1 − ε)-quantile of C_draw is (n′*(ε) − 1/c)/log(ℓc²d²/ε), n′*(ε) = min{n : Pr(ρ_n ≤ ε) ≥ 1 − ε}.",
            "adaptive search over uniform shapes (ℓ, d, c) from those near the former grid's (coordinate ascent toward a larger ratio within ℓ, d, c ≤ 3, a budget of evaluations fixed before the data); "
            + "per shape, a draw's ε-path (ρ_n ≤ ε ⟺ every layer's block of n covers at δ(ε), bit for bit) gives n′*(ε) for every ε from the crossing of Pr(ρ_n ≤ ε) with 1 − ε "
            + "(Clopper–Pearson, Bonferroni over the jumps and the shapes), and the sup over ε ∈ [floor, ε_max) of (n′*(ε) − 1/c)/ln(ℓc²d²/ε), no ε grid; "
            + "ε_max = min(1, 2ℓ·min(1, c²d²/3)): ε < 1, which the probability 1 − ε needs, and Lemma 34 at ε/(2ℓ) within its constant claim's range ε′ < min(1, c²d²/3) (the proof's range); "
            + "the floor is at least ε_min = 2ℓc²d²·10⁻³ (paths down to a per-entry precision of 10⁻³: a draw costs about ℓ·d²c·c sets × paths down to δ_min), a shape with ε_min ≥ ε_max is not searched; "
            + "the largest sup found is a lower bound over the explored domain, with the interval of that domain's sup. "
            + "As printed (ε ∈ (0, 1)) the sup is +∞: at ℓ = d = c = 1 one hidden unit cannot serve both f(X) = X and f(X) = −X within ε < 1, so n′_1 ≥ 2 while C log(1/ε) → 0 "
            + "as ε ↑ 1 (the exact claim Theorem 31 [one sample near ε = 1] refutes the statement as printed); the search stops at the proof's range, ε < 2/3 at ℓ = d = c = 1",
            ctx => SearchCheck.Filters(ctx, Search, "(n′*(ε) − 1/c)/ln(ℓc²d²/ε)"),
            experiment)
        {
            Target = ClaimTarget.Reading("the constant the event of Theorem 31's proof (Lemma 34 at ε/(2ℓ) in every layer) needs, on uniform shapes over the proof's range of ε"),
            Work = b => (long)Search.EvaluationsFor(b.Trials) * FilterSearch.DrawsFor(b.Trials),
        }, null);
    }

    /// <summary>The smallest candidate C of the one-unit claim: below 1/ln(3/2) ≈ 2.47 one unit is admitted at some ε &lt; 2/3
    /// too, inside the proof's range, so those C fail the reading as well; the candidates are constants it could still admit.</summary>
    public const double NearOneFloor = 3;

    /// <summary>Theorem 31 as printed against one hidden unit near ε = 1 (Lemma 34's cases at ℓ = 1).</summary>
    public static Claim NearOne => Lemma34.NoUniversalC("Theorem 31",
        "There exists a universal value of C such that, with n_i ≥ C c_i log(c_{i−1}c_i d_i² ℓ/ε) (ε > 0 as printed), with probability 1 − ε, for every f ∈ F, "
        + "inf over masks S^{(1)}, …, S^{(2ℓ)} of sup_{X ∈ [−1, 1]^{D×D×c0}} ‖f(X) − N_0^{(S^{(1)},…,S^{(2ℓ)})}(X)‖_max ≤ ε.",
        $"for each listed candidate C (from {NearOneFloor}; below 1/ln(3/2) ≈ 2.47 one unit is admitted at some ε < 2/3 too, inside the proof's range, so those C "
        + "fail the reading as well): at ℓ = d = c0 = c1 = 1 and ε = e^{−1/(2C)} ∈ (0, 1), n_1 = 1 meets n_1 ≥ C log(1/ε) = ½; f(X) = K ∗ X with K = 1 and with K = −1 lie in F "
        + "(one linear layer, ‖K‖_1 = 1); the four masks of the one hidden unit give x ↦ L·x on X ∈ [0, 1] with L ∈ {0, V·U⁺}; L = 0 misses both by 1 > ε and V·U⁺ is never within ε < 1 "
        + "of both, so the probability is exactly 0 (the exact law of V·U⁺ on the empty set of values serving both) already on [0, 1], the domain of F, and a fortiori for the printed sup over [−1, 1] "
        + "(a sup over a larger set); margin (Pr − (1 − ε))/ε = −(1 − ε)/ε. Every C fails alike: no universal C exists as printed",
        Lemma34.NearOneList(NearOneFloor), Lemma34.NearOneBeyond, "one sample near ε = 1",
        p => Lemma34.DescribeOneLayer(p, "ℓ = d = c0 = c1 = 1", "ε") + "; on X ∈ [0, 1] ⊂ [−1, 1], so over the printed [−1, 1] a fortiori",
        "ε < 2/3", "the same for ε < 2ℓ·min(1, c_{i−1}c_i d_i²/3) only (the proof's range: Lemma 34 at ε/(2ℓ) within its constant "
                + "claim's range ε′ < min(1, K/3)), at the largest such ε below the candidate's: n_1 = ⌈C log(3/2)⌉ ≥ 2 units, where the dead layer's 2^−n ≤ ¼ < ε refutes nothing",
        p => p.Below(2.0 / 3));

    public static IReadOnlyList<Claim> Claims =>
    [
        NearOne,
        ConstantClaim(),
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
