using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Generators;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Lemma 14: Y_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z − X_{n+1}).</summary>
[Statement(14, "Lemma 14")]
public static class Lemma14
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Lemma 14",
            "Y_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z − X_{n+1}) (Eq. 3.2), for every z ∈ ℝ.",
            "both sides from the solver's Y at z drawn from [−3, 3], X_{n+1} ~ Unif([−1, 1])",
            () => Arb.From(from t in RsspGens.Instances(RsspGens.EpsGrid) from x in RsspGens.Point(-1, 1) from z in RsspGens.Point(-3, 3)
                select (Instance: t, Next: x, Z: z)),
            p => Agrees(p.Instance, p.Next, p.Z, shift: -1, gate: true),
            mutants:
            [
                new("z − X → z + X", MutationKind.ConstantChanged, "Y_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z + X_{n+1})", p => Agrees(p.Instance, p.Next, p.Z, shift: 1, gate: true)),
                new("(1 − Y_n(z)) removed", MutationKind.FactorChanged, "Y_{n+1}(z) = Y_n(z) + Y_n(z − X_{n+1})", p => Agrees(p.Instance, p.Next, p.Z, shift: -1, gate: false)),
            ]),
    ];

    /// <summary>Whether Y_{n+1}(z) = Y_n(z) + [1 − Y_n(z)]·Y_n(z + shift·x), the bracket kept when gate.</summary>
    private static double? Agrees(RsspInstance t, double x, double z, int shift, bool gate)
    {
        static int Y(ReadOnlySpan<double> xs, double eps, double at) => Approximable.IsApproximable(xs, eps, at) ? 1 : 0;
        var left = Y([.. t.Samples, x], t.Eps, z);
        var right = Y(t.Samples, t.Eps, z) + (gate ? 1 - Y(t.Samples, t.Eps, z) : 1) * Y(t.Samples, t.Eps, z + shift * x);
        return ExactCheck.Holds(left == right);
    }
}
