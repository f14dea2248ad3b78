using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Lemma 15, step by step: a point z′ that is not ε-approximable lies within ε of an approximable z
/// (the gaps are short, since Z_{n,ε} ≥ 1 − ε/2), and the triangle inequality |z′ − x| ≤ |z′ − z| + |z − x| — printed
/// "≤ ε", which contradicts z′ not being ε-approximable; the sum is at most 2ε, which is what Lemma 15 needs.</summary>
[Statement(15.5, "Proof of Lemma 15")]
public static class ProofOfLemma15
{
    /// <summary>The proof's three points on an instance where Z_{n,ε} ≥ 1 − ε/2 and [−1, 1] is not covered: z′ the
    /// uncovered point farthest from the approximable set A (a gap's midpoint, or its end at ±1), z the point of A
    /// nearest to it, x the subset sum closest to z.</summary>
    public sealed record Triple(RsspInstance Instance, double ZPrime, double Z, double X)
    {
        /// <summary>|z′ − z| + |z − x|, the right-hand side of the triangle inequality.</summary>
        public double Chain => Math.Abs(ZPrime - Z) + Math.Abs(Z - X);

        public override string ToString() => $"{Instance}; z′ = {ZPrime:R}, z = {Z:R}, x = {X:R}";
    }

    public static Triple? Points(RsspInstance? t)
    {
        if (t is null) return null;
        var gaps = Approximable.Set(t.Samples, t.Eps).Gaps(-1, 1);
        if (gaps.IsEmpty) return null;
        var (zPrime, z) = gaps.Intervals
            .Select(g => g.Lo == -1 ? (Far: -1.0, Near: g.Hi) : g.Hi == 1 ? (Far: 1.0, Near: g.Lo) : (Far: (g.Lo + g.Hi) / 2, Near: g.Lo))
            .MaxBy(p => Math.Abs(p.Far - p.Near));
        return new Triple(t, zPrime, z, Witness.Closest(t.Samples, z).Sum);
    }

    private static FsCheck.Arbitrary<Triple?> Triples => FsCheck.Fluent.Arb.From(ProofGens.Late(RsspGens.EpsGrid).Select(Points));

    public static Claim GapStep => Define.Exact("Proof of Lemma 15",
        "Since Z_{n,ε} ≥ 1 − ε/2, a value z′ not ε-approximable with Ω_n is at distance at most ε from a value z that is.",
        "instances drawn until Z_{n,ε} ≥ 1 − ε/2 first holds, with a gap left in [−1, 1]: the uncovered point farthest from the approximable set (exact interval sets); margin ε − |z′ − z|",
        () => Triples, p => p is null ? null : p.Instance.Eps - Math.Abs(p.ZPrime - p.Z), variantName: "gaps at most ε", tolerance: Tolerance.UnitSums, bound: p => p!.Instance.Eps,
        target: ClaimTarget.ProofStep("the distance from z′ to an ε-approximable z, in the proof of Lemma 15"),
        mutants: [new("ε → ε/4", MutationKind.ConstantChanged, "z′ is within ε/4 of an ε-approximable z.", p => p is null ? null : p.Instance.Eps / 4 - Math.Abs(p.ZPrime - p.Z))]);

    public static Claim TriangleAsPrinted => Define.Exact("Proof of Lemma 15",
        "|z′ − x| ≤ |z′ − z| + |z − x| ≤ ε, with x the sum of the subset that ε-approximates z.",
        "as for the gap step, with x the subset sum closest to z (meet in the middle); margin ε − (|z′ − z| + |z − x|)",
        () => Triples, p => p is null ? null : p.Instance.Eps - p.Chain, variantName: "triangle inequality as printed", bound: p => p!.Instance.Eps,
        target: ClaimTarget.ProofStep("the triangle inequality closing the proof of Lemma 15, as printed (≤ ε)"),
        mutants: [new("ε → 3ε", MutationKind.ConstantChanged, "|z′ − z| + |z − x| ≤ 3ε.", p => p is null ? null : 3 * p.Instance.Eps - p.Chain)]);

    public static Claim TriangleTwoEps => Define.Exact("Proof of Lemma 15",
        "|z′ − x| ≤ |z′ − z| + |z − x| ≤ ε + ε = 2ε: z′ is 2ε-approximable, which is Lemma 15's conclusion Z_{n,2ε} = 1.",
        "as printed, against 2ε",
        () => Triples, p => p is null ? null : 2 * p.Instance.Eps - p.Chain,
        Variant.Intended, "triangle inequality with 2ε", tolerance: Tolerance.UnitSums, bound: p => 2 * p!.Instance.Eps, target: ClaimTarget.ProofStep("triangle inequality with 2ε: the evident reading of a step of the proof of Lemma 15"),
        mutants: [new("2ε → 1.5ε", MutationKind.ConstantChanged, "|z′ − z| + |z − x| ≤ 1.5ε.", p => p is null ? null : 1.5 * p.Instance.Eps - p.Chain)]);

    public static IReadOnlyList<Claim> Claims => [GapStep, TriangleAsPrinted, TriangleTwoEps];
}
