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
    private static readonly double[] Grid = [0.3, 0.1, 0.03, 0.01, 0.001];

    /// <summary>Pr(T_ε ≤ n(ε)) ≥ 1 − ε at every ε of the grid, where n(ε) is the sample size the constant c gives
    /// (size(c, ε)); its mutant divides c by a stated divisor.</summary>
    private static Claim Coverage(string variantName, string statement, double c, Func<double, double, int> size, double divisor, ClaimTarget target) =>
        Define.Probability("Remark 7", statement,
            "Pr(T_ε ≤ n(ε)) by trials, Clopper–Pearson against 1 − ε, at ε = 0.3, 0.1, 0.03, 0.01, 0.001",
            budget => Points(eps => size(c, eps)),
            Variant.Literal, variantName, target,
            mutants: [new($"C ÷ {divisor:G4}", MutationKind.ConstantChanged, $"the same with the constant {c:G6}/{divisor:G4}", _ => Points(eps => size(c / divisor, eps)))]);

    private static GridPoint[] Points(Func<double, int> size) =>
        [.. Grid.Select(eps => new GridPoint($"eps = {eps}, n = {size(eps)}", 1 - eps, Side.AtLeast, false,
            seed => StoppingTime.OfUniformStream(seed, eps) <= size(eps) ? 1 : 0))];

    public static IReadOnlyList<Claim> Claims =>
    [
        Coverage("Lueker's C = 2(1 + ln e) = 4",
            "With n = ⌈4 ln(1/ε)⌉, Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε.",
            CoverageConstants.LuekerNaturalLog, (c, eps) => (int)Math.Ceiling(c * Math.Log(1 / eps)), 2,
            new(TargetKind.Statement, "Remark 7 as printed, with log read as the natural logarithm")),
        Coverage("Lueker's C = 2(1 + log₂ e) ≈ 4.885",
            "With n = ⌈2(1 + log₂ e) ln(1/ε)⌉, Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε.",
            CoverageConstants.LuekerBinaryLog, (c, eps) => (int)Math.Ceiling(c * Math.Log(1 / eps)), 2,
            new(TargetKind.Statement, "Remark 7 as printed, with log read as log₂")),
        Coverage("Chapter 3's 742.27 log(1/(2ε))",
            "With n = ⌈742.27 ln(1/(2ε))⌉, Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε.",
            CoverageConstants.Chapter3Printed, (c, eps) => (int)Math.Ceiling(c * Math.Log(1 / (2 * eps))), 1000,
            ClaimTarget.PrintedStatement),
        Define.Exact("Remark 7",
            "The Chapter 3 approach leads to n ≥ 742.27 log(1/(2ε)): with its steps made explicit, some β ∈ (0, 1/8) makes n = ⌈742.27 log(1/(2ε))⌉ satisfy the proof for every ε ∈ (0, 1/3).",
            "for the β minimising the proof's constant, the proof's sample size n(β, ε) (Bounds.ProofConstant) against 742.27·log(1/(2ε)), ε drawn from (0, 1/3)",
            () => Arb.From(Gen.Choose(1, 1_000_000).Select(k => k / 3_000_001.0)),
            eps => ProofMargin(742.27, eps),
            Variant.Intended, "the proof's constant made explicit",
            target: ClaimTarget.ProofStep("the constant 742.27 that Remark 7 attributes to Chapter 3's proof (its steps made explicit, best β)"),
            bound: eps => 742.27 * Math.Log(1 / (2 * eps)),
            mutants: [new("742.27 → 7422.7", MutationKind.ConstantChanged, "the same with n = ⌈7422.7 log(1/(2ε))⌉", eps => ProofMargin(7422.7, eps))]),
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
