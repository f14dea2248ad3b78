using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Experiments;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Corollary 10 for the law that matters in chapter 4, the product of two uniforms, with
/// (a, b) = (½, (log 2)/2) (Lemma 11): the pruned sample's law, the keep rate, and the constant C_{a,b}.</summary>
[Statement(10, "Corollary 10", "Definition 9")]
public static class Corollary10
{
    private const double A = 0.5;

    /// <summary>Corollary 10's proof: the pruned sample is uniform.</summary>
    public static Claim PrunedLaw => Define.Exact("Corollary 10",
        "Each member of the pruned sample Ω̃_n = {X_i ∈ [−a, a] : U_i f(X_i) ≤ b} is Unif([−a, a]).",
        "the pruned law's CDF ∫_{−a}^{x} min{f, b} / ∫_{−a}^{a} min{f, b} (Simpson, 20000 panels) against (x + a)/(2a), product law, (a, b) with b ≤ f on [−a, a], x drawn from [−a, a]",
        () => Arb.From(from ka in Gen.Choose(1, 90) from kb in Gen.Choose(1, 99) from kx in Gen.Choose(0, 1000)
            select (A: ka / 100.0, BFraction: kb / 100.0, XFraction: kx / 1000.0)),
        p => LawMargin(p.A, p.BFraction * new ProductOfUniforms().Density(p.A), p.XFraction),
        Variant.Literal, "pruned law", tolerance: 1e-7,
        mutants:
        [
            new("b ≤ f dropped", MutationKind.HypothesisChanged, "the pruned sample is uniform also for b up to 2f(a), above f near ±a",
                p => LawMargin(p.A, (1 + p.BFraction) * new ProductOfUniforms().Density(p.A), p.XFraction)),
        ]);

    /// <summary>−|pruned CDF at x − (x + a)/(2a)| for x at the fraction given of [−a, a]; null unless b &lt; 1/(2a).</summary>
    private static double? LawMargin(double a, double b, double xFraction)
    {
        if (!(b < 1 / (2 * a))) return null;
        var x = -a + 2 * a * xFraction;
        double Kept(double lo, double hi) => Simpson(t => Math.Min(new ProductOfUniforms().Density(t), b), lo, hi, 20000);
        return -Math.Abs(Kept(-a, x) / Kept(-a, a) - (x + a) / (2 * a));
    }

    /// <summary>Corollary 10's proof: a sample is kept with probability ≥ 2ab.</summary>
    public static Claim KeepRate => Define.Exact("Corollary 10",
        "Pr(X_i ∈ Ω̃_n) ≥ 2ab.",
        "Pr(keep) = ∫_{−a}^{a} min{f, b} by Simpson's rule on 20000 panels, for the product law and (a, b) on a grid with b ≤ f on [−a, a]",
        () => Arb.From(from ka in Gen.Choose(1, 90) from kb in Gen.Choose(1, 99) select (A: ka / 100.0, BFraction: kb / 100.0)),
        p => KeepMargin(p.A, p.BFraction, 2),
        Variant.Literal, "keep rate", tolerance: 1e-9,
        mutants: [new("2ab → 3ab", MutationKind.ConstantChanged, "Pr(X_i ∈ Ω̃_n) ≥ 3ab", p => KeepMargin(p.A, p.BFraction, 3))]);

    /// <summary>Pr(keep) − factor·ab for b the fraction given of f(a); null unless b &lt; 1/(2a).</summary>
    private static double? KeepMargin(double a, double bFraction, double factor)
    {
        var b = bFraction * new ProductOfUniforms().Density(a); // f decreases in |x|: b ≤ f on [−a, a]
        if (!(b < 1 / (2 * a))) return null;
        return Simpson(x => Math.Min(new ProductOfUniforms().Density(x), b), -a, a, 20000) - factor * a * b;
    }

    /// <summary>Corollary 10's constant C_{a,b}.</summary>
    public static Claim Constant => Define.Constant("Corollary 10",
        "There is C_{a,b} such that n ≥ C_{a,b} log(1/ε) (a, b)-super-uniform samples make every z ∈ [−a, a] ε-approximable with probability ≥ 1 − ε.",
        "T_ε on [−½, ½] for product-of-uniforms streams; C_{a,b} = max_ε n*(ε)/log(1/ε) as for Theorem 6",
        "log(1/ε)", 1,
        eps => [.. (eps ?? Theorem6.EpsGrid).Select(e => new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e),
            seed => StoppingTime.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), e, -A, A)))],
        "estimated C_{1/2,(log 2)/2}", Variant.Literal, "constant C_{a,b}");

    public static IReadOnlyList<Claim> Claims => [PrunedLaw, KeepRate, Constant];

    private static double Simpson(Func<double, double> f, double a, double b, int panels)
    {
        var h = (b - a) / panels;
        var sum = f(a) + f(b);
        for (var i = 1; i < panels; i++) sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }
}
