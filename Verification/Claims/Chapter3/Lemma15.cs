using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Lemma 15: if Z_{n,ε} ≥ 1 − ε/2 then Z_{n,2ε} = 1.</summary>
[Statement(15, "Lemma 15")]
public static class Lemma15
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Lemma 15",
            "If Z_{n,ε} ≥ 1 − ε/2 then Z_{n,2ε} = 1.",
            "on instances late in the process (n up to log₂(1/ε) + 12) where the hypothesis holds: is [−1, 1] covered at 2ε; margin Z_{n,2ε} − 1",
            () => RsspGens.Arbitrary(extra: 12),
            t => Approximable.Density(t.Samples, t.Eps) >= 1 - t.Eps / 2 ? Covered(t, 2) : null,
            mutants:
            [
                new("2ε → ε", MutationKind.ConstantChanged, "If Z_{n,ε} ≥ 1 − ε/2 then Z_{n,ε} = 1.", t => Approximable.Density(t.Samples, t.Eps) >= 1 - t.Eps / 2 ? Covered(t, 1) : null),
                new("hypothesis dropped", MutationKind.HypothesisChanged, "Z_{n,2ε} = 1 on every instance.", t => Covered(t, 2)),
            ]),
    ];

    /// <summary>0 when [−1, 1] is covered at factor·ε, else Z_{n,factor·ε} − 1.</summary>
    private static double Covered(RsspInstance t, double factor) =>
        Approximable.CoversUnitInterval(t.Samples, factor * t.Eps) ? 0 : Approximable.Density(t.Samples, factor * t.Eps) - 1;
}
