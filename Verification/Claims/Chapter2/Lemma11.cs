using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Lemma 11: X_1·X_2 is (½, (log 2)/2)-super-uniform.</summary>
[Statement(11, "Lemma 11")]
public static class Lemma11
{
    private static readonly double B = Math.Log(2) / 2;

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Lemma 11",
            "If X_1, X_2 are independent Unif([−1, 1]) then X_1·X_2 is (1/2, (log 2)/2)-super-uniform: f(x) ≥ (log 2)/2 on [−½, ½], and (log 2)/2 < 1/(2·½).",
            "the exact density f(x) = −½ log|x| against (log 2)/2 at x drawn from [−½, ½] (endpoints included)",
            () => Arb.From(RsspGens.Point(-0.5, 0.5)),
            x => B < 1 ? new ProductOfUniforms().Density(x) - B : -1,
            Variant.Literal, "density", bound: _ => B, side: Side.AtLeast,
            mutants:
            [
                new("b ×1.1", MutationKind.BoundTightened, "f(x) ≥ 1.1·(log 2)/2 on [−½, ½]", x => new ProductOfUniforms().Density(x) - 1.1 * B),
                new("a = ½ → 1", MutationKind.HypothesisChanged, "f(x) ≥ (log 2)/2 on [−1, 1] (at 2x)", x => new ProductOfUniforms().Density(2 * x) - B),
            ]),
        Define.Probability("Lemma 11",
            "The law of X_1·X_2 puts mass ≥ (log 2)/2 · w on every sub-interval of [−½, ½] of width w.",
            "sampled products: Pr(X_1X_2 ∈ bin) against b·w, Clopper–Pearson, on the four bins of width ¼",
            budget => new[] { -0.5, -0.25, 0, 0.25 }.Select(lo => new GridPoint($"[{lo}, {lo + 0.25}]", B * 0.25, Side.AtLeast, false,
                seed =>
                {
                    var x = new ProductOfUniforms().Sample(new Rng(seed));
                    return x >= lo && x <= lo + 0.25 ? 1 : 0;
                })).ToArray(),
            Variant.Literal, "empirical"),
    ];
}
