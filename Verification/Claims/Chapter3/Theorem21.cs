using FsCheck;
using FsCheck.Fluent;
using Rssp.Verification.Statistics;
using Rssp.Theory.Bounds;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Theorem 21 (Chernoff–Hoeffding): Pr(X &lt; E[X] − t) ≤ exp(−2t²/n) for X a sum of n i.i.d. variables in [0, 1]; checked on Bernoulli sums (the extremal case) with exact binomial tails.</summary>
[Statement(21, "Theorem 21")]
public static class Theorem21
{
    /// <summary>n, the Bernoulli parameter q ∈ [0, 1], and t = TFraction·n &gt; 0.</summary>
    internal static Arbitrary<(int N, double Q, double TFraction)> Cases => Arb.From(
        from n in Gen.Choose(1, 500) from kq in Gen.Choose(0, 1000) from kt in Gen.Choose(1, 1000)
        select (N: n, Q: kq / 1000.0, TFraction: kt / 1000.0));

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Theorem 21",
            "X = Σ_{i=1}^n X_i with X_i i.i.d. in [0, 1]: for all t > 0, Pr(X < E[X] − t) ≤ exp(−2t²/n).",
            "X_i ~ Bernoulli(q): Pr(X < nq − t) = Pr(Bin(n, q) ≤ ⌈nq − t⌉ − 1) exactly (MathNet), against the bound; margin 1 − Pr/bound, in logs " +
            "(relative, so that tails far below 10⁻¹² count; pairs where both lie below the double range are not comparable and skipped)",
            () => Cases,
            p => Margin(p.N, p.Q, p.TFraction, 2), tolerance: Tolerance.BinomialTailRelativeUpTo500, bound: _ => 1,
            mutants: [new("2 → 4", MutationKind.ConstantChanged, "Pr(X < E[X] − t) ≤ exp(−4t²/n)", p => Margin(p.N, p.Q, p.TFraction, 4))]),
    ];

    /// <summary>1 − Pr(Bin(n, q) &lt; nq − t)/exp(−c·t²/n) in logs, t = tFraction·n (c = 2: Theorem 21's bound, the log of
    /// FirstPhaseTail.HoeffdingBound, which underflows); null when both lie below the double range (not comparable).</summary>
    private static double? Margin(int n, double q, double tFraction, double c)
    {
        var t = tFraction * n;
        var k = (int)Math.Ceiling(n * q - t) - 1;
        var exact = BinomialTail.AtMost(q, n, k);
        var logBound = -c * t * t / n;
        return exact == 0 && logBound < -700 ? null : 1 - Math.Exp(Math.Log(exact) - logBound);
    }
}
