using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Experiments;
using Rssp.Verification.Checking;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Corollary 10: the rejection step of its proof run as the code runs it (SuperUniformPruning.Prune) on
/// (a, b)-super-uniform laws — the pruned sample's law and the keep rate — and the constant C_{a,b} for the law that
/// matters in chapter 4, the product of two uniforms, with (a, b) = (½, (log 2)/2) (Lemma 11).</summary>
[Statement(10, "Corollary 10", "Definition 9")]
public static class Corollary10
{
    private const double A = 0.5;

    /// <summary>Draws of X per instance: about 2ab·20000 ≥ 200 kept values, enough for a KS test at 10⁻¹².</summary>
    private const int Draws = 20_000;

    /// <summary>An (a, b)-super-uniform law and a seed: the product of uniforms with b a fraction (up to 1) of f(a) = min
    /// over [−a, a] of f, or Unif([−w, w]) with a &lt; w and b a fraction of 1/(2w). Either way b ≤ f on [−a, a] and
    /// b &lt; 1/(2a) (Definition 9's hypotheses); BFraction = 1 puts b at the density's minimum.</summary>
    public sealed record PruneCase(bool Product, double W, double A, double BFraction, ulong Seed)
    {
        public IDensityLaw Law => Product ? new ProductOfUniforms() : new UniformLaw(W);

        public double B => BFraction * (Product ? new ProductOfUniforms().Density(A) : 1 / (2 * W));

        public override string ToString() =>
            $"{(Product ? "product of uniforms" : $"Unif([−{W:R}, {W:R}])")}, a = {A:R}, b = {B:R} ({BFraction:R} of min f on [−a, a]), seed {Seed}";
    }

    internal static Arbitrary<PruneCase> Cases => Arb.From(
        from product in Gen.Elements(true, false)
        from w in Gen.Choose(1, 20).Select(k => k / 10.0)
        from ka in Gen.Choose(1, 99)
        from kb in Gen.Frequency((3, Gen.Choose(1, 100)), (1, Gen.Constant(100)))
        from seed in Gen.Choose(0, int.MaxValue)
        select new PruneCase(product, w, product ? ka / 100.0 : w * ka / 100.0, product ? kb / 100.0 : Math.Min(kb, 99) / 100.0, (ulong)seed));

    /// <summary>The kept values of <see cref="Draws"/> draws, pruned by the code's rejection step.</summary>
    private static double[] Kept(IDensityLaw law, double a, double b, ulong seed) => SuperUniformPruning.Prune(law, a, b, Draws, new Rng(seed));

    /// <summary>The last instance pruned on this thread and its kept values: an instance's margin and then its bound are
    /// computed one after the other (ExactCheck), and share one pruning of its <see cref="Draws"/> draws.</summary>
    [ThreadStatic] private static (PruneCase Case, double[] Kept)? last;

    private static double[] Kept(PruneCase c)
    {
        if (last is { } l && l.Case == c) return l.Kept;
        var kept = Kept(c.Law, c.A, c.B, c.Seed);
        last = (c, kept);
        return kept;
    }

    /// <summary>The DKW bound at level 10⁻¹² minus the KS distance of the kept values to Unif([−a, a]); also for (a, b)
    /// outside the hypothesis (where min{f, b} ≠ b the kept law is ∝ min{f, b}, and the distance shows it).</summary>
    internal static double? PrunedLawMargin(IDensityLaw law, double a, double b, ulong seed) => PrunedLawMargin(Kept(law, a, b, seed), a);

    private static double? PrunedLawMargin(double[] kept, double a) =>
        kept.Length == 0 ? null : Dkw.Bound(kept.Length, FamilyWise.PerInstanceTest) - Dkw.Distance(kept, x => (x + a) / (2 * a));

    /// <summary>The upper end of the keep rate's Hoeffding interval (level 10⁻¹²; Clopper–Pearson's beta quantile is not
    /// reliable this far out) minus 2ab: negative only when the rate is below 2ab beyond doubt.</summary>
    internal static double KeepRateMargin(IDensityLaw law, double a, double b, ulong seed) =>
        Hoeffding.Interval(Kept(law, a, b, seed).Length / (double)Draws, Draws, FamilyWise.PerInstanceTest).High - 2 * a * b;

    /// <summary>Corollary 10's proof: the pruned sample is uniform.</summary>
    public static Claim PrunedLaw => Define.Exact("Corollary 10",
        "Each member of the pruned sample Ω̃_n = {X_i ∈ [−a, a] : U_i f(X_i) ≤ b} is Unif([−a, a]).",
        $"SuperUniformPruning.Prune on {Draws} draws of an (a, b)-super-uniform law (product of uniforms, or Unif([−w, w]) with a < w), b up to min f on [−a, a]: " +
        "the Kolmogorov–Smirnov distance of the kept values to Unif([−a, a]) against the DKW bound at level 10⁻¹² per instance; " +
        "where b exceeds f on part of [−a, a] the kept law is ∝ min{f, b} ≠ b, and the same test refutes it (product law, a = ½, b = 0.95: tested)",
        () => Cases,
        c => PrunedLawMargin(Kept(c), c.A),
        Variant.Literal, "pruned law", target: ClaimTarget.ProofStep("Corollary 10's proof: the pruned sample is Unif([−a, a])"),
        bound: c => Dkw.Bound(Math.Max(1, Kept(c).Length), FamilyWise.PerInstanceTest),
        mutants:
        [
            new("b ≤ f dropped", MutationKind.HypothesisChanged, "the pruned sample is Unif([−a, a]) also for b = min{2b, 0.99/(2a)}, above f near ±a for the product law",
                c => PrunedLawMargin(c.Law, c.A, Math.Min(2 * c.B, 0.99 / (2 * c.A)), c.Seed)),
        ]);

    /// <summary>Corollary 10's proof: a sample is kept with probability ≥ 2ab.</summary>
    public static Claim KeepRate => Define.Exact("Corollary 10",
        "Pr(X_i ∈ Ω̃_n) ≥ 2ab.",
        $"SuperUniformPruning.Prune on {Draws} draws of an (a, b)-super-uniform law as for the pruned law: the keep rate's Hoeffding interval " +
        "at level 10⁻¹² per instance against 2ab (refuted only if wholly below; under the hypothesis the rate is exactly 2ab, so the bound is met with equality " +
        "and the check fails where b exceeds f on part of [−a, a], e.g. product law, a = ½, b = 0.95: rate 0.70; tested)",
        () => Cases,
        c => KeepRateMargin(c.Law, c.A, c.B, c.Seed),
        Variant.Literal, "keep rate", target: ClaimTarget.ProofStep("Corollary 10's proof: Pr(X_i ∈ Ω̃_n) ≥ 2ab"),
        bound: c => 2 * c.A * c.B, unit: true,
        mutants: [new("2ab → 3ab", MutationKind.ConstantChanged, "Pr(X_i ∈ Ω̃_n) ≥ 3ab", c => KeepRateMargin(c.Law, c.A, c.B, c.Seed) - c.A * c.B)]);

    /// <summary>The ε-paths of product-of-uniforms streams on [−½, ½], exact for ε ∈ (0, 1/3).</summary>
    public static PathExperiment Paths { get; } = new(Claim.StreamOf("Corollary 10", "constant C_{a,b}").Child("paths"),
        (seed, epsMin) => CoveringRadius.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), epsMin, 1.0 / 3, -A, A), 1.0 / 3, 2.5);

    /// <summary>Corollary 10's constant C_{a,b}: the smallest under the statement's quantifiers for one (a, b)-super-uniform
    /// law, the product of uniforms, from ε-paths; C_{a,b} must serve every such law, so this is a lower bound on it (over the
    /// laws tried). The grid experiment is what estimate-c runs.</summary>
    public static Claim Constant => Define.PathConstant("Corollary 10",
        "There is C_{a,b} such that n ≥ C_{a,b} log(1/ε) (a, b)-super-uniform samples make every z ∈ [−a, a] ε-approximable with probability ≥ 1 − ε (ε ∈ (0, 1/3)).",
        "ε-paths of product-of-uniforms streams on [−½, ½] (Lemma 11: (½, (log 2)/2)-super-uniform); C_{a,b} = sup_ε (n*(ε) − 1)/ln(1/ε) "
        + "over the ε the streams reach, with an interval, as for Theorem 6; C_{a,b} must serve every (a, b)-super-uniform law, so the value for this one law "
        + "is a lower bound on it (no \"C ≤ v\" holds on it)",
        Paths, 1, "smallest C_{1/2,(log 2)/2} for the product of uniforms",
        new ConstantExperiment(Claim.StreamOf("Corollary 10", "constant C_{a,b}"), "log(1/ε)", 1,
            eps => [.. (eps ?? Theorem6.EpsGrid).Select(e => new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e),
                seed => StoppingTime.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), e, -A, A)))]),
        Variant.Literal, "constant C_{a,b}",
        target: new ClaimTarget(TargetKind.Statement, "the statement as printed, its C_{1/2,(log 2)/2} bounded from below over the laws tried (the product of uniforms alone): the constant must serve every (½, (log 2)/2)-super-uniform law"),
        lowerBound: "the laws tried (the product of uniforms alone)");

    public static IReadOnlyList<Claim> Claims => [PrunedLaw, KeepRate, Constant];
}
