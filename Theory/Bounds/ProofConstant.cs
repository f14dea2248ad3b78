using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>Which bound the proof of Theorem 6 uses for the second phase.</summary>
public enum SecondPhaseBound
{
    /// <summary>Lemma 23 as printed: (7/8)^{n−k}.</summary>
    Lemma23Printed,

    /// <summary>The Markov step carried out: (7/8)^{n−k}/ε.</summary>
    Lemma23MarkovStep,
}

/// <summary>The sample size the proof of Theorem 6 certifies, with each step made explicit: the proof
/// asks both factors of (1 − (7/8)^{n−k})·(1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²)) to be ≥ 1 − ε/2, with
/// k ≥ (α + 1)/p_β (Proposition 20's hypothesis). n(β, ε) = k_min + m_min; the implied constant is
/// sup_ε n(β, ε)/log(1/(2ε)) (Remark 7's normalisation), minimised over β.</summary>
public static class ProofConstant
{
    /// <summary>The smallest k ≥ (α+1)/p (Proposition 20's hypothesis) with exp(−(2p²/k)(k − α/p)²) ≤ ε/2. On that range
    /// (k − α/p)²/k increases with k, so the condition is monotone and the smallest k is found by search.</summary>
    public static int FirstPhase(double beta, double eps)
    {
        var p = GrowthProbability.PBeta(beta);
        var alpha = FirstPhaseTail.Alpha(beta, eps);
        var a = alpha / p;
        return (int)Smallest.From((long)Math.Ceiling((alpha + 1) / p), k => Math.Exp(-2 * p * p / k * (k - a) * (k - a)) <= eps / 2);
    }

    /// <summary>The smallest m = n − k ≥ 1 whose second-phase bound is ≤ ε/2: (7/8)^m ≤ ε/2 as printed, (7/8)^m/ε ≤ ε/2
    /// with the Markov step's factor.</summary>
    public static int SecondPhase(double eps, SecondPhaseBound bound)
    {
        Guard.InOpen(eps, 0, 0.5);
        var target = bound == SecondPhaseBound.Lemma23Printed ? eps / 2 : eps * eps / 2;
        return (int)Smallest.From(1, m => Math.Pow(7.0 / 8.0, m) <= target);
    }

    /// <summary>n(β, ε): the sample size the proof certifies.</summary>
    public static int SampleSize(double beta, double eps, SecondPhaseBound bound) =>
        FirstPhase(beta, eps) + SecondPhase(eps, bound);

    /// <summary>sup over the ε grid of n(β, ε)/log(1/(2ε)).</summary>
    public static double ConstantFor(double beta, IEnumerable<double> epsGrid, SecondPhaseBound bound) =>
        epsGrid.Max(eps => SampleSize(beta, eps, bound) / Math.Log(1 / (2 * eps)));

    /// <summary>min over β of <see cref="ConstantFor"/>: a grid over (0, 1/8) refined around the best.</summary>
    public static (double Beta, double Constant) Optimised(IReadOnlyList<double> epsGrid, SecondPhaseBound bound)
    {
        var coarse = Enumerable.Range(1, 249).Select(i => i * 0.125 / 250);
        var best = coarse.Select(b => (Beta: b, C: ConstantFor(b, epsGrid, bound))).MinBy(t => t.C);
        var step = 0.125 / 250;
        var fine = Enumerable.Range(-100, 201).Select(i => best.Beta + i * step / 100).Where(b => b > 0 && b < 0.125);
        var refined = fine.Select(b => (Beta: b, C: ConstantFor(b, epsGrid, bound))).MinBy(t => t.C);
        return (refined.Beta, refined.C);
    }

    /// <summary>The default ε grid for the sup: 400 log-spaced points from 10⁻¹² to 0.01, then 2000 evenly
    /// spaced points up to just below 1/3. The ratio is largest near 1/3, where the ceilings in α and
    /// in the phase lengths make it jump, so that end is sampled densely.</summary>
    public static IReadOnlyList<double> DefaultEpsGrid { get; } =
        Enumerable.Range(0, 400).Select(i => Math.Pow(10, -12 + i * 10.0 / 400))
            .Concat(Enumerable.Range(0, 2000).Select(i => 0.01 + (1.0 / 3 - 0.01) * i / 2000))
            .Append(1.0 / 3 * (1 - 1e-12))
            .ToArray();
}
