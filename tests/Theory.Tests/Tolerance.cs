namespace Rssp.Theory.Tests;

/// <summary>The one tolerance for comparing a fast routine with a reference that adds the same numbers
/// in another order: sums of ≤ 20 values in [−1, 1] differ by far less.</summary>
public static class Tolerance
{
    public const double Rounding = 1e-12;

    public static bool Close(double a, double b, double tol = Rounding) => Math.Abs(a - b) <= tol;
}
