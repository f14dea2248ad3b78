namespace Rssp.Verification.Statistics;

/// <summary>Bonferroni: a family-wise error split evenly, so that the chance of any false refutation in the
/// whole catalogue is at most the total.</summary>
public static class FamilyWise
{
    public static double Share(double total, int parts) =>
        parts > 0 ? total / parts : throw new ArgumentException($"parts must be > 0, got {parts}.", nameof(parts));
}
