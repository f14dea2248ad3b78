using Rssp.Verification.Experiments;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Networks;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Lemma 34: the block-diagonal mask of Eq. 4.6 (as printed and as Eq. 4.7 reads it), the construction,
/// the statement as printed (ε free) and read at ε = ε′ against one hidden layer near ε′ = 1, and the constant at the proof's
/// probability level ε′.</summary>
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
    public static FilterSearch<FilterShape> Search { get; } = new(Claim.StreamOf("Lemma 34", ConstantName), s => 1.0 / s.C1,
        s => Math.Min(1, s.Sets / 3.0), Proposition32.StartShapes(perChannel: true), FilterShape.Around(new(4, 4, 4), 48), FilterShape.Domain(new(4, 4, 4), 48), "n′*");

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
        AsPrinted,
        NearOne,
        Constant,
    ];

    /// <summary>One hidden layer at d = c0 = c1 = 1 (and ℓ = 1 for Theorem 31), where log(d²c0c1ℓ/δ) = log(1/δ): a
    /// candidate constant C, the precision δ asked (Lemma 34's ε′, Theorem 31's and Proposition 32's ε), the fewest units the
    /// printed count admits, n = max(1, ⌈C log(1/δ)⌉), and the probability level asked, 1 − ε with ε = 2^Log2Eps (kept as
    /// log₂: the ε that refutes Lemma 34 as printed is 2^−(n+1), below double's range for large n). Strict: Proposition 32's
    /// form, an error &lt; δ with a mask on U only (V unmasked); otherwise Lemma 34's and Theorem 31's, ≤ δ with masks S, T.
    /// Both give the same maps x ↦ L·x, L ∈ {0, V·U⁺} at n = 1.</summary>
    public sealed record OneLayer(double C, double Precision, double Log2Eps, bool Strict = false)
    {
        public int N => Math.Max(1, (int)Math.Ceiling(C * Math.Log(1 / Precision)));

        /// <summary>Near δ = 1, where one unit is admitted: δ = e^{−1/(2C)} ∈ (0, 1), so C log(1/δ) = ½ and n = 1; ε = δ.</summary>
        public static OneLayer NearOne(double c, bool strict = false) => AtLevel(c, Math.Exp(-1 / (2 * c)), strict);

        /// <summary>Precision δ and probability level 1 − δ (ε = δ).</summary>
        public static OneLayer AtLevel(double c, double precision, bool strict = false) => new(c, precision, Math.Log2(precision), strict);

        /// <summary>The same question at ε = δ moved into δ &lt; top: at the largest such δ not above this one's.</summary>
        public OneLayer Below(double top) => AtLevel(C, Math.Min(Precision, Math.BitDecrement(top)), Strict);

        /// <summary>ε as a number, or as a power of 2 when it is one far below double's resolution near 1.</summary>
        public string EpsText => Log2Eps == Math.Floor(Log2Eps) && Log2Eps <= -20 ? $"2^−{-Log2Eps:R}" : $"{Math.Pow(2, Log2Eps):R}";

        /// <summary>Whether an error e meets the precision: e &lt; δ (strict) or e ≤ δ.</summary>
        public bool Meets(double error) => Strict ? error < Precision : error <= Precision;
    }

    /// <summary>Log-spaced candidate constants from the floor to 10⁴: the floor, then 1, 2, 5 × 10^k above it.</summary>
    public static IReadOnlyList<double> CandidateList(double floor) =>
        [floor, .. Enumerable.Range(0, 5).SelectMany(k => new[] { 1.0, 2, 5 }.Select(m => m * Math.Pow(10, k))).Where(c => c > floor && c <= 1e4)];

    /// <summary>The listed candidate constants, each at its one-layer case: "there is a universal C" fails on the list iff
    /// every listed C fails, so the margin is the largest of theirs (null when any case is outside its hypotheses).</summary>
    public sealed record EveryCandidate(IReadOnlyList<OneLayer> Cases)
    {
        public double? Margin(Func<OneLayer, double?> margin)
        {
            var margins = Cases.Select(margin).ToArray();
            return margins.Any(m => m is null) ? null : margins.Max();
        }

        /// <summary>The best candidate (largest margin) in words, with the list and that margin.</summary>
        public string Describe(Func<OneLayer, string> describe)
        {
            var best = Cases.MaxBy(c => OneLayerMargin(c))!;
            return $"{describe(best)}; margin {OneLayerMargin(best):G4}, the largest over the listed C ∈ {{{string.Join(", ", Cases.Select(c => c.C.ToString("G6")))}}}: every listed C fails";
        }

        public override string ToString() => $"C ∈ {{{string.Join(", ", Cases.Select(c => c.C.ToString("G6")))}}}";
    }

    /// <summary>The one-layer cases near δ = 1 of the candidate list from the floor.</summary>
    public static IReadOnlyList<OneLayer> NearOneList(double floor, bool strict = false) => [.. CandidateList(floor).Select(c => OneLayer.NearOne(c, strict))];

    /// <summary>Why every C fails near δ = 1, beyond the list.</summary>
    public const string NearOneBeyond = "δ = e^{−1/(2C)} ∈ (0, 1) admits n = 1 for every C, and then the probability is 0";

    /// <summary>"There is a universal C" against one hidden layer on a list of candidate constants, one case each: refuted
    /// only if every listed C fails (C beyond the list rests on the analytic argument given). Its one mutant moves each case
    /// (mutate), with the same margin.</summary>
    public static Claim NoUniversalC(string id, string statement, string method, IReadOnlyList<OneLayer> cases, string beyond, string variantName,
        Func<OneLayer, string> describe, string mutantName, string mutantChange, Func<OneLayer, OneLayer> mutate, Variant variant = Variant.Literal,
        ClaimTarget? target = null) =>
        Define.Cases(id, statement, method + $". Checked at each C of the list {{{string.Join(", ", cases.Select(c => c.C.ToString("G6")))}}} and refuted only if every "
            + $"listed C fails (the margin is the largest of theirs); C beyond the list rests on the analytic argument: {beyond}",
            [new EveryCandidate(cases)], p => p.Margin(OneLayerMargin),
            // the margin is 1 − q/δ with q only a lower bound on the failure probability: at the moved cases (2^−n ≤ ¼ < δ) it is
            // ≥ 0 because the witness no longer applies, not because the statement was shown there
            [new(mutantName, MutationKind.HoldsByConstruction, mutantChange + " (holds because the one-unit witness does not apply there)",
                p => p.Margin(q => OneLayerMargin(mutate(q))))],
            variant, variantName, target, p => p.Describe(describe));

    /// <summary>The error of the zero network against K = 1 over X ∈ [0, 1]: sup_x |x − 0| = 1.</summary>
    private const double ZeroNetworkError = 1;

    /// <summary>Pr(one hidden unit has masks for both K = 1 and K = −1 within δ), exactly. On X ∈ [0, 1] the masks give
    /// x ↦ L·x with L ∈ {0, W}, W = V·U⁺ (σ(U·x) = U⁺·x for x ≥ 0; the four (S, T) ∈ {0, 1}², or S alone on U), and
    /// sup_x |K·x − L·x| = |K − L|: K is served by L = 0 when |K| meets δ, else only by W within δ of K (a closed interval,
    /// or open when strict). Both are served iff W lies in the intersection of what each needs; its probability under the
    /// exact law of V·U⁺ (atom ½ at 0). 0 for every δ &lt; 1: the intervals around 1 and −1 are disjoint.</summary>
    public static double OneUnitServesBoth(OneLayer p)
    {
        var (lo, hi) = (double.NegativeInfinity, double.PositiveInfinity);
        foreach (var k in new[] { 1.0, -1.0 })
            if (!p.Meets(Math.Abs(k))) (lo, hi) = (Math.Max(lo, k - p.Precision), Math.Min(hi, k + p.Precision));
        var law = new VTimesUPlus();
        return lo > hi ? 0 : p.Strict ? Math.Max(0, law.Cdf(Math.BitDecrement(hi)) - law.Cdf(lo)) : law.Cdf(hi) - law.Cdf(Math.BitDecrement(lo));
    }

    /// <summary>log₂ of a lower bound on Pr(some K ∈ [−1, 1] has no masks within δ on X ∈ [0, 1]) with n hidden units
    /// at d = c0 = c1 = 1: all n units are dead (every U_t ≤ 0) with probability Pr(U ≤ 0)ⁿ = 2^−n, and then σ((U ⊙ S)·x)
    /// = 0 for x ≥ 0 under every mask, so the network is 0, at distance 1 from K = 1 (a failure when 1 does not meet δ); at
    /// n = 1 also 1 − <see cref="OneUnitServesBoth"/> (1 for δ &lt; 1).</summary>
    public static double FailureLog2(OneLayer p)
    {
        var dead = !p.Meets(ZeroNetworkError) ? p.N * Math.Log2(new UniformLaw().Cdf(0)) : double.NegativeInfinity;
        return p.N == 1 ? Math.Max(dead, Math.Log2(1 - OneUnitServesBoth(p))) : dead;
    }

    /// <summary>(Pr(masks for every K) − (1 − ε))/ε, in units of ε, at most 1 − q/ε with q = 2^FailureLog2: negative (a
    /// refutation) iff the failure probability q exceeds ε.</summary>
    public static double? OneLayerMargin(OneLayer p) => 1 - Math.Pow(2, FailureLog2(p) - p.Log2Eps);

    /// <summary>A one-layer case in words, its fields named: "C = …, d = c0 = c1 = 1, ε′ = …, n = …, ε = …: …".</summary>
    public static string DescribeOneLayer(OneLayer p, string shape, string precision)
    {
        var (n, q) = (p.N, Math.Pow(2, FailureLog2(p)));
        var level = p.Log2Eps != Math.Log2(p.Precision) ? $", ε = {p.EpsText}" : precision == "ε" ? "" : $", ε = {precision}";
        var head = $"C = {p.C:G6}, {shape}, {precision} = {p.Precision:R}, n = {n} (the fewest units with n ≥ C log(1/{precision})){level}";
        var fails = FailureLog2(p) > p.Log2Eps;
        var versus = fails ? "<" : "≥";
        return n == 1
            ? $"{head}: one unit's {(p.Strict ? "two masks S (on U; V unmasked)" : "four masks (S, T)")} give x ↦ L·x on [0, 1] with L ∈ {{0, V·U⁺}}; L = 0 misses K = 1 and K = −1 by 1, and V·U⁺ is never within {precision} < 1 of both, "
              + $"so Pr(masks for every K) = {1 - q:G4} {versus} 1 − ε = {1 - Math.Pow(2, p.Log2Eps):G4}"
            : $"{head}: all {n} units are dead (every U_t ≤ 0) with probability 2^−{n}, and then every mask gives the network 0 on [0, 1], at distance 1 "
              + $"{(p.Meets(ZeroNetworkError) ? p.Strict ? "<" : "≤" : p.Strict ? "≥" : ">")} {precision} from K = 1, so Pr(masks for every K) ≤ 1 − 2^−{n} {versus} 1 − ε";
    }

    /// <summary>The smallest candidate C of the free-ε claim: below 1/ln 2 the reading ε = ε′ fails too (2^−n ≥ ½ε′^{C ln 2}
    /// &gt; ε′ for small ε′), so the candidates are constants the reading could still admit.</summary>
    public const double FreeEpsFloor = 2;

    /// <summary>The precision ε′ of the free-ε cases, inside the reading's range ε′ &lt; 1/3 at K = 1.</summary>
    public const double FreeEpsPrecision = 0.1;

    /// <summary>The free-ε cases: each listed C from the floor at ε′ = 0.1, n the fewest units admitted and ε = 2^−(n+1).</summary>
    public static IReadOnlyList<OneLayer> FreeEpsCases =>
        [.. CandidateList(FreeEpsFloor).Select(c => new OneLayer(c, FreeEpsPrecision, 0)).Select(p => p with { Log2Eps = -(p.N + 1) })];

    private const string OneLayerShape = "d = c0 = c1 = 1";

    /// <summary>As printed, ε is bound nowhere: the conclusion is asked for every ε, i.e. with probability 1.</summary>
    public static Claim AsPrinted => NoUniversalC("Lemma 34",
        "There exists a value for C such that, independently from all other parameters, with n ≥ C c1 log(d²c0c1/ε′), with probability 1 − ε, for all K ∈ [−1, 1]^{d×d×c0×c1} "
        + "there exist masks S and T with sup_{X ∈ [0, 1]^{D×D×c0}} ‖K ∗ X − N_0^{(S,T)}(X)‖_max ≤ ε′. As printed, ε occurs only in “with probability 1 − ε”, bound by no "
        + "quantifier or hypothesis (ε′ is the one the count names): a free variable, so the conclusion is asked at every ε ∈ (0, 1), i.e. with probability 1.",
        $"for each listed candidate C (from {FreeEpsFloor}; below 1/ln 2 the reading ε = ε′ fails as well, see the mutant) at ε′ = {FreeEpsPrecision} "
        + "(inside the reading's range ε′ < min(1, d²c0c1/3)): at d = c0 = c1 = 1 and the fewest units admitted, n = max(1, ⌈C log(1/ε′)⌉), all n units are dead "
        + "(every U_t ≤ 0) with probability Pr(U ≤ 0)ⁿ = 2^−n, and then every mask's network is 0 on [0, 1], at distance 1 > ε′ from K = 1; so the probability is at most "
        + "1 − 2^−n, and ε = 2^−(n+1) asks more. Margin (Pr − (1 − ε))/ε ≤ 1 − 2^−n/ε (in units of ε, which lies below double's range for large n)",
        FreeEpsCases, "at every C and ε′ < 1/3 the fewest n units admitted are all dead with probability 2^−n, and ε = 2^−(n+1) asks more", "probability 1 − ε, ε free",
        p => DescribeOneLayer(p, OneLayerShape, "ε′"),
        "ε → ε′", "the probability level bound to the precision, 1 − ε′ (the evident reading), at the same C, ε′ and n: "
        + "the dead layer's 2^−n ≤ ε′^{C ln 2} ≤ ε′ for C ≥ 1/ln 2, so the same bound refutes nothing", p => OneLayer.AtLevel(p.C, p.Precision),
        target: ClaimTarget.Reading("ε free read as universally quantified: “with probability 1 − ε” with ε bound by no quantifier or hypothesis, read as "
            + "asked at every ε ∈ (0, 1), i.e. with probability 1 (an interpretation of the printed text; the evident reading ε = ε′ is the mutant and the claim [ε = ε′, one sample near ε′ = 1])"));

    /// <summary>The reading ε = ε′ over the ε′ ∈ (0, 1) the statement admits: one unit near ε′ = 1.</summary>
    public static Claim NearOne => NoUniversalC("Lemma 34",
        "The reading ε = ε′ (the proof ends at probability 1 − ε′): there is C such that, with n ≥ C c1 log(d²c0c1/ε′), with probability 1 − ε′, for all K ∈ [−1, 1]^{d×d×c0×c1} "
        + "there exist masks S and T with sup_{X ∈ [0, 1]^{D×D×c0}} ‖K ∗ X − N_0^{(S,T)}(X)‖_max ≤ ε′, for every ε′ ∈ (0, 1) (the statement admits every ε′ > 0; at ε′ ≥ 1 the zero network serves K ∈ [−1, 1] when d = c0 = c1 = 1).",
        "for each listed candidate C: at d = c0 = c1 = 1 and ε′ = e^{−1/(2C)} ∈ (0, 1), n = 1 unit meets n ≥ C log(1/ε′) = ½; its four masks give x ↦ L·x on [0, 1] "
        + "with L ∈ {0, V·U⁺}; L = 0 misses K = 1 and K = −1 by 1 > ε′, so W = V·U⁺ would have to be within ε′ < 1 of both (|1 − W| + |1 + W| ≥ 2): the probability is exactly 0 "
        + "(the exact law of V·U⁺ on the empty set of values serving both); margin (Pr − (1 − ε′))/ε′ = −(1 − ε′)/ε′. Every C fails alike, so no C exists in this reading either: its constant is +∞ as ε′ ↑ 1. The same "
        + "instance refutes the statement as printed (ε free) at every ε < 1",
        NearOneList(1), NearOneBeyond, "ε = ε′, one sample near ε′ = 1", p => DescribeOneLayer(p, OneLayerShape, "ε′"),
        "ε′ < 1/3", "the same for ε′ < min(1, d²c0c1/3) only (Corollary 10's range at the per-entry precision ε′/(d²c0c1), the range "
        + "of the constant claim), at the largest such ε′ below the candidate's: n = ⌈C log 3⌉ ≥ 2 units, where the dead layer's 2^−n ≤ ¼ < ε′ refutes nothing",
        p => p.Below(1.0 / 3), Variant.Intended,
        ClaimTarget.Reading("ε = ε′ (the level the proof's union bound gives), over every ε′ ∈ (0, 1) the statement admits"));

    /// <summary>The constant at level ε′ over the domain searched.</summary>
    public static Claim Constant { get; } = Define.Estimated(new Claim("Lemma 34", Variant.Intended, ConstantName, ClaimKind.Constant,
            "There is C such that n ≥ C·c1·log(d²c0c1/ε′) gives the masks with probability 1 − ε′ (the level the proof's union bound gives: Σ_ℓ ε′/c1). "
            + "Under the statement's quantifiers, for the proof's event (every one of the K = d²c0c1 sample sets, n′ = ⌊n/c1⌋ samples per output channel, covers [−1, 1] within ε′/K): "
            + "every integer n ≥ C c1 log(K/ε′) gives blocks n′ ≥ n′*(ε′) = min{n′ : Pr(event) ≥ 1 − ε′} iff ⌈C c1 log(K/ε′)⌉ ≥ c1·n′*, i.e. C log(K/ε′) > n′* − 1/c1; "
            + "the smallest such C is the sup over d, c0, c1 ≥ 1 and ε′ < min(1, K/3) (ε′/K < 1/3: Corollary 10's range, which Proposition 32's proof invokes at the per-entry precision) of (n′*(ε′) − 1/c1)/log(K/ε′). "
            + "Beyond that range the sup is +∞: at d = c0 = c1 = 1 one unit never serves both K = 1 and K = −1, so n′* ≥ 2 while C log(1/ε′) → 0 as ε′ ↑ 1 "
            + "(the exact claims Lemma 34 [ε = ε′, one sample near ε′ = 1], for this reading over ε′ ∈ (0, 1), and Lemma 34 [probability 1 − ε, ε free], for the statement as printed, refute both).",
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
