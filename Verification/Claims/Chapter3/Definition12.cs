using FsCheck;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;
using Rssp.Verification.Reference;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Definition 12: Z_{n,ε} = ½ ∫_{−1}^{1} Y_n(z) dz, against the union of all 2ⁿ balls [s − ε, s + ε].</summary>
[Statement(12, "Definition 12")]
public static class Definition12
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Definition 12",
            "Z_{Ω_n,ε} = ½ ∫_{−1}^{1} Y_{Ω_n,ε}(z) dz (Eq. 3.1).",
            "the solver's Z_n against the measure of ∪_S [Σ_S − ε, Σ_S + ε] ∩ [−1, 1] from all 2ⁿ sums (sorted and joined), n ≤ 14",
            () => RsspGens.Arbitrary(extra: 4, maxN: 14),
            t => -Math.Abs(Approximable.Density(t.Samples, t.Eps) - Measure(t) / 2), tolerance: Tolerance.UnitSums,
            mutants: [new("½ → 1", MutationKind.ConstantChanged, "Z_{Ω_n,ε} = ∫_{−1}^{1} Y_{Ω_n,ε}(z) dz", t => -Math.Abs(Approximable.Density(t.Samples, t.Eps) - Measure(t)))]),
    ];

    /// <summary>The measure of ∪_S [Σ_S − ε, Σ_S + ε] ∩ [−1, 1], from all 2ⁿ sums sorted and joined.</summary>
    private static double Measure(RsspInstance t)
    {
        var sums = BruteForce.SubsetSums(t.Samples).Order().ToArray();
        double measure = 0, reach = -1;
        foreach (var s in sums)
        {
            var (lo, hi) = (Math.Max(s - t.Eps, reach), Math.Min(s + t.Eps, 1));
            if (hi > lo) measure += hi - lo;
            reach = Math.Max(reach, hi);
        }
        return measure;
    }
}
