using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;
using Rssp.Verification.Reference;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Definitions 2–3: z is ε-approximable with ω_n iff some subset sum x has |x − z| ≤ ε.</summary>
[Statement(3, "Definition 3", "Definition 2")]
public static class Definition3
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Definition 3",
            "z is ε-approximable with ω_n iff some S ⊆ ω_n has |Σ_{x∈S} x − z| ≤ ε (Definition 2); the empty subset sums to 0.",
            "the interval-set solver's Y_n(z) against all 2ⁿ subset sums, n ≤ 14, z ∈ [−2, 2]",
            () => Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid, 4, 14) from z in RsspGens.Point(-2, 2) select (t, z)),
            p => Agrees(p.t, p.z, 1),
            mutants: [new("ε → ε/2", MutationKind.ConstantChanged, "z is ε-approximable iff some subset sum lies within ε/2 of z", p => Agrees(p.t, p.z, 0.5))]),
    ];

    /// <summary>Whether the solver's answer at ε agrees with "some subset sum within radius·ε of z"; null at the radius
    /// itself, where rounding may decide (sums of ≤ 14 samples carry ≤ 10⁻¹⁴); away from it the two must agree.</summary>
    private static double? Agrees(RsspInstance t, double z, double radius)
    {
        var margin = BruteForce.SubsetSums(t.Samples).Min(s => Math.Abs(s - z)) - radius * t.Eps;
        return Math.Abs(margin) < Tolerance.UnitSums ? null : ExactCheck.Holds(Approximable.IsApproximable(t.Samples, t.Eps, z) == margin <= 0);
    }
}
