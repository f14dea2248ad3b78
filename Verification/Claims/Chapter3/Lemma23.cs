using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Bounds;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Lemma 23: if Z_τ &gt; ½ then Pr(Z_n ≤ 1 − ε/2 | Z_τ &gt; ½) ≤ (7/8)^{n−τ} for n &gt; τ; by trials at a fixed τ, those with Z_τ ≤ ½ discarded.</summary>
[Statement(23, "Lemma 23")]
public static class Lemma23
{
    private static readonly double[] Grid = [0.1, 0.01, 0.001];

    /// <summary>A τ at which Z_τ &gt; ½ is common: a little past log₂(1/ε).</summary>
    public static int Tau(double eps) => (int)Math.Ceiling(Math.Log2(1 / eps)) + 2;

    private static readonly int[] Steps = [1, 2, 4, 8];

    /// <summary>One trial: null if Z_τ ≤ ½, else 1[Z_{τ+s} ≤ 1 − ε/2].</summary>
    private static double? Trial(ulong seed, double eps, int steps)
    {
        var z = Approximable.Trajectory(new Rng(seed).Symmetric(Tau(eps) + steps), eps);
        return z[Tau(eps)] > 0.5 ? (z[^1] <= 1 - eps / 2 ? 1 : 0) : null;
    }

    /// <summary>The steps n − τ where a bound (7/8)^{n−τ}·scale is below 1, so that it can fail: the first such step, and
    /// 4 and 12 steps further (scale 1/ε: the Markov step's bound; scale 1: the printed one).</summary>
    public static int[] StepsBelowOne(double scale)
    {
        var first = (int)Math.Floor(Math.Log(scale) / Math.Log(8.0 / 7)) + 1;
        return [first, first + 4, first + 12];
    }

    /// <summary>The steps where the Markov step's bound (7/8)^{n−τ}/ε is below 1.</summary>
    public static int[] MarkovSteps(double eps) => StepsBelowOne(1 / eps);

    private static IReadOnlyList<GridPoint> PointsAgainst(Func<double, int, double> bound, Func<double, int[]>? steps = null) =>
        Grid.SelectMany(eps => (steps?.Invoke(eps) ?? Steps).Select(s => new GridPoint($"eps = {eps}, tau = {Tau(eps)}, n = tau + {s}", bound(eps, s), Side.AtMost, false,
            seed => Trial(seed, eps, s)))).ToArray();

    /// <summary>Lemma 23 as printed.</summary>
    public static Claim Printed => Define.Probability("Lemma 23",
        "Let τ be such that Z_τ > ½. Then for n > τ: Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) ≤ (7/8)^{n−τ}.",
        "Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) by trials (those with Z_τ ≤ ½ discarded), τ = ⌈log₂(1/ε)⌉ + 2, n − τ = 1, 2, 4, 8, Clopper–Pearson",
        _ => PointsAgainst((eps, s) => SecondPhaseDecay.Printed(Tau(eps) + s, Tau(eps))),
        mutants:
        [
            // The evident corrected form, at the n − τ where its bound is below 1 (elsewhere it is trivial): new points, drawn
            // from this claim's stream, decided by their trials.
            new("factor 1/ε restored", MutationKind.FactorChanged,
                "Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) ≤ (7/8)^{n−τ}/ε (the factor the proof's Markov step gives), at the n − τ where that bound is below 1 (the first such step, and 4 and 12 further)",
                _ => PointsAgainst((eps, s) => SecondPhaseDecay.MarkovStep(Tau(eps) + s, Tau(eps), eps), MarkovSteps)),
        ]);

    /// <summary>Lemma 23 with the factor 1/ε its proof's Markov step gives.</summary>
    public static Claim MarkovStep => Define.Probability("Lemma 23",
        "Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) ≤ (7/8)^{n−τ}/ε: what the proof's Markov step gives, Pr(Z̄_n ≥ ε/2) ≤ 2E[Z̄_n]/ε ≤ (7/8)^{n−τ}·2E[Z̄_τ]/ε with E[Z̄_τ] ≤ ½ (the printed proof drops the 1/ε).",
        "as for the literal statement, against (7/8)^{n−τ}/ε, at the n − τ where that bound is below 1 (the first such step, and 4 and 12 further)",
        _ => PointsAgainst((eps, s) => SecondPhaseDecay.MarkovStep(Tau(eps) + s, Tau(eps), eps), MarkovSteps),
        Variant.Intended, "with the Markov step's factor 1/ε",
        ClaimTarget.ProofStep("the Markov step of Lemma 23's proof, with the factor 1/ε it gives"),
        [
            // The printed lemma is this bound without its factor 1/ε; checked by the same rule, where its own bound is below 1
            // (n − τ = 1, 5, 13), beside the claim's points. At n − τ = 1, ε = 0.001 the trials see 0.989 against 0.875.
            new("factor 1/ε removed", MutationKind.FactorChanged,
                "Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) ≤ (7/8)^{n−τ} (the lemma as printed), at the claim's n and where (7/8)^{n−τ} < 1 first, and 4 and 12 steps further",
                grid => [.. grid.Zip(Grid.SelectMany(eps => MarkovSteps(eps).Select(s => (eps, s))), (p, q) => p with { Bound = SecondPhaseDecay.Printed(Tau(q.eps) + q.s, Tau(q.eps)) }),
                    .. PointsAgainst((eps, s) => SecondPhaseDecay.Printed(Tau(eps) + s, Tau(eps)), _ => StepsBelowOne(1))]),
        ]);

    public static IReadOnlyList<Claim> Claims => [Printed, MarkovStep];
}
