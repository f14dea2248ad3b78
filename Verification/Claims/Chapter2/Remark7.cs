using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Remark 7: Lueker gives C ≤ 2(1 + log e); the Chapter 3 approach gives 742.27 log(1/(2ε)); each as a value of Theorem 6's C, with the counting lower bound.</summary>
[Statement(7, "Remark 7")]
public static class Remark7
{
    /// <summary>"n ≥ size(ε) samples cover [−1, 1] with probability ≥ 1 − ε for every ε ∈ (0, 1/3)", against n*(ε) from
    /// Theorem 6's ε-paths (the same streams): refuted where the sample size falls below n*(ε) just under one of its jumps.</summary>
    private static Claim Uniform(string variantName, string statement, Func<double, double> size, string sizeName, IReadOnlyList<double> factors, ClaimTarget target,
        Variant variant = Variant.Literal) =>
        Define.PrintedSize("Remark 7", statement,
            "n*(ε) for every ε from Theorem 6's ε-paths; the printed size s(ε) against n*(ε) − 1 at each jump ε_{n−1} (s decreases in ε, so "
            + "the worst ε of the piece [ε_n, ε_{n−1}) is its upper end); refuted when a jump's lower confidence end already falls short",
            Theorem6.Paths, size, sizeName, factors, variant, variantName, target);

    /// <summary>The proof's constant C(ε) = n(β, ε)/ln(1/(2ε)) (β minimising its sup), read three ways, each with its own
    /// number: its limit as ε → 0 (at ε = 10⁻¹⁰⁰, where it has settled), the largest ε up to which n(β, ε) ≤ 742.27·ln(1/(2ε))
    /// throughout (the grid's resolution), and its sup over (0, 1/3) (the grid dense near 1/3). Exact arithmetic on the
    /// proof's formulas, no sampling: the outcome is estimated, the numbers are computed.</summary>
    private static Claim ProofReadings => Define.Estimated(new("Remark 7", Variant.Intended, "the proof's constant: limit, reach of 742.27, sup", ClaimKind.Constant,
        "The Chapter 3 approach leads to n ≥ 742.27 log(1/(2ε)): the constant C(ε) = n(β, ε)/ln(1/(2ε)) of the proof with its steps made explicit, read as its limit as ε → 0, as the largest ε up to which 742.27 suffices, and as its sup over (0, 1/3).",
        "the proof's sample size n(β, ε) (Bounds.ProofConstant, β minimising the sup) over 400 log-spaced ε from 10⁻¹² to 0.01 and 2000 evenly spaced up to 1/3, and at ε = 10⁻¹⁰⁰",
        ctx =>
        {
            double Ratio(double e) => ProofConstant.SampleSize(BestBeta, e, SecondPhaseBound.Lemma23Printed) / Math.Log(1 / (2 * e));
            var grid = ProofConstant.DefaultEpsGrid;
            var limit = Ratio(1e-100);
            var printed = CoverageConstants.Chapter3Printed;
            var shortAt = Enumerable.Range(0, grid.Count).FirstOrDefault(i => Ratio(grid[i]) > printed, -1);
            // Where 742.27 suffices: up to the point before the first short one, over the whole grid if none is short, nowhere if the first is.
            var reachText = shortAt switch
            {
                -1 => $"742.27 suffices on the whole grid (up to ε = {grid[^1]:G4})",
                0 => $"742.27 falls short already at the grid's first point, ε = {grid[0]:G4}",
                _ => $"742.27 suffices for ε ≤ {grid[shortAt - 1]:G4} (the grid's next point, {grid[shortAt]:G4}, needs more)",
            };
            var reach = shortAt switch { -1 => grid[^1], 0 => 0, _ => grid[shortAt - 1] };
            var (supEps, sup) = grid.Select(e => (e, Ratio(e))).MaxBy(t => t.Item2);
            Observation Read(string where, double value, double bound) => new(where, 1, value, value, value, bound, Checking.Outcome.Estimated);
            var observations = new[]
            {
                Read("limit as ε → 0 (C(10⁻¹⁰⁰))", limit, printed),
                // An ε, not a constant: no bound to compare it with.
                Read($"largest grid ε up to which 742.27 suffices throughout: ε = {reach:G4}", reach, double.NaN),
                Read($"sup over (0, 1/3): at ε = {supEps:G4}", sup, printed),
            };
            string Against(double c, string reading) => c <= printed ? $"not above 742.27: {reading} holds" : $"above 742.27: {reading} is refuted";
            return new Verdict.Estimated(new Evidence(grid.Count + 1, null, $"ε = {supEps:G4}", new ReplayToken.MasterSeed(ctx.MasterSeed), observations,
                    $"the proof's C(ε): toward its limit as ε → 0, C(10⁻¹⁰⁰) ≈ {limit:G5} ({Against(limit, "that reading")}); {reachText}; "
                    + $"sup over (0, 1/3) ≈ {sup:G5} at ε = {supEps:G4} ({Against(sup, "the reading 'for every ε ∈ (0, 1/3)'")}, see [the proof's constant made explicit])"),
                new ConstantEstimate(sup, $"ε = {supEps:G4}", sup, sup));
        }) { Target = ClaimTarget.Construction("the accounting of Chapter 3's proof: its constant with its steps made explicit (best β), read three ways") }, null);

    public static IReadOnlyList<Claim> Claims =>
    [
        Uniform("Lueker's C = 2(1 + ln e) = 4, uniform on (0, 1/3)",
            "With n ≥ 4 ln(1/ε), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            eps => CoverageConstants.LuekerNaturalLog * Math.Log(1 / eps), "4 ln(1/ε)", [2],
            new(TargetKind.Statement, "Remark 7 as printed, with log read as the natural logarithm, uniform on (0, 1/3) (checked on the ε the streams reach)")),
        Uniform("Lueker's C = 2(1 + log₂ e) ≈ 4.885, uniform on (0, 1/3)",
            "With n ≥ 2(1 + log₂ e) ln(1/ε), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            eps => CoverageConstants.LuekerBinaryLog * Math.Log(1 / eps), "4.885 ln(1/ε)", [0.5, 2],
            ClaimTarget.Reading("Remark 7 with log read as log₂ (the thesis writes ln as log: its 742.27 log(1/(2ε)) is reproduced with ln), uniform on (0, 1/3) (checked on the ε the streams reach)"),
            Variant.Intended),
        Uniform("Chapter 3's 742.27 log(1/(2ε))",
            "With n ≥ 742.27 ln(1/(2ε)), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            eps => CoverageConstants.Chapter3Printed * Math.Log(1 / (2 * eps)), "742.27 ln(1/(2ε))", [0.001],
            new(TargetKind.Statement, "Remark 7 as printed, on the ε the streams reach")),
        Define.PathTail("Remark 7",
            "Lueker's constant as an asymptotic one: lim sup_{ε→0} (n*(ε) − 1)/ln(1/ε) ≤ 2(1 + log e) (4 with ln, 4.885 with log₂).",
            "(n*(ε) − 1)/ln(1/ε) over the lowest decade of ε that Theorem 6's ε-paths reach, or below them its importance-sampled streams "
            + "(Theorem 6 [small ε by rare-event simulation]): a limit is not decided by finite ε, so the ratio there is reported beside Lueker's two values",
            Theorem6.Paths, 1, Theorem6.Lueker, Variant.Intended, "Lueker's C as an asymptotic constant", rare: Theorem6.Rare),
        Define.Exact("Remark 7",
            "The Chapter 3 approach leads to n ≥ 742.27 log(1/(2ε)): with its steps made explicit, some β ∈ (0, 1/8) makes n = ⌈742.27 log(1/(2ε))⌉ satisfy the proof for every ε ∈ (0, 1/3).",
            "for the β minimising the proof's constant, the proof's sample size n(β, ε) (Bounds.ProofConstant) against 742.27·log(1/(2ε)), ε drawn from (0, 1/3)",
            () => Arb.From(Gen.Choose(1, 1_000_000).Select(k => k / 3_000_001.0)),
            eps => ProofMargin(742.27, eps),
            Variant.Intended, "the proof's constant made explicit",
            target: ClaimTarget.ProofStep("the constant 742.27 that Remark 7 attributes to Chapter 3's proof (its steps made explicit, best β)"),
            bound: eps => 742.27 * Math.Log(1 / (2 * eps)),
            describe: eps =>
            {
                var (needed, printed) = (ProofConstant.SampleSize(BestBeta, eps, SecondPhaseBound.Lemma23Printed), 742.27 * Math.Log(1 / (2 * eps)));
                return $"ε = {eps.ToString(System.Globalization.CultureInfo.InvariantCulture)} (β = {BestBeta:G4}): the proof needs n = {needed:G6} samples, 742.27·log(1/(2ε)) = {printed:G6}" +
                       (needed > printed ? $", short by {needed - printed:G4}" : "");
            },
            mutants: [new("742.27 → 7422.7", MutationKind.ConstantChanged, "the same with n = ⌈7422.7 log(1/(2ε))⌉", eps => ProofMargin(7422.7, eps))]),
        ProofReadings,
        Define.Exact("Remark 7",
            "Counting bound: 2ⁿ subset sums each ε-approximate an interval of length 2ε, so covering [−1, 1] needs n ≥ log₂(1/ε).",
            "T_ε of seeded streams against log₂(1/ε), ε log-uniform on [10⁻⁵, 0.5]",
            () => Arb.From(from seed in Gen.Choose(0, int.MaxValue) from k in Gen.Choose(0, 1000) select (Seed: (ulong)seed, Eps: Math.Pow(10, -5 + 4.7 * k / 1000))),
            p => StoppingTime.OfUniformStream(p.Seed, p.Eps) - CoverageConstants.CountingLowerBound(p.Eps),
            Variant.Intended, "counting lower bound", target: ClaimTarget.Reading("the counting lower bound beside Remark 7's constants (not printed)"),
            bound: p => CoverageConstants.CountingLowerBound(p.Eps), side: Side.AtLeast,
            mutants:
            [
                new("log₂(1/ε) ×2", MutationKind.BoundTightened, "covering [−1, 1] needs n ≥ 2 log₂(1/ε)",
                    p => StoppingTime.OfUniformStream(p.Seed, p.Eps) - 2 * CoverageConstants.CountingLowerBound(p.Eps)),
            ]),
    ];

    private static double ProofMargin(double constant, double eps) =>
        constant * Math.Log(1 / (2 * eps)) - ProofConstant.SampleSize(BestBeta, eps, SecondPhaseBound.Lemma23Printed);

    /// <summary>β minimising sup_ε n(β, ε)/log(1/(2ε)) over the default grid.</summary>
    public static double BestBeta => Best.Value;

    private static readonly Lazy<double> Best = new(() => ProofConstant.Optimised(ProofConstant.DefaultEpsGrid, SecondPhaseBound.Lemma23Printed).Beta);
}
