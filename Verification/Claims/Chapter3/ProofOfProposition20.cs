using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Proposition 20, step by step: the partition I_0..I_{α+1} of (0, 1], the transition
/// Pr(Z_{n+1} ∈ I_{i+1} | Z_n ∈ I_i) ≥ p_β (false as printed: Z_{n+1} may jump past I_{i+1}; true for I_{i+1} ∪ … ∪ I_{α+1}),
/// the domination Eq. 3.10, Eq. 3.10's sum of α + 1 geometrics set equal to Eq. 3.11's of α + 2, the use of Theorem 21
/// (t = np_β − α − 1 must be positive), and the last sentence, which reads the printed statement off Eq. 3.12.</summary>
[Statement(20.5, "Proof of Proposition 20")]
public static class ProofOfProposition20
{
    /// <summary>The partition's ends: I_0 = (0, ε], I_i = (ε(1+β)^{i−1}, ε(1+β)^i] for 1 ≤ i ≤ α − 1, I_α = (ε(1+β)^{α−1}, ½], I_{α+1} = (½, 1].</summary>
    public static (double Lo, double Hi) Part(double beta, double eps, int i)
    {
        var alpha = FirstPhaseTail.Alpha(beta, eps);
        var lo = i == 0 ? 0 : i == alpha + 1 ? 0.5 : eps * Math.Pow(1 + beta, i - 1);
        var hi = i == 0 ? eps : i < alpha ? eps * Math.Pow(1 + beta, i) : i == alpha ? 0.5 : 1;
        return (lo, hi);
    }

    /// <summary>The i with Z_n ∈ I_i.</summary>
    public static int PartOf(double beta, double eps, double zn)
    {
        var i = 0;
        while (zn > Part(beta, eps, i).Hi) i++;
        return i;
    }

    private static Arbitrary<(RsspInstance Instance, double Beta)> Cases =>
        Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid, extra: 2) from b in ProofGens.Beta select (t, b));

    /// <summary>Pr(Z_{n+1} &gt; lo | X_1..X_n) − Pr(Z_{n+1} &gt; hi | X_1..X_n) − p_β for the part after Z_n's (up to I_{α+1}
    /// when <paramref name="union"/>), where Z_n ≤ ½.</summary>
    private static double? TransitionMargin(RsspInstance t, double beta, bool union)
    {
        var law = NextDensityLaw.Of(t.Samples, t.Eps);
        if (law.Zn > 0.5 || t.Eps >= 0.5) return null;
        var alpha = FirstPhaseTail.Alpha(beta, t.Eps);
        var next = Part(beta, t.Eps, PartOf(beta, t.Eps, law.Zn) + 1);
        var above = (double x) => law.ProbabilityAtLeast(Math.BitIncrement(x));
        var pr = above(next.Lo) - (union || next.Hi >= 1 ? 0 : above(next.Hi));
        return pr - GrowthProbability.PBeta(beta);
    }

    public static Claim PartitionIsOne => Define.Exact("Proof of Proposition 20",
        "I_0 = (0, ε], I_i = (ε(1+β)^{i−1}, ε(1+β)^i] (1 ≤ i ≤ α − 1), I_α = (ε(1+β)^{α−1}, ½], I_{α+1} = (½, 1] partition (0, 1]: ε(1+β)^{α−1} < ½ ≤ ε(1+β)^α, so I_α is not empty.",
        "α from its formula, β across (0, 1/8), ε across (0, 1/3); margin min(½ − ε(1+β)^{α−1} (strict), ε(1+β)^α − ½) relative to ½",
        () => Arb.From(from b in ProofGens.Beta from e in ProofGens.Eps select (Beta: b, Eps: e)),
        p =>
        {
            var alpha = FirstPhaseTail.Alpha(p.Beta, p.Eps);
            var below = 0.5 - p.Eps * Math.Pow(1 + p.Beta, alpha - 1);
            var above = p.Eps * Math.Pow(1 + p.Beta, alpha) - 0.5;
            return 2 * Math.Min(ExactCheck.Strict(below), above);
        }, variantName: "the partition", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("the partition I_0..I_{α+1} of (0, 1], in the proof of Proposition 20"),
        mutants: [new("α → α + 1", MutationKind.ConstantChanged, "ε(1+β)^{α} < ½ ≤ ε(1+β)^{α+1}.", p => ExactCheck.Strict(0.5 - p.Eps * Math.Pow(1 + p.Beta, FirstPhaseTail.Alpha(p.Beta, p.Eps))))]);

    public static Claim TransitionAsPrinted => Define.Exact("Proof of Proposition 20",
        "By the law of total probability, it directly follows from Proposition 18 that Pr(Z_{n+1} ∈ I_{i+1} | Z_n ∈ I_i) ≥ p_β.",
        "given X_1..X_n with Z_n ≤ ½ in I_i, the exact law of Z_{n+1}: Pr(Z_{n+1} ∈ I_{i+1}) against p_β, β across (0, 1/8)",
        () => Cases, p => TransitionMargin(p.Instance, p.Beta, union: false), variantName: "transition to the next part as printed",
        bound: p => GrowthProbability.PBeta(p.Beta), side: Side.AtLeast, unit: true,
        describe: p => $"{p.Instance}, β = {p.Beta:R}: Pr(Z_{{n+1}} ∈ I_{{i+1}}) − p_β = {TransitionMargin(p.Instance, p.Beta, union: false):G4}",
        target: ClaimTarget.ProofStep("Pr(Z_{n+1} ∈ I_{i+1} | Z_n ∈ I_i) ≥ p_β, in the proof of Proposition 20"),
        mutants: [new("I_{i+1} → I_{i+1} ∪ … ∪ I_{α+1}", MutationKind.HypothesisChanged, "Pr(Z_{n+1} ∈ I_{i+1} ∪ … ∪ I_{α+1} | Z_n ∈ I_i) ≥ p_β.", p => TransitionMargin(p.Instance, p.Beta, union: true))]);

    public static Claim TransitionOnwards => Define.Exact("Proof of Proposition 20",
        "Pr(Z_{n+1} ∈ I_{i+1} ∪ … ∪ I_{α+1} | X_1..X_n, Z_n ∈ I_i) ≥ p_β for i ≤ α: Z_n(1 + β) exceeds I_{i+1}'s left end, so Proposition 18 gives it — the event the coupling of Eq. 3.9 uses.",
        "as printed, the event Z_{n+1} > I_{i+1}'s left end",
        () => Cases, p => TransitionMargin(p.Instance, p.Beta, union: true), Variant.Intended, "transition to the next part or beyond", tolerance: Tolerance.UnitSums,
        bound: p => GrowthProbability.PBeta(p.Beta), side: Side.AtLeast, unit: true, target: ClaimTarget.ProofStep("transition to the next part or beyond: the evident reading of a step of the proof of Proposition 20"),
        mutants: [new("p_β → 1", MutationKind.ConstantChanged, "Pr(Z_{n+1} ∈ I_{i+1} ∪ … | Z_n ∈ I_i) ≥ 1.", p => TransitionMargin(p.Instance, p.Beta, union: true) + GrowthProbability.PBeta(p.Beta) - 1)]);

    public static Claim Eq310 => Define.Probability("Proof of Proposition 20",
        "Eq. 3.10: Pr(Z_n ≤ ½) ≤ Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n), Z_i^{(↑)} ~ Geom(p_β) i.i.d.: the geometric coupling dominates the process.",
        "Pr(Z_n ≤ ½) by trials against the tail Pr(Bin(n, p_β) ≤ α) (= Pr(Σ_{i=0}^{α} Geom_i > n), Eq. 3.11's identity), β = 1/16, at n = ⌈(α + 1)/p_β⌉/4 and ⌈(α + 1)/p_β⌉, Clopper–Pearson",
        _ => new[] { 0.3, 0.1, 0.01 }.SelectMany(eps => new[] { 4, 1 }.Select(div => (eps, n: Math.Max(1, Proposition20.Boundary(1.0 / 16, eps) / div))))
            .Select(q => new GridPoint($"beta = 0.0625, eps = {q.eps}, n = {q.n}",
                BinomialTail.AtMost(GrowthProbability.PBeta(1.0 / 16), q.n, FirstPhaseTail.Alpha(1.0 / 16, q.eps)), Side.AtMost, false,
                seed => Approximable.Density(new Rng(seed).Symmetric(q.n), q.eps) <= 0.5 ? 1 : 0)).ToArray(),
        variantName: "Eq. 3.10", target: ClaimTarget.ProofStep("Eq. 3.10 (domination by the geometric coupling), in the proof of Proposition 20"),
        mutants: [new("p_β → 1", MutationKind.ConstantChanged,
            "Pr(Z_n ≤ ½) ≤ Pr(Bin(n, 1) ≤ α) = 0 for n > α: the coupling without its stalls (every sample moves Z_n up a part), at n = α + 1, β = 1/16, ε = 0.3 and 0.1. "
            + "Plain trials do not see Z_n ≤ ½ there (none of 20 000 uniform streams at ε = 0.3 from n = 6 on), so the trials draw the samples from a proposal q with the same null sets (fair signs, magnitudes the product of "
            + $"{StallFactors} uniforms, a density positive on (0, 1)): Pr_q(Z_n ≤ ½) > 0 ⟺ Pr(Z_n ≤ ½) > 0, so \"≤ 0\" is decided under q exactly as under the uniform law",
            _ => [.. new[] { 0.3, 0.1 }.Select(eps => (eps, n: FirstPhaseTail.Alpha(1.0 / 16, eps) + 1)).Select(q => new GridPoint(
                $"beta = 0.0625, eps = {q.eps}, n = alpha + 1 = {q.n}, samples from the proposal q", 0, Side.AtMost, false,
                seed => Approximable.Density(Stalling(new Rng(seed), q.n), q.eps) <= 0.5 ? 1 : 0))])]);

    /// <summary>The factors of the proposal's magnitudes: with |x| the product of this many uniforms, Z_{α+1} ≤ ½ at β = 1/16
    /// has probability about 0.24 at ε = 0.3 (n = 10) and 0.008 at ε = 0.1 (n = 28), measured over 2000 streams each,
    /// where 2000 uniform streams never show it.</summary>
    internal const int StallFactors = 4;

    /// <summary>n samples with fair signs and magnitudes the product of <see cref="StallFactors"/> uniforms on (0, 1).</summary>
    internal static double[] Stalling(Rng rng, int n)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = rng.NextSymmetric();
            for (var k = 1; k < StallFactors; k++) x[i] *= rng.NextUnit();
        }
        return x;
    }

    private static Arbitrary<(double P, int Alpha, int N)> TailCases =>
        Arb.From(from p in Gen.Choose(1, 99) from alpha in Gen.Choose(0, 12) from n in Gen.Choose(1, 120) select (P: p / 100.0, Alpha: alpha, N: n));

    public static Claim SumIndexAsPrinted => Define.Exact("Proof of Proposition 20",
        "Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n) (Eq. 3.10's right side) = Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) (Eq. 3.11's left side).",
        "both tails by convolving the geometric laws (Proposition20.GeometricSumTail); margin −|1 − tail(α + 1 terms)/tail(α + 2 terms)| (relative, so that tails far below 10⁻¹² count)",
        () => TailCases, t => -Math.Abs(IndexShortfall(t)),
        variantName: "Eq. 3.10 to Eq. 3.11 as printed", tolerance: Tolerance.GeometricTailRelative,
        describe: t => $"p_β = {t.P}, α = {t.Alpha}, n = {t.N}: the tail of α + 1 geometrics (Eq. 3.10) is {Proposition20.GeometricSumTail(t.P, t.Alpha + 1, t.N):G4}, that of α + 2 (Eq. 3.11) {Proposition20.GeometricSumTail(t.P, t.Alpha + 2, t.N):G4}",
        target: ClaimTarget.ProofStep("Eq. 3.10's sum over i = 0..α equated with Eq. 3.11's over i = 0..α + 1, in the proof of Proposition 20"),
        mutants: [new("= → ≤", MutationKind.BoundLoosened, "Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n) ≤ Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n): the equality relaxed to the inequality one more term gives.",
            t => IndexShortfall(t))]);

    /// <summary>1 − tail(α + 1 terms)/tail(α + 2 terms): how far Eq. 3.10's tail lies below Eq. 3.11's, relative to the latter.</summary>
    private static double IndexShortfall((double P, int Alpha, int N) t) =>
        Proposition20.RelativeShortfall(Proposition20.GeometricSumTail(t.P, t.Alpha + 1, t.N), Proposition20.GeometricSumTail(t.P, t.Alpha + 2, t.N));

    public static Claim SumIndexBound => Define.Exact("Proof of Proposition 20",
        "Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n) ≤ Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n): one more term only raises the tail, so Eq. 3.11–3.12 still bound Eq. 3.10.",
        "as printed, margin 1 − tail(α + 1 terms)/tail(α + 2 terms) (relative, so that tails far below 10⁻¹² count)",
        () => TailCases, t => IndexShortfall(t),
        Variant.Intended, "Eq. 3.10 bounded by Eq. 3.11", tolerance: Tolerance.GeometricTailRelative, bound: _ => 1, target: ClaimTarget.ProofStep("Eq. 3.10 bounded by Eq. 3.11: the evident reading of a step of the proof of Proposition 20"),
        mutants: [new("≤ → ≥", MutationKind.DirectionFlipped, "Pr(Σ_{i=0}^{α} Z_i > n) ≥ Pr(Σ_{i=0}^{α+1} Geom_i > n).", t => -IndexShortfall(t))]);

    /// <summary>β = a/b with 8a &lt; b, ε, and how far n lies above ⌈(α + 1)/p_β⌉: p_β = (b − 8a)/(8(b − a)) exactly.</summary>
    public sealed record RationalCase(int A, int B, double Eps, int Extra)
    {
        public double Beta => (double)A / B;

        public int Alpha => FirstPhaseTail.Alpha(Beta, Eps);

        /// <summary>The least n with n ≥ (α + 1)/p_β, plus Extra; in integers: (α + 1)/p_β = (α + 1)·8(b − a)/(b − 8a).</summary>
        public long N
        {
            get
            {
                long num = (Alpha + 1L) * 8 * (B - A), den = B - 8L * A;
                return (num + den - 1) / den + Extra;
            }
        }

        /// <summary>8(b − a)·(n p_β − α − 1) = n(b − 8a) − 8(b − a)(α + 1), exactly.</summary>
        public long ScaledExcess => N * (B - 8L * A) - 8L * (B - A) * (Alpha + 1);

        public override string ToString() => $"beta = {A}/{B}, eps = {Eps:R}, alpha = {Alpha}, n = {N}";
    }

    public static Arbitrary<RationalCase> RationalCases => Arb.From(
        from ab in Gen.Frequency(
            (2, Gen.Elements((1, 16), (1, 15), (1, 24), (1, 10))),
            (8, from b in Gen.Choose(9, 2000) from a in Gen.Choose(1, (b - 1) / 8) select (a, b)))
        from eps in Gen.Elements(RsspGens.EpsGrid.ToArray())
        from extra in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        select new RationalCase(ab.Item1, ab.Item2, eps, extra));

    public static Claim Theorem21Hypotheses => Define.Exact("Proof of Proposition 20",
        "Theorem 21's hypotheses where the proof uses it (Eq. 3.12, with E[X] − t = np_β − t = α + 1): t = np_β − α − 1 > 0 for every n the statement admits, n ≥ (α + 1)/p_β.",
        "β = a/b rational, p_β = (b − 8a)/(8(b − a)) and n p_β − α − 1 in exact integer arithmetic, at the least admitted n and a few above; margin sign of t (strict)",
        () => RationalCases, c => ExactCheck.Strict(c.ScaledExcess), variantName: "use of Theorem 21: hypotheses",
        describe: c => $"{c}: 8(b − a)·t = {c.ScaledExcess} in integers, so t = np_β − α − 1 {(c.ScaledExcess > 0 ? "> 0" : c.ScaledExcess == 0 ? "= 0, where Theorem 21 needs t > 0" : "< 0, where Theorem 21 needs t > 0")}",
        target: ClaimTarget.ProofStep("use of Theorem 21 in the proof of Proposition 20: hypotheses (t = np_β − α − 1 > 0 at every admitted n)"),
        mutants: [new("n ≥ (α + 1)/p_β + 1", MutationKind.HypothesisChanged, "t = np_β − α − 1 > 0 at every n ≥ (α + 1)/p_β + 1 (the least admitted n raised by one).",
            c => ExactCheck.Strict((c with { Extra = c.Extra + 1 }).ScaledExcess))]);

    /// <summary>n = ⌊(α + 1)/p_β⌋ + Extra: Extra ≥ 1 above the least n the statement admits.</summary>
    private static int SizeAbove((double Beta, double Eps, int Extra) p) => (int)Math.Floor((FirstPhaseTail.Alpha(p.Beta, p.Eps) + 1) / GrowthProbability.PBeta(p.Beta)) + p.Extra;

    private static Arbitrary<(double Beta, double Eps, int Extra)> AboveBoundary =>
        Arb.From(from b in ProofGens.Beta from e in ProofGens.Eps from extra in Gen.Choose(1, 5000) select (Beta: b, Eps: e, Extra: extra));

    public static Claim ThesisAsPrinted => Define.Exact("Proof of Proposition 20",
        "The thesis follows by considering the complementary event in Eq. 3.12: 1 − exp(−2(np_β − α − 1)²/n) ≥ 1 − exp(−(2p_β²/n)(n − α/p_β)²), the printed bound.",
        "both bounds (FirstPhaseTail) in floating point for n above (α + 1)/p_β, β across (0, 1/8), ε across (0, 1/3); margin what Eq. 3.12 gives − the printed bound",
        () => AboveBoundary,
        p => ThesisGap(p), variantName: "the thesis from Eq. 3.12 as printed",
        bound: p => FirstPhaseTail.LowerBound(p.Beta, p.Eps, SizeAbove(p)), side: Side.AtLeast, unit: true,
        describe: p =>
        {
            var n = SizeAbove(p);
            return $"β = {p.Beta:R}, ε = {p.Eps:R}, n = {n}: Eq. 3.12 leaves the tail exp(−2(np_β − α − 1)²/n) = {FirstPhaseTail.Eq312UpperBound(p.Beta, p.Eps, n):G4}, "
                + $"the printed bound needs exp(−(2p_β²/n)(n − α/p_β)²) = {1 - FirstPhaseTail.LowerBound(p.Beta, p.Eps, n):G4}";
        },
        target: ClaimTarget.ProofStep("the printed bound read off Eq. 3.12 (last sentence of the proof of Proposition 20)"),
        mutants: [new("≥ → ≤", MutationKind.DirectionFlipped, "1 − exp(−2(np_β − α − 1)²/n) ≤ the printed bound.", p => -ThesisGap(p))]);

    /// <summary>What Eq. 3.12 gives, 1 − exp(−2(np_β − α − 1)²/n), minus the printed bound, at n = <see cref="SizeAbove"/>.</summary>
    private static double ThesisGap((double Beta, double Eps, int Extra) p)
    {
        var n = SizeAbove(p);
        return 1 - FirstPhaseTail.Eq312UpperBound(p.Beta, p.Eps, n) - FirstPhaseTail.LowerBound(p.Beta, p.Eps, n);
    }

    /// <summary>−|Eq. 3.12's tail − exp(−(2p_β²/n)(n − (α + k)/p_β)²)| relative to the latter: 0 when the algebra with α + k holds.</summary>
    private static double ReadingGap((double Beta, double Eps, int Extra) p, int k)
    {
        var pb = GrowthProbability.PBeta(p.Beta);
        var n = SizeAbove(p);
        var gap = n - (FirstPhaseTail.Alpha(p.Beta, p.Eps) + k) / pb;
        var reading = Math.Exp(-2 * pb * pb / n * gap * gap);
        return -Math.Abs(FirstPhaseTail.Eq312UpperBound(p.Beta, p.Eps, n) - reading) / Math.Max(reading, 1e-300);
    }

    public static Claim ThesisFromEq312 => Define.Exact("Proof of Proposition 20",
        "What Eq. 3.12 gives: Pr(Z_n > ½) ≥ 1 − exp(−(2p_β²/n)(n − (α + 1)/p_β)²) for n > (α + 1)/p_β — the printed statement with α + 1 in place of α (and ≥ for >).",
        "the algebra 2(np_β − α − 1)²/n = (2p_β²/n)(n − (α + 1)/p_β)² in floating point; margin −relative difference",
        () => AboveBoundary,
        p => ReadingGap(p, 1), Variant.Intended, "the thesis with α + 1", tolerance: Tolerance.BinomialTailRelative, target: ClaimTarget.ProofStep("the thesis with α + 1: the evident reading of a step of the proof of Proposition 20"),
        mutants: [new("α + 1 → α", MutationKind.ConstantChanged, "2(np_β − α − 1)²/n = (2p_β²/n)(n − α/p_β)².", p => ReadingGap(p, 0))]);

    public static IReadOnlyList<Claim> Claims =>
        [PartitionIsOne, TransitionAsPrinted, TransitionOnwards, Eq310, SumIndexAsPrinted, SumIndexBound, Theorem21Hypotheses, ThesisAsPrinted, ThesisFromEq312];
}
