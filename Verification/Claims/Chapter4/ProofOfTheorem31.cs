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
            p =>
            {
                var step = p.Eps / (2 * p.L);
                double e = 0;
                var recursionGap = 0.0;
                for (var i = 1; i <= Math.Min(p.L, 50); i++)
                {
                    e += step * Math.Pow(1 + step, i - 1);
                    recursionGap = Math.Max(recursionGap, Math.Abs(e - (Math.Pow(1 + step, i) - 1)));
                }
                var first = double.ExpM1(p.Eps / 2) - (Math.Exp(p.L * double.LogP1(step)) - 1);
                var second = p.Eps - double.ExpM1(p.Eps / 2);
                return Math.Min(Math.Min(first, second), -recursionGap);
            }, tolerance: Tolerance.Certificates, target: ClaimTarget.ProofStep("Eq. 4.8–4.24 in the proof of Theorem 31")),
    ];
}
