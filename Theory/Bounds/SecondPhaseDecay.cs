using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>Lemma 23: Pr(Z_n ≤ 1 − ε/2 | Z_τ &gt; ½) ≤ (7/8)^{n−τ}.</summary>
public static class SecondPhaseDecay
{
    /// <summary>The bound as printed: (7/8)^{n−τ}.</summary>
    public static double Printed(int n, int tau) => Math.Pow(7.0 / 8.0, Steps(n, tau));

    /// <summary>What the proof's Markov step gives when carried out: Pr(Z̄_n ≥ ε/2) ≤ 2E[Z̄_n]/ε
    /// ≤ (7/8)^{n−τ}·2E[Z̄_τ]/ε ≤ (7/8)^{n−τ}/ε (the printed proof loses the factor 1/ε).</summary>
    public static double MarkovStep(int n, int tau, double eps) =>
        Math.Pow(7.0 / 8.0, Steps(n, tau)) / Guard.Positive(eps);

    private static int Steps(int n, int tau)
    {
        Guard.NonNegative(tau);
        return n > tau ? n - tau : throw new ArgumentException($"n must exceed tau ({tau}), got {n}.", nameof(n));
    }
}
