using FsCheck.Fluent;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Lemma 19: E[X] ≤ t Pr(X &lt; t) + B Pr(X ≥ t) = t + (B − t) Pr(X ≥ t) for 0 ≤ X ≤ B, t ∈ (0, B).</summary>
[Statement(19.5, "Proof of Lemma 19")]
public static class ProofOfLemma19
{
    public static Claim Bound => Define.Exact("Proof of Lemma 19",
        "E[X] ≤ t Pr(X < t) + B Pr(X ≥ t) = t + (B − t) Pr(X ≥ t), for 0 ≤ X ≤ B and t ∈ (0, B).",
        "Lemma 19's random finite laws on [0, B], exact sums; margin min(right − E[X], −|right − (t + (B − t)Pr(X ≥ t))|)",
        () => Arb.From(Lemma19.Laws),
        law =>
        {
            var right = law.T * (1 - law.Tail) + law.B * law.Tail;
            return Math.Min(right - law.Mean, -Math.Abs(right - (law.T + (law.B - law.T) * law.Tail)));
        }, variantName: "the bound", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("E[X] ≤ t Pr(X < t) + B Pr(X ≥ t), the proof of Lemma 19"),
        mutants: [new("B Pr(X ≥ t) → t Pr(X ≥ t)", MutationKind.ConstantChanged, "E[X] ≤ t.", law => law.T - law.Mean)]);

    public static IReadOnlyList<Claim> Claims => [Bound];
}
