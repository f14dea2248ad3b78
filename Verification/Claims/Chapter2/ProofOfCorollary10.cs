using FsCheck;
using FsCheck.Fluent;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>The use of Theorem 6 in the proof of Corollary 10: the pruned sample Ω̃_n is Unif([−a, a]), not Unif([−1, 1]),
/// so Theorem 6 applies to Ω̃_n/a and its precision ε′ becomes aε′ (at ε′ = ε/2: aε/2, too coarse when a &gt; 2); and it
/// needs |Ω̃_n| ≥ C log(1/ε′) = C log(2/ε), where the proof provides C log(1/ε). With ε′ = ε/(2 max{1, a}) and
/// |Ω̃_n| ≥ C log(2 max{1, a}/ε) — still of order log(1/ε) for fixed a — the corollary follows.</summary>
[Statement(10.5, "Proof of Corollary 10")]
public static class ProofOfCorollary10
{
    /// <summary>(a, b) with a &gt; 0 and b ∈ (0, 1/(2a)) (Definition 9), ε ∈ (0, 1/3).</summary>
    public static Arbitrary<(double A, double B, double Eps)> Parameters => Arb.From(
        from ka in Gen.Choose(1, 1000) from kb in Gen.Choose(1, 999) from eps in ProofGens.Eps
        let a = ka / 100.0
        select (A: a, B: kb / 1000.0 / (2 * a), Eps: eps));

    public static Claim ScaleAsPrinted => Define.Exact("Proof of Corollary 10",
        "Theorem 6 applied to Ω̃_n (members Unif([−a, a])) with error ε′ = ε/2 makes every z ∈ [−a, a] ε-approximable: rescaled by a, Theorem 6's precision ε′ on Ω̃_n/a is aε/2 on Ω̃_n, which must be ≤ ε.",
        "a across (0, 10], b across (0, 1/(2a)), ε across (0, 1/3); margin ε − aε/2",
        () => Parameters, p => p.Eps - p.A * p.Eps / 2, variantName: "use of Theorem 6: precision", bound: p => p.Eps,
        describe: p => $"a = {p.A:G4}, b = {p.B:G4}, ε = {p.Eps:G4}: the precision Theorem 6 gives on Ω̃_n, aε/2 = {p.A * p.Eps / 2:G4}, against ε = {p.Eps:G4}",
        target: ClaimTarget.ProofStep("use of Theorem 6 in the proof of Corollary 10: the precision on Unif([−a, a]) samples"),
        mutants: [new("ε/2 → ε/(2 max{1, a})", MutationKind.ConstantChanged, "Theorem 6 at ε′ = ε/(2 max{1, a}): its precision on Ω̃_n, aε′, is ≤ ε.",
            p => p.Eps - p.A * p.Eps / (2 * Math.Max(1, p.A)))]);

    public static Claim ScaleCorrected => Define.Exact("Proof of Corollary 10",
        "With ε′ = ε/(2 max{1, a}) ∈ (0, 1/3), Theorem 6 on Ω̃_n/a gives precision aε′ ≤ ε/2 ≤ ε and probability 1 − ε′ ≥ 1 − ε/2.",
        "as printed; margin min(ε − aε′, 1/3 − ε′ (strict), ε/2 − ε′)",
        () => Parameters,
        p =>
        {
            var epsPrime = p.Eps / (2 * Math.Max(1, p.A));
            return Math.Min(Math.Min(p.Eps - p.A * epsPrime, ExactCheck.Strict(1.0 / 3 - epsPrime)), p.Eps / 2 - epsPrime);
        }, Variant.Intended, "Theorem 6 at ε/(2 max{1, a})", tolerance: Tolerance.UnitSums, target: ClaimTarget.ProofStep("Theorem 6 at ε/(2 max{1, a}): the evident reading of a step of the proof of Corollary 10"),
        mutants: [new("2 max{1, a} → max{1, a}", MutationKind.ConstantChanged, "ε′ = ε/max{1, a}.", p => Math.Min(p.Eps - p.A * p.Eps / Math.Max(1, p.A), p.Eps / 2 - p.Eps / Math.Max(1, p.A)))]);

    /// <summary>Theorem 6's constant C (1 to 10) and ε ∈ (0, 1/3): what a sample-size step is checked on.</summary>
    private static Arbitrary<(double C, double Eps)> SizeCases => Arb.From(from k in Gen.Choose(100, 1000) from eps in ProofGens.Eps select (C: k / 100.0, Eps: eps));

    /// <summary>⌈factor·C log(1/ε)⌉ − C log(2/ε): the least whole sample size the proof provides against the size Theorem 6
    /// needs at ε′ = ε/2 (sample sizes are whole numbers, so the step holds where the ceiling reaches C log(1/ε′)).</summary>
    private static double SizeMargin((double C, double Eps) p, double factor) => WholeSize.AgainstHalvedPrecision(p.C, 1 / p.Eps, factor);

    public static Claim SampleSizeAsPrinted => Define.Exact("Proof of Corollary 10",
        "Pr(|Ω̃_n| ≥ C log(1/ε)) ≥ 1 − ε/2 provides Theorem 6's hypothesis at error ε′ = ε/2: |Ω̃_n| ≥ C log(1/ε) gives |Ω̃_n| ≥ C log(1/ε′).",
        "C across [1, 10], ε across (0, 1/3); margin ⌈C log(1/ε)⌉ − C log(2/ε) (the least whole size provided against the size needed; it holds only where the ceiling makes up the C log 2)",
        () => SizeCases, p => SizeMargin(p, 1), variantName: "use of Theorem 6: sample size", bound: p => p.C * Math.Log(2 / p.Eps), side: Side.AtLeast,
        describe: p => $"C = {p.C:R}, ε = {p.Eps:R}: the least size provided, ⌈C·log(1/ε)⌉ = {Math.Ceiling(p.C * Math.Log(1 / p.Eps))}, against the size Theorem 6 needs at ε′ = ε/2, C·log(1/ε′) = {p.C * Math.Log(2 / p.Eps):G6}",
        target: ClaimTarget.ProofStep("use of Theorem 6 in the proof of Corollary 10: the sample size |Ω̃_n| ≥ C log(1/ε′)"),
        mutants: [new("C → 2C provided", MutationKind.ConstantChanged, "|Ω̃_n| ≥ 2C log(1/ε) gives |Ω̃_n| ≥ C log(1/ε′) (true: log(1/ε) > log 2).", p => SizeMargin(p, 2))]);

    public static Claim SampleSizeDoubled => Define.Exact("Proof of Corollary 10",
        "With C_{a,b} chosen for |Ω̃_n| ≥ 2C log(1/ε): 2C log(1/ε) ≥ C log(2/ε) = C log(1/ε′) for ε ∈ (0, 1/3), so Theorem 6 applies at ε′ = ε/2.",
        "C across [1, 10], ε across (0, 1/3); margin ⌈2C log(1/ε)⌉ − C log(2/ε)",
        () => SizeCases, p => SizeMargin(p, 2), Variant.Intended, "sample size 2C log(1/ε)", bound: p => p.C * Math.Log(2 / p.Eps), side: Side.AtLeast, target: ClaimTarget.ProofStep("sample size 2C log(1/ε): the evident reading of a step of the proof of Corollary 10"),
        mutants: [new("2C → C", MutationKind.ConstantChanged, "⌈C log(1/ε)⌉ ≥ C log(2/ε).", p => SizeMargin(p, 1))]);

    /// <summary>K = s² with s = (√0.815 + √(0.815 + 8abC))/(4ab), the least K with 2abK − C ≥ √(0.815K): Hoeffding then gives
    /// Pr(Bin(⌈K log(1/ε)⌉, 2ab) &lt; C log(1/ε)) ≤ ε/2 for ε &lt; 1/3 (log(2/ε) ≤ 1.631 log(1/ε) there).</summary>
    public static double ChernoffK(double a, double b, double c)
    {
        var s = (Math.Sqrt(0.815) + Math.Sqrt(0.815 + 8 * a * b * c)) / (4 * a * b);
        return s * s;
    }

    public static Claim Chernoff => Define.Exact("Proof of Corollary 10",
        "For C_{a,b} large enough, Pr(|Ω̃_n| ≥ C log(1/ε) | |Ω_n| ≥ C_{a,b} log(1/ε)) ≥ 1 − ε/2 (each X_i kept independently with probability 2ab): with C_{a,b} = K(a, b, C) of ChernoffK.",
        "(a, b) as above, C from 1 to 10, ε across (0, 1/3); n = ⌈C_{a,b} log(1/ε)⌉ and the exact binomial tail (MathNet); margin ε/2 − Pr(Bin(n, 2ab) < C log(1/ε))",
        () => Arb.From(from p in Parameters.Generator from c in Gen.Choose(1, 10) select (p.A, p.B, p.Eps, C: (double)c)),
        p => ChernoffMargin(p, 1), variantName: "Chernoff step", tolerance: Tolerance.UnitSums, bound: p => p.Eps / 2, unit: true,
        target: ClaimTarget.ProofStep("the Chernoff bound on |Ω̃_n|, in the proof of Corollary 10"),
        mutants: [new("C_{a,b} ÷ 4", MutationKind.ConstantChanged, "n = ⌈K/4 · log(1/ε)⌉.", p => ChernoffMargin(p, 4))]);

    /// <summary>ε/2 − Pr(Bin(n, 2ab) &lt; C log(1/ε)) at n = ⌈K(a, b, C)/divisor · log(1/ε)⌉.</summary>
    private static double ChernoffMargin((double A, double B, double Eps, double C) p, double divisor)
    {
        var l = Math.Log(1 / p.Eps);
        var n = (int)Math.Ceiling(ChernoffK(p.A, p.B, p.C) / divisor * l);
        return p.Eps / 2 - Statistics.BinomialTail.AtMost(2 * p.A * p.B, n, (int)Math.Ceiling(p.C * l) - 1);
    }

    public static IReadOnlyList<Claim> Claims => [ScaleAsPrinted, ScaleCorrected, SampleSizeAsPrinted, SampleSizeDoubled, Chernoff];
}
