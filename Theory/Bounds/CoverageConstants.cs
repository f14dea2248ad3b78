namespace Rssp.Theory.Bounds;

/// <summary>Remark 7's constants for Theorem 6, and the counting lower bound.</summary>
public static class CoverageConstants
{
    /// <summary>Lueker's C ≤ 2(1 + log e) with log natural: 4.</summary>
    public static double LuekerNaturalLog => 2 * (1 + Math.Log(Math.E));

    /// <summary>Lueker's C ≤ 2(1 + log e) with log base 2: 2(1 + log₂ e) ≈ 4.885.</summary>
    public static double LuekerBinaryLog => 2 * (1 + Math.Log2(Math.E));

    /// <summary>The Chapter 3 approach: n ≥ 742.27·log(1/(2ε)), as printed.</summary>
    public const double Chapter3Printed = 742.27;

    /// <summary>2ⁿ subset sums, each ε-approximating an interval of length 2ε, must cover length 2:
    /// 2ⁿ·2ε ≥ 2, so n ≥ log₂(1/ε) for any law of the samples.</summary>
    public static double CountingLowerBound(double eps) => Math.Log2(1 / Validation.Guard.Positive(eps));
}
