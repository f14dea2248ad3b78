using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Proposition 17, the steps that hold per instance or as arithmetic: the two conditional bounds
/// (Z_n ≥ 2/3 and, by Proposition 16, Z_n &lt; 2/3), the indicator bound, E[Z_0] ≥ ε, the threshold on n, and the
/// closing case E[Z_{n−1}] &gt; 8/13; and the step that takes E[Z_n·1{Z_n &lt; 2/3}] out as E[Z_n]·Pr(Z_n &lt; 2/3), which the
/// chain of ≥ needs as E[Z_n·1{Z_n &lt; 2/3}] ≥ E[Z_n]·Pr(Z_n &lt; 2/3) — false whenever 0 &lt; Pr(Z_n &lt; 2/3) &lt; 1, since
/// Z_n and 1{Z_n &lt; 2/3} are negatively correlated.</summary>
[Statement(17.5, "Proof of Proposition 17")]
public static class ProofOfProposition17
{
    private static double? Conditional(RsspInstance t, Func<NextDensityLaw, double?> margin) => margin(NextDensityLaw.Of(t.Samples, t.Eps));

    public static Claim SecondTerm => Define.Exact("Proof of Proposition 17",
        "E[Z_{n+1} | X_1..X_n, Z_n ≥ 2/3] ≥ 2/3.",
        "the exact conditional expectation on instances with Z_n ≥ 2/3; margin E[Z_{n+1} | X_1..X_n] − 2/3",
        () => RsspGens.Arbitrary(extra: 12), t => Conditional(t, law => law.Zn >= 2.0 / 3 ? law.Expectation - 2.0 / 3 : null),
        variantName: "second term", tolerance: Tolerance.UnitSums, bound: _ => 2.0 / 3, side: Side.AtLeast, unit: true,
        target: ClaimTarget.ProofStep("the bound on the second conditional expectation, in the proof of Proposition 17"),
        mutants: [new("2/3 → 1", MutationKind.ConstantChanged, "E[Z_{n+1} | X_1..X_n, Z_n ≥ 2/3] ≥ 1.", t => Conditional(t, law => law.Zn >= 2.0 / 3 ? law.Expectation - 1 : null))]);

    public static Claim ByProposition16 => Define.Exact("Proof of Proposition 17",
        "By Proposition 16, E[Z_{n+1} | X_1..X_n, Z_n < 2/3] ≥ Z_n(1 + 1/12).",
        "the exact conditional expectation on instances with Z_n < 2/3; margin E[Z_{n+1} | X_1..X_n] − Z_n(1 + 1/12)",
        () => RsspGens.Arbitrary(), t => Conditional(t, law => law.Zn < 2.0 / 3 ? law.Expectation - law.Zn * 13 / 12 : null),
        variantName: "use of Proposition 16", tolerance: Tolerance.UnitSums,
        bound: t => NextDensityLaw.Of(t.Samples, t.Eps).Zn * 13 / 12, side: Side.AtLeast, unit: true,
        target: ClaimTarget.ProofStep("use of Proposition 16 in the proof of Proposition 17 (Z_n < 2/3 gives the factor 1 + 1/12)"),
        mutants: [new("1 + 1/12 → 1 + 1/2", MutationKind.ConstantChanged, "E[Z_{n+1} | X_1..X_n, Z_n < 2/3] ≥ Z_n(1 + 1/2).", t => Conditional(t, law => law.Zn < 2.0 / 3 ? law.Expectation - law.Zn * 1.5 : null))]);

    public static Claim IndicatorBound => Define.Exact("Proof of Proposition 17",
        "m(1 + 1/12)(1 − q) + (2/3)q = m(1 + 1/12) + (2/3 − m(1 + 1/12))q ≥ m(1 + 1/12)·1[m(1 + 1/12) ≤ 2/3], for m = E[Z_n] ∈ [0, 1] and q = Pr(Z_n ≥ 2/3) ∈ [0, 1].",
        "m and q across [0, 1] (ends included); margin min(−|left − middle|, middle − right)",
        () => Arb.From(from m in RsspGens.Point(0, 1) from q in RsspGens.Point(0, 1) select (M: m, Q: q)),
        p =>
        {
            var g = p.M * 13 / 12;
            var (left, middle) = (g * (1 - p.Q) + 2.0 / 3 * p.Q, g + (2.0 / 3 - g) * p.Q);
            return Math.Min(-Math.Abs(left - middle), middle - (g <= 2.0 / 3 ? g : 0));
        }, variantName: "indicator bound", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("the indicator bound, in the proof of Proposition 17"),
        mutants: [new("indicator dropped", MutationKind.HypothesisChanged, "m(1 + 1/12) + (2/3 − m(1 + 1/12))q ≥ m(1 + 1/12).", p => { var g = p.M * 13 / 12; return (2.0 / 3 - g) * p.Q; })]);

    public static Claim StartAtEps => Define.Exact("Proof of Proposition 17",
        "E[Z_0] ≥ ε: with no samples only [−ε, ε] is ε-approximable, Z_0 = ε.",
        "Z_0 from the exact set of the empty sample, ε across (0, 1/3); margin Z_0 − ε",
        () => Arb.From(ProofGens.Eps), eps => Approximable.Density([], eps) - eps, variantName: "E[Z_0] ≥ ε", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("E[Z_0] ≥ ε, in the proof of Proposition 17"),
        mutants: [new("ε → 2ε", MutationKind.ConstantChanged, "E[Z_0] ≥ 2ε.", eps => Approximable.Density([], eps) - 2 * eps)]);

    public static Claim Threshold => Define.Exact("Proof of Proposition 17",
        "If n ≥ log(1/(2ε))/log(13/12) then ε(1 + 1/12)^{n+1} ≥ ½, so the chain gives E[Z_n] ≥ ½·1[…]; otherwise E[Z_{n−1}](1 + 1/12) > 2/3 gives E[Z_{n−1}] > 8/13 > ½.",
        "ε across (0, 1/3), n from the least admitted up; m across [0, 1]; margin min(ε(13/12)^{n+1} − ½, and where m·13/12 > 2/3: m − 8/13 (strict), 8/13 − ½)",
        () => Arb.From(from e in ProofGens.Eps from j in Gen.Choose(0, 5) from m in RsspGens.Point(0, 1) select (Eps: e, J: j, M: m)),
        p =>
        {
            var n = (int)Math.Ceiling(Math.Log(1 / (2 * p.Eps)) / Math.Log(13.0 / 12)) + p.J;
            var first = p.Eps * Math.Pow(13.0 / 12, n + 1) - 0.5;
            var other = p.M * 13 / 12 > 2.0 / 3 ? ExactCheck.Strict(p.M - 8.0 / 13) : 1;
            return Math.Min(Math.Min(first, other), 8.0 / 13 - 0.5);
        }, variantName: "threshold and the other case", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("the threshold on n and the case E[Z_{n−1}] > 8/13, in the proof of Proposition 17"),
        mutants: [new("growth 13/12 → 25/24", MutationKind.ConstantChanged, "ε(1 + 1/24)^{n+1} ≥ ½ at the same n.", p => p.Eps * Math.Pow(25.0 / 24, (int)Math.Ceiling(Math.Log(1 / (2 * p.Eps)) / Math.Log(13.0 / 12)) + p.J + 1) - 0.5)]);

    /// <summary>The grid of the product step: ε and the n around which Pr(Z_n &lt; 2/3) is far from 0 and 1.</summary>
    public static IReadOnlyList<(double Eps, int N)> ProductGrid { get; } = [(0.1, 4), (0.1, 5), (0.01, 7), (0.01, 8)];

    /// <summary>One trial of the product step: Z_n and Z′_n of two independent samples; (Z_n·1{Z′_n &lt; 2/3} −
    /// Z_n·1{Z_n &lt; 2/3} + 1)/2, whose mean is (E[Z_n]Pr(Z_n &lt; 2/3) − E[Z_n·1{Z_n &lt; 2/3}] + 1)/2.</summary>
    public static double ProductTrial(ulong seed, double eps, int n)
    {
        var rng = new Rng(seed);
        var (z, other) = (Approximable.Density(rng.Symmetric(n), eps), Approximable.Density(rng.Symmetric(n), eps));
        return (z * (other < 2.0 / 3 ? 1 : 0) - z * (z < 2.0 / 3 ? 1 : 0) + 1) / 2;
    }

    public static Claim ProductOfExpectations => Define.Mean("Proof of Proposition 17",
        "E[Z_n(1 + 1/12)·Pr(Z_n < 2/3) + (2/3) Pr(Z_n ≥ 2/3)] = E[Z_n](1 + 1/12) Pr(Z_n < 2/3) + (2/3) Pr(Z_n ≥ 2/3), where the first Pr(Z_n < 2/3) stands for the indicator given X_1..X_n: used in the chain of ≥ as E[Z_n·1{Z_n < 2/3}] ≥ E[Z_n]·Pr(Z_n < 2/3).",
        "pairs of independent draws (Z_n, Z′_n): the mean of Z_n·1{Z′_n < 2/3} − Z_n·1{Z_n < 2/3}, which is E[Z_n]Pr(Z_n < 2/3) − E[Z_n·1{Z_n < 2/3}], mapped to [0, 1]; Hoeffding interval against ½ (the difference ≤ 0), at ε and n where Pr(Z_n < 2/3) is neither 0 nor 1",
        _ => [.. ProductGrid.Select(p => new GridPoint($"eps = {p.Eps}, n = {p.N}", 0.5, Side.AtMost, false, seed => ProductTrial(seed, p.Eps, p.N)))],
        variantName: "expectation of the product",
        target: ClaimTarget.ProofStep("E[Z_n·1{Z_n < 2/3}] taken out as E[Z_n]·Pr(Z_n < 2/3), in the proof of Proposition 17"),
        mutants:
        [
            // The corrected step: the difference is Cov(Z_n, 1{Z_n ≥ 2/3}) = q(1 − q)(E[Z_n | Z_n ≥ 2/3] − E[Z_n | Z_n < 2/3]) with
            // q = Pr(Z_n ≥ 2/3) and Z_n ∈ [ε, 1], at most ¼(1 − ε): the chain survives with that term subtracted. The bound lies
            // strictly inside the mapped range (0.61–0.62 of [0, 1]), so the trials decide it; it is derived, not read off them.
            new("≤ 0 → ≤ ¼(1 − ε)", MutationKind.BoundLoosened,
                "E[Z_n]Pr(Z_n < 2/3) − E[Z_n·1{Z_n < 2/3}] ≤ ¼(1 − ε) (the covariance's bound q(1 − q)(1 − ε)): the chain with that term subtracted",
                grid => [.. grid.Zip(ProductGrid, (p, q) => p with { Bound = (1 + (1 - q.Eps) / 4) / 2 })]),
        ]);

    /// <summary>The grid of the unrolling step: (ε, n) with 2ⁿε·(1 + 1/12) ≤ 2/3. There E[Z_n] ≤ 2ⁿε (Y_n is 1 on the
    /// union of 2ⁿ intervals of length 2ε, one per subset sum), so the step's indicator 1[E[Z_n](1 + 1/12) ≤ 2/3] is 1 for
    /// certain and the step claims E[Z_{n+1}] ≥ ε(1 + 1/12)^{n+1}.</summary>
    public static IReadOnlyList<(double Eps, int N)> UnrollingGrid { get; } = [(0.1, 1), (0.1, 2), (0.01, 3), (0.01, 5), (0.001, 6), (0.001, 8)];

    private static IReadOnlyList<GridPoint> UnrollingPoints(double growth) =>
        [.. UnrollingGrid.Select(p => new GridPoint($"eps = {p.Eps}, n = {p.N}", p.Eps * Math.Pow(growth, p.N + 1), Side.AtLeast, false,
            seed => Approximable.Density(new Rng(seed).Symmetric(p.N + 1), p.Eps)))];

    public static Claim Unrolling => Define.Mean("Proof of Proposition 17",
        "Since Z_n ≥ Z_{n−1}, the chain unrolls to E[Z_{n+1}] ≥ E[Z_0](1 + 1/12)^{n+1}·1[E[Z_n](1 + 1/12) ≤ 2/3] ≥ ε(1 + 1/12)^{n+1}·1[E[Z_n](1 + 1/12) ≤ 2/3].",
        "E[Z_{n+1}] by trials (exact Z_{n+1} of n + 1 uniform samples), Hoeffding interval, against ε(13/12)^{n+1} at (ε, n) where 2ⁿε·13/12 ≤ 2/3 (so the indicator is 1 for certain: E[Z_n] ≤ 2ⁿε)",
        _ => UnrollingPoints(13.0 / 12),
        variantName: "unrolling",
        target: ClaimTarget.ProofStep("the unrolling E[Z_{n+1}] ≥ E[Z_0](1 + 1/12)^{n+1}·1[…], in the proof of Proposition 17"),
        mutants: [new("1 + 1/12 → 3", MutationKind.BeyondKnownBound, "E[Z_{n+1}] ≥ ε·3^{n+1} where the indicator is 1: more than the 2^{n+1}ε any n + 1 samples can cover, so the counting bound already excludes it.",
            _ => UnrollingPoints(3))]);

    public static IReadOnlyList<Claim> Claims => [SecondTerm, ByProposition16, IndicatorBound, StartAtEps, Threshold, ProductOfExpectations, Unrolling];
}
