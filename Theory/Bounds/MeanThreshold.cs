namespace Rssp.Theory.Bounds;

/// <summary>Proposition 17: if n ≥ log(1/(2ε)) / log(13/12) then E[Z_n] &gt; ½.</summary>
public static class MeanThreshold
{
    public static double Threshold(double eps) =>
        Math.Log(1 / (2 * Validation.Guard.Positive(eps))) / Math.Log(13.0 / 12.0);

    /// <summary>The smallest integer n the hypothesis allows (at least 0).</summary>
    public static int SmallestN(double eps) => Math.Max(0, (int)Math.Ceiling(Threshold(eps)));
}
