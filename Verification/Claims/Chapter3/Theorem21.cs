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
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Theorem 21",
            "X = Σ_{i=1}^n X_i with X_i i.i.d. in [0, 1]: for all t > 0, Pr(X < E[X] − t) ≤ exp(−2t²/n).",
            "X_i ~ Bernoulli(q): Pr(X < nq − t) = Pr(Bin(n, q) ≤ ⌈nq − t⌉ − 1) exactly (MathNet), against the bound",
            () => Arb.From(from n in Gen.Choose(1, 500) from kq in Gen.Choose(0, 1000) from kt in Gen.Choose(1, 1000)
                select (N: n, Q: kq / 1000.0, TFraction: kt / 1000.0)),
            p => Margin(p.N, p.Q, p.TFraction, power: 1), tolerance: 1e-12,
            mutants: [new("2 → 4", MutationKind.ConstantChanged, "Pr(X < E[X] − t) ≤ exp(−4t²/n)", p => Margin(p.N, p.Q, p.TFraction, power: 2))]),
    ];

    /// <summary>exp(−2t²/n)^power − Pr(Bin(n, q) &lt; nq − t), t = tFraction·n.</summary>
    private static double Margin(int n, double q, double tFraction, int power)
    {
        var t = tFraction * n;
        var k = (int)Math.Ceiling(n * q - t) - 1;
        return Math.Pow(FirstPhaseTail.HoeffdingBound(t, n), power) - BinomialTail.AtMost(q, n, k);
    }
}
