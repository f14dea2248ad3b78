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
        p =>
        {
            var b = p.BFraction * new ProductOfUniforms().Density(p.A);
            if (!(b < 1 / (2 * p.A))) return null;
            var x = -p.A + 2 * p.A * p.XFraction;
            double Kept(double lo, double hi) => Simpson(t => Math.Min(new ProductOfUniforms().Density(t), b), lo, hi, 20000);
            return -Math.Abs(Kept(-p.A, x) / Kept(-p.A, p.A) - (x + p.A) / (2 * p.A));
        },
        Variant.Literal, "pruned law", tolerance: 1e-7);

    /// <summary>Corollary 10's proof: a sample is kept with probability ≥ 2ab.</summary>
    public static Claim KeepRate => Define.Exact("Corollary 10",
        "Pr(X_i ∈ Ω̃_n) ≥ 2ab.",
        "Pr(keep) = ∫_{−a}^{a} min{f, b} by Simpson's rule on 20000 panels, for the product law and (a, b) on a grid with b ≤ f on [−a, a]",
        () => Arb.From(from ka in Gen.Choose(1, 90) from kb in Gen.Choose(1, 99) select (A: ka / 100.0, BFraction: kb / 100.0)),
        p =>
        {
            var b = p.BFraction * new ProductOfUniforms().Density(p.A); // f decreases in |x|: b ≤ f on [−a, a]
            if (!(b < 1 / (2 * p.A))) return null;
            var keep = Simpson(x => Math.Min(new ProductOfUniforms().Density(x), b), -p.A, p.A, 20000);
            return keep - 2 * p.A * b;
        },
        Variant.Literal, "keep rate", tolerance: 1e-9);

    /// <summary>The ε-paths of product-of-uniforms streams on [−½, ½], exact for ε ∈ (0, 1/3).</summary>
    public static PathExperiment Paths { get; } = new(Claim.StreamOf("Corollary 10", "constant C_{a,b}").Child("paths"),
        (seed, epsMin) => CoveringRadius.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), epsMin, 1.0 / 3, -A, A), 1.0 / 3, 2.5);

    /// <summary>Corollary 10's constant C_{a,b}: the smallest under the statement's quantifiers, from ε-paths; the grid
    /// experiment is what estimate-c runs.</summary>
    public static Claim Constant => Define.PathConstant("Corollary 10",
        "There is C_{a,b} such that n ≥ C_{a,b} log(1/ε) (a, b)-super-uniform samples make every z ∈ [−a, a] ε-approximable with probability ≥ 1 − ε (ε ∈ (0, 1/3)).",
        "ε-paths of product-of-uniforms streams on [−½, ½] (Lemma 11: (½, (log 2)/2)-super-uniform); C_{a,b} = sup_ε (n*(ε) − 1)/ln(1/ε) "
        + "over the ε the streams reach, with an interval, as for Theorem 6",
        Paths, 1, "smallest C_{1/2,(log 2)/2}:",
        new ConstantExperiment(Claim.StreamOf("Corollary 10", "constant C_{a,b}"), "log(1/ε)", 1,
            eps => [.. (eps ?? Theorem6.EpsGrid).Select(e => new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e),
                seed => StoppingTime.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), e, -A, A)))]),
        Variant.Literal, "constant C_{a,b}");

    public static IReadOnlyList<Claim> Claims => [PrunedLaw, KeepRate, Constant];

    private static double Simpson(Func<double, double> f, double a, double b, int panels)
    {
        var h = (b - a) / panels;
        var sum = f(a) + f(b);
        for (var i = 1; i < panels; i++) sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }
}
