using Rssp.Verification.Experiments;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Networks;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Lemma 34: the block-diagonal mask of Eq. 4.6 (as printed and as Eq. 4.7 reads it), the construction,
/// and the constant at the proof's probability level ε′.</summary>
[Statement(34, "Lemma 34")]
public static class Lemma34
{
    internal static Arbitrary<(int N, int C1)> Shapes => Arb.From(
        from c1 in Gen.Choose(1, 6) from block in Gen.Choose(1, 8) select (N: c1 * block, C1: c1),
        p => new[] { (p.N - p.C1, p.C1), (p.N / p.C1 * (p.C1 - 1), p.C1 - 1) }.Where(q => q.Item2 >= 1 && q.Item1 >= q.Item2 && q != p));

    /// <summary>How many hidden channels t feed more than one output channel under the mask T.</summary>
    private static int SharedChannels(Theory.Tensors.Tensor t) =>
        Enumerable.Range(0, t.Shape[2]).Count(i => Enumerable.Range(0, t.Shape[3]).Count(l => t[0, 0, i, l] == 1) > 1);

    /// <summary>A mask's instance with its fields named and the channels t (1-based) that feed two output channels:
    /// "n = 2, c1 = 2 (n′ = 1): t = 1 lies in blocks 1 and 2 (1 of 2 channels shared; Eq. 4.7 allows none)".</summary>
    private static string DescribeMask(int n, int c1, Theory.Tensors.Tensor t)
    {
        var shared = Enumerable.Range(0, n)
            .Select(i => (T: i + 1, Blocks: Enumerable.Range(0, c1).Where(l => t[0, 0, i, l] == 1).Select(l => l + 1).ToArray()))
            .Where(x => x.Blocks.Length > 1).ToArray();
        var head = $"n = {n}, c1 = {c1} (n′ = n/c1 = {n / c1})";
        return shared.Length == 0 ? $"{head}: every t lies in one block"
            : $"{head}: t = {shared[0].T} lies in blocks {string.Join(" and ", shared[0].Blocks)} ({shared.Length} of {n} channels shared; Eq. 4.7 allows none)";
    }

    /// <summary>−(t in two blocks) under the construction's mask, −1 unless every block has the size given.</summary>
    private static int BlockMargin(int n, int c1, int size)
    {
        var u = Theory.Tensors.Tensor.Uniform(new Theory.Random.Rng(1), 1, 1, 1, n);
        var v = Theory.Tensors.Tensor.Uniform(new Theory.Random.Rng(2), 1, 1, n, c1);
        var k = Theory.Tensors.Tensor.Zeros(1, 1, 1, c1);
        var t = LayerPruning.Lemma34(u, v, k, 2, 2, 0.1).MaskV;
        var blocksOk = Enumerable.Range(0, c1).All(l => Enumerable.Range(0, n).Count(i => t[0, 0, i, l] == 1) == size);
        return blocksOk ? -SharedChannels(t) : -1;
    }

    private const string ConstantName = "constant at level ε′";

    /// <summary>The search of the constant over shapes (d, c0, c1), d, c0, c1 ≤ 4, d²c0c1 ≤ 48, from the grid's shapes
    /// (c0 = c1 = c), ε′ &lt; min(1, K/3); the offset 1/c1 of the blocks n′ = ⌊n/c1⌋.</summary>
    public static FilterSearch Search { get; } = new(Claim.StreamOf("Lemma 34", ConstantName), s => 1.0 / s.C1,
        s => Math.Min(1, s.Sets / 3.0), Proposition32.StartShapes(perChannel: true), new(4, 4, 4), 48, "n′*");

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Lemma 34",
            "T is block diagonal with c1 blocks of size n′ = n/c1: (T)_{1,1,t,ℓ} = 1 iff (ℓ − 1)n′ ≤ t ≤ ℓn′ (Eq. 4.6), so that each output channel ℓ sees only its own block (Eq. 4.7).",
            "the mask of Eq. 4.6 as printed (1-based t, ℓ): the number of t in two blocks",
            () => Shapes,
            p => -SharedChannels(LayerPruning.Eq46Printed(p.N, p.C1)),
            variantName: "Eq. 4.6 as printed", target: ClaimTarget.ProofStep("Eq. 4.6 in the proof of Lemma 34, as printed"),
            describe: p => DescribeMask(p.N, p.C1, LayerPruning.Eq46Printed(p.N, p.C1)),
            mutants:
            [
                new("(ℓ − 1)n′ ≤ t → (ℓ − 1)n′ < t", MutationKind.StrictnessFlipped, "T_{1,1,t,ℓ} = 1 iff (ℓ − 1)n′ < t ≤ ℓn′, from the formula (1-based t, ℓ)",
                    p => -Enumerable.Range(1, p.N).Count(t => Enumerable.Range(1, p.C1).Count(l => (l - 1) * (p.N / p.C1) < t && t <= l * (p.N / p.C1)) > 1)),
            ]),
        Define.Exact("Lemma 34",
            "T_{1,1,t,ℓ} = 1 iff (ℓ − 1)n′ < t ≤ ℓn′ (the bounds of Eq. 4.7): each t feeds at most one output channel.",
            "the construction's mask T: the number of t in two blocks, and every block of size n′",
            () => Shapes,
            p => BlockMargin(p.N, p.C1, p.N / p.C1),
            Variant.Intended, "Eq. 4.7's bounds", target: ClaimTarget.ProofStep("Eq. 4.6 in the proof of Lemma 34, with the bounds of Eq. 4.7"),
            mutants: [new("t ≤ ℓn′ → t < ℓn′", MutationKind.StrictnessFlipped, "blocks (ℓ − 1)n′ < t < ℓn′, of size n′ − 1", p => BlockMargin(p.N, p.C1, p.N / p.C1 - 1))]),
        Define.Exact("Lemma 34",
            "When every sample set of every output channel covers [−1, 1] at ε′/(c1·d²·c0), the construction gives masks S, T with sup over X ∈ [0, 1]^{D×D×c0} of ‖K ∗ X − N_0^{(S,T)}(X)‖_max ≤ ε′, for random and adversarial K ∈ [−1, 1]^{d×d×c0×c1}.",
            $"random U, V with n′ from {Proposition32.MinSamples} to {Proposition32.MaxSamples} per channel (near the event's threshold, where the bound can bite), c1 = c, draws where the event holds; the certificate's exact supremum against ε′",
            () => Proposition32.Draws(Proposition32.MinSamples, Proposition32.MaxSamples),
            draw => Proposition32.ConstructionMargin(draw, channels: draw.C),
            variantName: "construction", target: ClaimTarget.Construction("Lemma 34's construction (masks S, T) under its covering event"),
            bound: draw => draw.Eps,
            mutants: Proposition32.ConstructionMutants(channels: null)),
        Constant,
    ];

    /// <summary>The constant at level ε′ over the domain searched.</summary>
    public static Claim Constant { get; } = Define.Estimated(new Claim("Lemma 34", Variant.Intended, ConstantName, ClaimKind.Constant,
            "There is C such that n ≥ C·c1·log(d²c0c1/ε′) gives the masks with probability 1 − ε′ (the level the proof's union bound gives: Σ_ℓ ε′/c1). "
            + "Under the statement's quantifiers, for the proof's event (every one of the K = d²c0c1 sample sets, n′ = ⌊n/c1⌋ samples per output channel, covers [−1, 1] within ε′/K): "
            + "every integer n ≥ C c1 log(K/ε′) gives blocks n′ ≥ n′*(ε′) = min{n′ : Pr(event) ≥ 1 − ε′} iff ⌈C c1 log(K/ε′)⌉ ≥ c1·n′*, i.e. C log(K/ε′) > n′* − 1/c1; "
            + "the smallest such C is the sup over d, c0, c1 ≥ 1 and ε′ < min(1, K/3) (ε′/K < 1/3: Corollary 10's range, which Proposition 32's proof invokes at the per-entry precision) of (n′*(ε′) − 1/c1)/log(K/ε′).",
            "adaptive search over shapes (d, c0, c1) from the former grid's (c0 = c1 = c; coordinate ascent toward a larger ratio within d, c0, c1 ≤ 4, K ≤ 48, a budget of evaluations fixed before the data); "
            + "per shape, a draw's ε-path R_n = max over its K sets of their covering radius gives the event at every ε′ (⟺ K·R_{n′} ≤ ε′), so n′*(ε′) for every ε′ from the crossing of Pr(K·R_{n′} ≤ ε′) with 1 − ε′; "
            + "the largest sup found is a lower bound over the explored domain, with the interval of that domain's sup",
            ctx => SearchCheck.Filters(ctx, Search, "(n′*(ε′) − 1/c1)/ln(d²c0c1/ε′)"),
            new ConstantExperiment(Claim.StreamOf("Lemma 34", ConstantName), "log(d²c·c1/ε)", Proposition32.ConstantTrialDivisor, Proposition32.FilterConstantGrid(perChannel: true)))
        {
            Target = ClaimTarget.ProofStep("Lemma 34's constant at the probability level ε′ its use in Theorem 31's proof needs"),
            Work = b => (long)Search.EvaluationsFor(b.Trials) * FilterSearch.DrawsFor(b.Trials),
        }, null);
}
