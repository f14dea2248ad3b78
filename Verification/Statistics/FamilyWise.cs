namespace Rssp.Verification.Statistics;

/// <summary>Bonferroni: a family-wise error split evenly, so that the chance of any false refutation in the
/// whole catalogue is at most the total.</summary>
public static class FamilyWise
{
    /// <summary>The level of each statistical test inside one instance of an exact claim (Definition 25's three, Corollary
    /// 10's one per claim): even at the thorough budget (5000 instances) such a claim adds at most 3·5000·10⁻¹² = 1.5·10⁻⁸ to
    /// the chance of a false refutation, beside the budget's family-wise error over the statistical claims.</summary>
    public const double PerInstanceTest = 1e-12;

    public static double Share(double total, int parts) =>
        parts > 0 ? total / parts : throw new ArgumentException($"parts must be > 0, got {parts}.", nameof(parts));
}
