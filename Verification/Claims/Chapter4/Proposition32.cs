using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Experiments;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Proposition 32: with n ≥ C log(d²c/ε), with probability 1 − ε every filter K with ‖K‖_1 ≤ 1 has a mask S with sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max &lt; ε; the law of its samples, its constant and its construction.</summary>
[Statement(32, "Proposition 32")]
public static class Proposition32
{
    private static readonly double B = Math.Log(2) / 2;

    /// <summary>(d, c, ε) for the constant: small filters, ε across (0, 1).</summary>
    public static IReadOnlyList<(int D, int C, double Eps)> Grid { get; } =
        [(1, 1, 0.3), (1, 1, 0.1), (1, 1, 0.01), (2, 1, 0.1), (2, 2, 0.1), (3, 1, 0.1), (3, 2, 0.1), (2, 2, 0.01)];

    /// <summary>A draw of the filter constants costs d²c·c1 cover times: a tenth of a budget's trials per point.</summary>
    public const int ConstantTrialDivisor = 10;

    /// <summary>The grid of Proposition 32's constant (one output channel) or of Lemma 34's (c1 = c, at level ε′): per draw
    /// the largest first-cover time over all d²c·c1 sample sets at the per-entry precision ε/(c1·d²c), over log(d²c·c1/ε).
    /// Given ε values replace the grid's, for each of its shapes.</summary>
    public static Func<IReadOnlyList<double>?, IReadOnlyList<ConstantPoint>> FilterConstantGrid(bool perChannel) => eps =>
    [
        .. ConstantExperiment.Over(Grid.Select(g => ((g.D, g.C), g.Eps)), s => s.ToString(), eps).Select(p =>
        {
            var (d, c) = p.Shape;
            var c1 = perChannel ? c : 1;
            return new ConstantPoint($"d = {d}, c = {c}, eps = {p.Eps:G3}", p.Eps, Math.Log(d * d * c * c1 / p.Eps),
                seed => FilterSamples.MaxCoverTime(seed, d * d * c, c1, LayerPruning.EntryPrecision(p.Eps, d, d, c, c1)));
        }),
    ];

    /// <summary>A sub-interval [Lo, Hi] of [−½, ½], of width H = Hi − Lo &gt; 0.</summary>
    public sealed record SubInterval(double Lo, double Hi)
    {
        public double H => Hi - Lo;

        public override string ToString() => $"[{Lo:R}, {Hi:R}]";
    }

    /// <summary>Sub-intervals of [−½, ½] on a grid of 10⁻⁶: Lo = −½ + a·10⁻⁶, Hi = −½ + (a + w)·10⁻⁶ with w ≥ 1 a fraction
    /// b/1000 of the room left, so Hi ≤ ½ exactly (a floor on the width may not push Hi past ½, as an earlier generator did).</summary>
    internal static Arbitrary<SubInterval> SubIntervals => Arb.From(
        from a in Gen.Choose(0, 999_999) from b in Gen.Choose(1, 1000)
        let w = Math.Max(1, (int)((1_000_000L - a) * b / 1000))
        select new SubInterval(-0.5 + a / 1e6, -0.5 + (a + w) / 1e6));

    /// <summary>A filter target: random, one entry ±1, or all mass on one sign; ‖K‖_1 ≤ 1.</summary>
    public static Tensor Target(int kind, int d, int c, int c1, Rng rng) => kind switch
    {
        0 => Normalise(Tensor.Uniform(rng, d, d, c, c1)),
        1 => Tensor.Create([d, d, c, c1], i => i.ToArray().All(v => v == 0) ? (rng.NextUnit() < 0.5 ? 1 : -1) : 0),
        2 => Normalise(Tensor.Uniform(rng, d, d, c, c1).Map(Math.Abs)),
        _ => Normalise(Tensor.Uniform(rng, d, d, c, c1).Map(v => -Math.Abs(v))),
    };

    private static Tensor Normalise(Tensor k) => k.Scale(1 / Math.Max(1, k.L1Norm()));

    public sealed record Draw(int D, int C, double Eps, int N, int TargetKind, ulong Seed)
    {
        public override string ToString() => $"d = {D}, c = {C}, eps = {Eps}, n = {N}, target kind {TargetKind}, seed {Seed}";
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Proposition 32",
            "For every i, j, k, t the random variable V_{1,1,t,1}·U⁺_{i,j,k,t} is (1/2, (log 2)/2)-super-uniform (by Lemma 11): Pr(V·U⁺ ∈ [x, x + h]) ≥ (log 2)/2·h on [−½, ½].",
            "the exact law of V·U⁺ (atom ½ at 0, density −¼ log|x| elsewhere) on sub-intervals of [−½, ½]; margin Pr − b·h",
            () => SubIntervals,
            p => new VTimesUPlus().Cdf(p.Hi) - new VTimesUPlus().Cdf(Math.BitDecrement(p.Lo)) - B * p.H,
            variantName: "samples super-uniform",
            target: ClaimTarget.ProofStep("the sentence of Proposition 32's proof: V_{1,1,t,1}·U⁺_{i,j,k,t} is (½, (log 2)/2)-super-uniform"),
            bound: p => B * p.H, side: Side.AtLeast,
            describe: p =>
            {
                var pr = new VTimesUPlus().Cdf(p.Hi) - new VTimesUPlus().Cdf(Math.BitDecrement(p.Lo));
                return $"[x, x + h] = {p} (h = {p.H:G4}): Pr(V·U⁺ ∈ [x, x + h]) = {pr:G4} {(pr < B * p.H ? "<" : "≥")} (log 2)/2·h = {B * p.H:G4}" +
                       (pr < B * p.H ? $", short by {B * p.H - pr:G3}" : "");
            },
            mutants:
            [
                new("b → b/2", MutationKind.BoundLoosened, "Pr(V·U⁺ ∈ [x, x + h]) ≥ (log 2)/4·h on [−½, ½] (the density −¼ log|x| is at least (log 2)/4 there)",
                    p => new VTimesUPlus().Cdf(p.Hi) - new VTimesUPlus().Cdf(Math.BitDecrement(p.Lo)) - B / 2 * p.H),
            ]),
        Define.Exact("Proposition 32",
            "The samples the construction can use, V_{1,1,t,1}·U_{i,j,k,t} with U_{i,j,k,t} > 0 (the others are 0 after pruning), are (1/2, (log 2)/2)-super-uniform: given U > 0, V·U is a product of uniforms (Lemma 11).",
            "the exact law of V·U given U > 0, which is the law of X_1X_2, on sub-intervals of [−½, ½]",
            () => SubIntervals,
            p => ProductMass(p, 1, 1),
            Variant.Intended, "the samples with U > 0", tolerance: Tolerance.UnitSums,
            target: ClaimTarget.ProofStep("the sentence of Proposition 32's proof, read for the samples with U > 0"),
            bound: p => B * p.H, side: Side.AtLeast,
            mutants:
            [
                new("b → 2b", MutationKind.BoundTightened, "Pr(V·U ∈ [x, x + h] | U > 0) ≥ (log 2)·h on [−½, ½]", p => ProductMass(p, 1, 2)),
                new("a = ½ → 1", MutationKind.HypothesisChanged, "the same on sub-intervals of [−1, 1] (each interval doubled)", p => ProductMass(p, 2, 1)),
            ]),
        Define.Constant("Proposition 32",
            "There is a universal C such that n ≥ C log(d²c/ε) gives, with probability 1 − ε, for all K with ‖K‖_1 ≤ 1, masks with sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max < ε; the proof's event: every z ∈ [−1, 1] within ε/(d²c) of a subset sum in each of the d²c sample sets.",
            "per draw, the largest first-cover time over the d²c sample sets at precision ε/(d²c) (exact, by the coverage solver); n* = its (1 − ε)-quantile; C = max over (d, c, ε) of n*/log(d²c/ε)",
            "log(d²c/ε)", ConstantTrialDivisor, FilterConstantGrid(perChannel: false),
            "lower bound over the grid of (d, c, ε) (the sup runs over an unbounded domain):", variantName: "constant C"),
        Define.Exact("Proposition 32",
            "When every sample set ε/(d²c)-covers [−1, 1] (the event E^(filter)), the construction — U⁺, then the closest subset per entry — gives sup over X ∈ [0, 1]^{D×D×c} of ‖K ∗ X − N_0^{(S)}(X)‖_max < ε, for random and adversarial K (one entry ±1, all mass on one sign).",
            $"random U, V with n from {MinSamples} to {MaxSamples} (near the event's threshold, where the bound can bite), draws where the event holds for the samples the construction uses; the certificate's exact supremum against ε",
            () => Draws(MinSamples, MaxSamples),
            draw => ConstructionMargin(draw, channels: 1),
            variantName: "construction", target: ClaimTarget.Construction("Proposition 32's construction (U⁺, then the closest subset per entry) under the event E^(filter)"),
            bound: draw => draw.Eps,
            mutants: ConstructionMutants(channels: 1)),
    ];

    /// <summary>Pr(X_1X_2 ∈ [s·Lo, s·Hi]) − factor·b·s·h: the product law's mass on an interval of [−½, ½] scaled by s.</summary>
    private static double ProductMass(SubInterval p, double scale, double factor) =>
        new ProductOfUniforms().Cdf(scale * p.Hi) - new ProductOfUniforms().Cdf(scale * p.Lo) - factor * B * scale * p.H;

    /// <summary>The fewest and most samples per block of a construction's draw: at 16 the covering event seldom holds, at 64
    /// nearly always (measured over the grid, seed 11: 3% and 99%), so the draws straddle its threshold, where the per-entry
    /// errors come near ε/(d²c) and the bound ε can bite (certified error up to 0.82ε measured on 500 draws; at n = 64 alone
    /// below 0.04ε), and where the event fails on some draws, which the hypothesis-dropped mutant uses.</summary>
    public const int MinSamples = 16, MaxSamples = 64;

    /// <summary>The construction's mutants: its certified error within a quarter of the precision asked, and the covering
    /// event dropped (the bound asked of every draw, also where some sample set does not cover: about 5% of the draws exceed ε there).</summary>
    public static IReadOnlyList<SlackMutation<Draw>> ConstructionMutants(int? channels) =>
    [
        new("ε → ε/4", MutationKind.BoundTightened, "the same with sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max < ε/4",
            draw => ConstructionMargin(draw, channels ?? draw.C) is double m ? m - 0.75 * draw.Eps : null),
        new("covering event dropped", MutationKind.HypothesisChanged, "the construction gives sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max < ε on every draw, whether or not the sample sets cover",
            draw => ConstructionMargin(draw, channels ?? draw.C, eventRequired: false)),
    ];

    /// <summary>Draws over the grid, the four kinds of target, and n from minN to maxN samples per block.</summary>
    public static Arbitrary<Draw> Draws(int minN, int maxN) => Arb.From(
        from g in Gen.Elements(Grid.ToArray())
        from kind in Gen.Choose(0, 3)
        from n in Gen.Choose(minN, maxN)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Draw(g.D, g.C, g.Eps, n, kind, (ulong)seed));

    /// <summary>ε − certified sup error on draws where each entry's usable samples cover at the per-entry precision; null
    /// elsewhere, unless the event is not required.</summary>
    public static double? ConstructionMargin(Draw draw, int channels, bool eventRequired = true)
    {
        var rng = new Rng(draw.Seed);
        var u = Tensor.Uniform(rng, draw.D, draw.D, draw.C, draw.N * channels);
        var v = Tensor.Uniform(rng, 1, 1, draw.N * channels, channels);
        var k = Target(draw.TargetKind, draw.D, draw.C, channels, rng);
        var result = LayerPruning.Lemma34(u, v, k, draw.D + 1, draw.D + 1, draw.Eps);
        if (eventRequired && !EveryEntryCovers(u, v, draw.N, result.EntryPrecision)) return null;
        return draw.Eps - result.Supremum.Value;
    }

    /// <summary>The proof's event for the samples the construction uses (the first MaxSamplesPerEntry with U &gt; 0 per block).</summary>
    private static bool EveryEntryCovers(Tensor u, Tensor v, int block, double precision)
    {
        int d = u.Shape[0], c0 = u.Shape[2], c1 = v.Shape[3];
        for (var a = 0; a < d; a++)
        for (var b = 0; b < d; b++)
        for (var ch = 0; ch < c0; ch++)
        for (var l = 0; l < c1; l++)
        {
            var samples = Enumerable.Range(l * block, block).Where(t => u[a, b, ch, t] > 0).Take(LayerPruning.MaxSamplesPerEntry)
                .Select(t => v[0, 0, t, l] * u[a, b, ch, t]).ToArray();
            if (!Theory.SubsetSum.Approximable.CoversUnitInterval(samples, precision)) return false;
        }
        return true;
    }
}
