namespace Rssp.Verification.Checking;

/// <summary>Sample sizes and widths are whole numbers: what a proof provides, ⌈factor·s·ln y⌉, against what a result
/// needs at half the precision, s·ln(2y). A step that reuses a result at ε/2 with the same constant holds only where
/// the ceiling makes up the s·ln 2 (Corollary 10's sample size, Theorem 31's width).</summary>
public static class WholeSize
{
    /// <summary>⌈factor·s·ln y⌉ − s·ln(2y).</summary>
    public static double AgainstHalvedPrecision(double s, double y, double factor) => Math.Ceiling(factor * s * Math.Log(y)) - s * Math.Log(2 * y);
}
