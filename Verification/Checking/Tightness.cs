namespace Rssp.Verification.Checking;

/// <summary>How close a claim came to its bound: the worst ratio of what was observed to the bound, in the claim's
/// direction (observed/bound for "≤ bound", bound/observed for "≥ bound"), and where. 1 is at the bound, below 1 the claim
/// held with room (0.01: a hundredfold), above 1 it was violated. A claim that only ever sees ratios far below 1 is
/// checked where it cannot fail.</summary>
public sealed record Tightness(double Ratio, string Where)
{
    /// <summary>The ratio for one observation: null where it means nothing (a negative bound or observation).
    /// For a probability or a mean in [0, 1] (<paramref name="unit"/>) also the ratio of the complements
    /// (1 − observed against 1 − bound, the other way round), and the smaller of the two: both are 1 at the bound and
    /// below 1 exactly where the claim holds, and "Pr ≥ 0.0008" seen at 1 or "Pr ≥ 1 − ε" seen at 1 is loose in one of them.</summary>
    public static double? RatioOf(double observed, double bound, Side side, bool unit = false)
    {
        // Both sides at an end of their range (Z̄_n = 0 against a bound of 0, a probability 1 against 1): forced, not tight.
        if (observed == bound && (bound == 0 || (unit && bound == 1))) return null;
        var direct = side == Side.AtMost ? Quotient(observed, bound) : Quotient(bound, observed);
        if (!unit) return direct;
        var complement = side == Side.AtMost ? Quotient(1 - bound, 1 - observed) : Quotient(1 - observed, 1 - bound);
        return direct is double d && complement is double c ? Math.Min(d, c) : direct ?? complement;
    }

    /// <summary>a/b for a, b ≥ 0: +∞ for a &gt; 0 = b; null for 0/0 (a degenerate case, such as Z̄_n = 0 against a bound
    /// of 0, says nothing about how tight the bound is) and for a negative or non-finite value.</summary>
    private static double? Quotient(double a, double b) =>
        !(a >= 0 && b >= 0) || double.IsInfinity(a) || double.IsInfinity(b) || (a == 0 && b == 0) ? null : a / b;

    /// <summary>The worst (largest) ratio of a set of (ratio, where) pairs; null if none has one.</summary>
    public static Tightness? Worst(IEnumerable<(double? Ratio, string Where)> points) =>
        points.Where(p => p.Ratio is not null).Select(p => new Tightness(p.Ratio!.Value, p.Where))
            .Aggregate((Tightness?)null, (best, t) => best is not null && !(t.Ratio > best.Ratio) ? best : t);

    public override string ToString() => $"{Ratio:G3} at {Where}";
}
