namespace Rssp.Theory.Bounds;

/// <summary>Proposition 16 and Corollary 22: the expected one-step growth of Z_n and decay of Z̄_n = 1 − Z_n.</summary>
public static class ExpectedGrowth
{
    /// <summary>Proposition 16's lower bound on E[Z_{n+1} | X_1..X_n]: Z_n(1 + ¼(1 − Z_n)).</summary>
    public static double GrowthLowerBound(double zn) => zn * (1 + (1 - zn) / 4);

    /// <summary>Corollary 22 as printed: E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 + ¼(1 − Z̄_n)).</summary>
    public static double Cor22Printed(double zbar) => zbar * (1 + (1 - zbar) / 4);

    /// <summary>The last line of Corollary 22's proof: Z̄_n − ¼ Z̄_n(1 − Z̄_n) = 1 − Prop. 16's bound.</summary>
    public static double Cor22ProofLine(double zbar) => zbar - zbar * (1 - zbar) / 4;
}
