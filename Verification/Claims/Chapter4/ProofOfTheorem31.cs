using FsCheck;
using FsCheck.Fluent;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>The end of the proof of Theorem 31 (Eq. 4.8–4.24): ‖X^{(i)} − X̃^{(i)}‖_max ≤ (1 + ε/2ℓ)^i − 1 and (1 + ε/2ℓ)^ℓ − 1 ≤ e^{ε/2} − 1 ≤ ε.</summary>
[Statement(34.5, "Eq. 4.8–4.24")]
public static class ProofOfTheorem31
{
    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Eq. 4.8–4.24",
            "(1 + ε/2ℓ)^ℓ − 1 ≤ e^{ε/2} − 1 ≤ ε for every ℓ ≥ 1, since ε < 1; and the recursion e_i = e_{i−1} + (ε/2ℓ)(1 + ε/2ℓ)^{i−1}, e_0 = 0, gives e_i = (1 + ε/2ℓ)^i − 1.",
            "both inequalities and the recursion in floating point, ε drawn from (0, 1) (both ends approached), ℓ from 1 to 10⁴",
            () => Arb.From(
                from k in Gen.Choose(1, 1_000_000) from l in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(21, 10_000)))
                select (Eps: k / 1_000_001.0, L: l)),
            p => Margin(p.Eps, p.L, half: 0.5, lag: 1), tolerance: Tolerance.Certificates, target: ClaimTarget.ProofStep("Eq. 4.8–4.24 in the proof of Theorem 31"),
            mutants:
            [
                new("e^{ε/2} → e^{ε}", MutationKind.ConstantChanged, "(1 + ε/2ℓ)^ℓ − 1 ≤ e^{ε} − 1 ≤ ε", p => Margin(p.Eps, p.L, half: 1, lag: 1)),
                new("exponent i − 1 → i", MutationKind.ExponentChanged, "e_i = e_{i−1} + (ε/2ℓ)(1 + ε/2ℓ)^i gives e_i = (1 + ε/2ℓ)^i − 1", p => Margin(p.Eps, p.L, half: 0.5, lag: 0)),
            ]),
    ];

    /// <summary>min of e^{half·ε} − (1 + ε/2ℓ)^ℓ, ε + 1 − e^{half·ε}, and −|e_i − ((1 + ε/2ℓ)^i − 1)| over i ≤ min(ℓ, 50) for the
    /// recursion e_i = e_{i−1} + (ε/2ℓ)(1 + ε/2ℓ)^{i−lag}.</summary>
    private static double Margin(double eps, int l, double half, int lag)
    {
        var step = eps / (2 * l);
        double e = 0;
        var recursionGap = 0.0;
        for (var i = 1; i <= Math.Min(l, 50); i++)
        {
            e += step * Math.Pow(1 + step, i - lag);
            recursionGap = Math.Max(recursionGap, Math.Abs(e - (Math.Pow(1 + step, i) - 1)));
        }
        var first = double.ExpM1(half * eps) - (Math.Exp(l * double.LogP1(step)) - 1);
        var second = eps - double.ExpM1(half * eps);
        return Math.Min(Math.Min(first, second), -recursionGap);
    }
}
