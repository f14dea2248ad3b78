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

    /// <summary>The least n the statement admits: ⌈(α_{β,ε} + 1)/p_β⌉.</summary>
    public static int Boundary(double beta, double eps) => (int)Math.Ceiling((FirstPhaseTail.Alpha(beta, eps) + 1) / GrowthProbability.PBeta(beta));

    /// <summary>Pr(Σ_{i=1}^{terms} Geom_i(p) &gt; n) exactly, by the law of the number of successes: the sum of the
    /// geometric waiting times exceeds n iff fewer than that many successes occur in n trials. Computed here by convolving
    /// the geometric law (a second method), as a sum of positive terms without cancellation, so that its error is relative
    /// even for tails far below 10⁻¹²: with S_j the sum of the first j waiting times (S_0 = 0), the sum first passes n at
    /// some term j + 1, Pr(S_terms &gt; n) = Σ_{j &lt; terms} Σ_{s ≤ n} Pr(S_j = s)·(1 − p)^{n−s}.</summary>
    public static double GeometricSumTail(double p, int terms, int n)
    {
        var pmf = new double[n + 1];
        pmf[0] = 1;
        var tail = 0.0;
        for (var k = 0; k < terms; k++)
        {
            var next = new double[n + 1];
            var q = 1.0;
            for (var s = n; s >= 0; s--, q *= 1 - p) tail += pmf[s] * q;
            for (var s = 0; s <= n; s++)
            {
                if (pmf[s] == 0) continue;
                q = 1.0;
                for (var g = 1; s + g <= n; g++, q *= 1 - p) next[s + g] += pmf[s] * q * p;
            }
            pmf = next;
        }
        return tail;
    }

    /// <summary>1 − a/b for tails a, b &gt; 0 (0 when both are 0): how far a falls below b, relative to b.</summary>
    public static double RelativeShortfall(double a, double b) => a == b ? 0 : 1 - a / b;

    /// <summary>The levels of the bound checked beside the boundary n (where it is tiny, ≈ 1 − e^{−2/n}): the smallest n
    /// above the boundary where it reaches ½ and 0.9, where it could fail (and below 1 − 1/trials, where it can hold).</summary>
    private static readonly double[] Levels = [0.5, 0.9];

    /// <summary>The boundary n, and the smallest n where the bound reaches each of <see cref="Levels"/>.</summary>
    public static IEnumerable<int> Sizes(double beta, double eps)
    {
        var n0 = Boundary(beta, eps);
        yield return n0;
        foreach (var level in Levels)
        {
            var n = n0;
            while (FirstPhaseTail.LowerBound(beta, eps, n) < level) n++;
            yield return n;
        }
    }

    /// <summary>The point (β, ε, n) against the printed bound.</summary>
    private static GridPoint Point(double beta, double eps, int n) => new($"beta = {beta:G3}, eps = {eps}, n = {n}",
        FirstPhaseTail.LowerBound(beta, eps, n), Side.AtLeast, true, seed => AboveHalf(seed, n, eps));

    /// <summary>Proposition 20 as printed, at its boundary n and above it.</summary>
    public static Claim Printed => Define.Probability("Proposition 20",
        "For β ∈ (0, 1/8), p_β = 1 − 7/(8(1 − β)), α = ⌈log(1/(2ε))/log(1 + β)⌉: if n ≥ (α + 1)/p_β then Pr(Z_n > ½) > 1 − exp(−(2p_β²/n)(n − α/p_β)²).",
        "Pr(Z_n > ½) by trials at the boundary n = ⌈(α + 1)/p_β⌉ (where the bound is below 0.02) and at the smallest n where the bound reaches ½ and 0.9, " +
        "β = 1/16 and 0.1, Clopper–Pearson against the bound",
        budget => [.. Betas.SelectMany(beta => Grid.SelectMany(eps => Sizes(beta, eps).Select(n => Point(beta, eps, n))))],
        mutants:
        [
            // Pr(Z_n > ½) at n = ⌈log₂(1/ε)⌉ was measured 0.91, 0.82, 0.59, 0.25 for ε = 0.3, 0.1, 0.01, 0.001 (4000 trials, seed 3),
            // while the bound there exceeds 1 − 10⁻¹⁵: the mutant is refuted by what the trials see, not by counting (2ⁿε ≥ 1).
            new("n ≥ (α + 1)/p_β dropped", MutationKind.HypothesisChanged,
                "the same bound for every n ≥ 1: also at n = ⌈log₂(1/ε)⌉, far below (α + 1)/p_β, where 2ⁿ ≥ 1/ε subset sums could cover [−1, 1]",
                grid => [.. grid, .. Betas.SelectMany(beta => Grid.Select(eps => Point(beta, eps, (int)Math.Ceiling(Math.Log2(1 / eps)))))]),
        ]);

    /// <summary>1[Z_n &gt; ½] for the first n samples of Rng(seed). Z only grows with the samples (Lemma 14), so when a
    /// prefix of m ≤ n samples (the same draws) already gives Z_m &gt; ½ the answer is 1 without sweeping all n — which
    /// is what makes n in the thousands affordable.</summary>
    public static double AboveHalf(ulong seed, int n, double eps)
    {
        var m = Math.Min(n, StoppingTime.InitialHorizon(eps));
        if (Approximable.Density(new Rng(seed).Symmetric(m), eps) > 0.5) return 1;
        return m < n && Approximable.Density(new Rng(seed).Symmetric(n), eps) > 0.5 ? 1 : 0;
    }

    /// <summary>Eq. 3.11, the geometric sum's tail as a binomial one.</summary>
    public static Claim Eq311 => Define.Exact("Eq. 3.11",
        "Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) = Pr(Bin(n, p_β) ≤ α + 1).",
        "the tail of α + 2 convolved geometric laws (positive terms, no cancellation) against MathNet's binomial CDF; margin −|1 − geometric/binomial| (relative, so that tails far below 10⁻¹² count)",
        () => Arb.From(from p in Gen.Choose(1, 99) from alpha in Gen.Choose(0, 12) from n in Gen.Choose(1, 120) select (P: p / 100.0, Alpha: alpha, N: n)),
        t => -Math.Abs(RelativeShortfall(GeometricSumTail(t.P, t.Alpha + 2, t.N), BinomialTail.AtMost(t.P, t.N, t.Alpha + 1))), tolerance: Tolerance.GeometricTailRelative,
        target: ClaimTarget.ProofStep("Eq. 3.11 in the proof of Proposition 20"),
        mutants:
        [
            new("α + 1 → α", MutationKind.ConstantChanged, "Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) = Pr(Bin(n, p_β) ≤ α)",
                t => -Math.Abs(RelativeShortfall(GeometricSumTail(t.P, t.Alpha + 2, t.N), BinomialTail.AtMost(t.P, t.N, t.Alpha)))),
        ]);

    /// <summary>β ∈ (0, 1/8), ε ∈ (0, 1/3) and how far n lies above ⌊(α + 1)/p_β⌋.</summary>
    internal static Arbitrary<(double Beta, double Eps, int Extra)> Eq312Cases => Arb.From(
        from kb in Gen.Choose(1, 124) from ke in Gen.Choose(1, 332) from extra in Gen.Choose(1, 3000)
        select (Beta: kb / 1000.0, Eps: ke / 1000.0, Extra: extra));

    /// <summary>Eq. 3.12, Hoeffding's bound on the binomial tail.</summary>
    public static Claim Eq312 => Define.Exact("Eq. 3.12",
        "Pr(Bin(n, p_β) ≤ α + 1) ≤ exp(−2(n p_β − α − 1)²/n), when n > (α + 1)/p_β.",
        "MathNet's exact binomial CDF against the bound, β across (0, 1/8), ε across (0, 1/3), n above the threshold; margin 1 − Pr/bound (relative, so that tails far below 10⁻¹² count)",
        () => Eq312Cases,
        t => Eq312Margin(t.Beta, t.Eps, t.Extra), tolerance: Tolerance.BinomialTailRelative, target: ClaimTarget.ProofStep("Eq. 3.12 in the proof of Proposition 20"),
        bound: _ => 1,
        mutants:
        [
            new("n > (α + 1)/p_β dropped", MutationKind.HypothesisChanged, "the same bound for n below the threshold (n mirrored below it)",
                t => Eq312Margin(t.Beta, t.Eps, -t.Extra, hypothesis: false)),
        ]);

    /// <summary>1 − Pr(Bin(n, p_β) ≤ α + 1)/bound at n = ⌊(α + 1)/p_β⌋ + offset (relative, so that tails far below 10⁻¹²
    /// count; the bound never underflows here: its exponent is at most ~30 over this range); null where n ≤ 0, or (with
    /// the hypothesis) where n p_β ≤ α + 1.</summary>
    private static double? Eq312Margin(double beta, double eps, int offset, bool hypothesis = true)
    {
        var p = GrowthProbability.PBeta(beta);
        var alpha = FirstPhaseTail.Alpha(beta, eps);
        var n = (int)Math.Floor((alpha + 1) / p) + offset;
        return n >= 1 && (!hypothesis || n * p > alpha + 1) ? 1 - BinomialTail.AtMost(p, n, alpha + 1) / FirstPhaseTail.Eq312UpperBound(beta, eps, n) : null;
    }

    public static IReadOnlyList<Claim> Claims => [Printed, Eq311, Eq312];
}
