using FsCheck;
using FsCheck.Fluent;
using Rssp.Verification.Statistics;
using Rssp.Theory.Bounds;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Proposition 20: if n ≥ (α_{β,ε} + 1)/p_β then Pr(Z_n &gt; ½) &gt; 1 − exp(−(2p_β²/n)(n − α_{β,ε}/p_β)²), and the identities of its proof (Eq. 3.11, 3.12).</summary>
[Statement(20, "Proposition 20", "Eq. 3.11", "Eq. 3.12")]
public static class Proposition20
{
    private static readonly double[] Grid = [0.3, 0.1, 0.01, 0.001];
    private static readonly double[] Betas = [1.0 / 16, 0.1];

    private static int Boundary(double beta, double eps) => (int)Math.Ceiling((FirstPhaseTail.Alpha(beta, eps) + 1) / GrowthProbability.PBeta(beta));

    /// <summary>Pr(Σ_{i=0}^{α+1} Geom_i(p) &gt; n) exactly, by the law of the number of successes: the sum of α + 2
    /// geometric waiting times exceeds n iff fewer than α + 2 successes occur in n trials. Computed here by
    /// convolving the geometric law α + 2 times (a second method).</summary>
    public static double GeometricSumTail(double p, int terms, int n)
    {
        var pmf = new double[n + 1];
        pmf[0] = 1;
        for (var k = 0; k < terms; k++)
        {
            var next = new double[n + 1];
            for (var s = 0; s <= n; s++)
            {
                if (pmf[s] == 0) continue;
                var q = 1.0;
                for (var g = 1; s + g <= n; g++, q *= 1 - p) next[s + g] += pmf[s] * q * p;
            }
            pmf = next;
        }
        return 1 - pmf.Sum();
    }

    /// <summary>Proposition 20 as printed, at its boundary n.</summary>
    public static Claim Printed => Define.Probability("Proposition 20",
        "For β ∈ (0, 1/8), p_β = 1 − 7/(8(1 − β)), α = ⌈log(1/(2ε))/log(1 + β)⌉: if n ≥ (α + 1)/p_β then Pr(Z_n > ½) > 1 − exp(−(2p_β²/n)(n − α/p_β)²).",
        "Pr(Z_n > ½) by trials at n = ⌈(α + 1)/p_β⌉, β = 1/16 and 0.1, Clopper–Pearson against the bound",
        budget => Betas.SelectMany(beta => Grid.Select(eps => (beta, eps))).Select(p => new GridPoint(
            $"beta = {p.beta:G3}, eps = {p.eps}, n = {Boundary(p.beta, p.eps)}",
            FirstPhaseTail.LowerBound(p.beta, p.eps, Boundary(p.beta, p.eps)), Side.AtLeast, true,
            seed => Approximable.Density(new Rng(seed).Symmetric(Boundary(p.beta, p.eps)), p.eps) > 0.5 ? 1 : 0)).ToArray());

    /// <summary>Eq. 3.11, the geometric sum's tail as a binomial one.</summary>
    public static Claim Eq311 => Define.Exact("Eq. 3.11",
        "Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) = Pr(Bin(n, p_β) ≤ α + 1).",
        "the tail of α + 2 convolved geometric laws against MathNet's binomial CDF; margin −|difference|",
        () => Arb.From(from p in Gen.Choose(1, 99) from alpha in Gen.Choose(0, 12) from n in Gen.Choose(1, 120) select (P: p / 100.0, Alpha: alpha, N: n)),
        t => -Math.Abs(GeometricSumTail(t.P, t.Alpha + 2, t.N) - BinomialTail.AtMost(t.P, t.N, t.Alpha + 1)), tolerance: 1e-9,
        mutants:
        [
            new("α + 1 → α", MutationKind.ConstantChanged, "Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) = Pr(Bin(n, p_β) ≤ α)",
                t => -Math.Abs(GeometricSumTail(t.P, t.Alpha + 2, t.N) - BinomialTail.AtMost(t.P, t.N, t.Alpha))),
        ]);

    /// <summary>Eq. 3.12, Hoeffding's bound on the binomial tail.</summary>
    public static Claim Eq312 => Define.Exact("Eq. 3.12",
        "Pr(Bin(n, p_β) ≤ α + 1) ≤ exp(−2(n p_β − α − 1)²/n), when n > (α + 1)/p_β.",
        "MathNet's exact binomial CDF against the bound, β across (0, 1/8), ε across (0, 1/3), n above the threshold",
        () => Arb.From(from kb in Gen.Choose(1, 124) from ke in Gen.Choose(1, 332) from extra in Gen.Choose(1, 3000)
            select (Beta: kb / 1000.0, Eps: ke / 1000.0, Extra: extra)),
        t => Eq312Margin(t.Beta, t.Eps, t.Extra), tolerance: 1e-12,
        mutants:
        [
            new("n > (α + 1)/p_β dropped", MutationKind.HypothesisChanged, "the same bound for n below the threshold (n mirrored below it)",
                t => Eq312Margin(t.Beta, t.Eps, -t.Extra, hypothesis: false)),
        ]);

    /// <summary>Eq. 3.12's bound minus the exact tail at n = ⌊(α + 1)/p_β⌋ + offset; null where n ≤ 0, or (with the
    /// hypothesis) where n p_β ≤ α + 1.</summary>
    private static double? Eq312Margin(double beta, double eps, int offset, bool hypothesis = true)
    {
        var p = GrowthProbability.PBeta(beta);
        var alpha = FirstPhaseTail.Alpha(beta, eps);
        var n = (int)Math.Floor((alpha + 1) / p) + offset;
        return n >= 1 && (!hypothesis || n * p > alpha + 1) ? FirstPhaseTail.Eq312UpperBound(beta, eps, n) - BinomialTail.AtMost(p, n, alpha + 1) : null;
    }

    public static IReadOnlyList<Claim> Claims => [Printed, Eq311, Eq312];
}
