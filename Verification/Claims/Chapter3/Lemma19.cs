using Rssp.Theory.Collections;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Lemma 19 (reverse Markov): if 0 ≤ X ≤ B then Pr(X ≥ t) ≥ (E[X] − t)/(B − t) for t ∈ (0, B); checked exactly over random finite laws on [0, B].</summary>
[Statement(19, "Lemma 19")]
public static class Lemma19
{
    public sealed record FiniteLaw(ValueArray<double> Values, ValueArray<double> Weights, double B, double T)
    {
        /// <summary>E[X].</summary>
        public double Mean => Values.Zip(Weights).Sum(p => p.First * p.Second) / Weights.Sum();

        /// <summary>Pr(X ≥ t).</summary>
        public double Tail => Values.Zip(Weights).Where(p => p.First >= T).Sum(p => p.Second) / Weights.Sum();

        public override string ToString() =>
            $"B = {B:R}, t = {T:R}, values = [{string.Join(", ", Values.Select(v => v.ToString("R")))}], weights = [{string.Join(", ", Weights.Select(w => w.ToString("R")))}]";
    }

    internal static Gen<FiniteLaw> Laws =>
        from b in Gen.Choose(1, 100).Select(k => k / 10.0)
        from n in Gen.Choose(1, 6)
        from values in Gen.ArrayOf(Gen.Choose(0, 1000).Select(k => k / 1000.0), n)
        from weights in Gen.ArrayOf(Gen.Choose(1, 1000).Select(k => (double)k), n)
        from t in Gen.Choose(1, 999).Select(k => k / 1000.0)
        select new FiniteLaw(values.Select(v => v * b).ToArray(), weights, b, t * b);

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Lemma 19",
            "If 0 ≤ X ≤ B then for any t ∈ (0, B): Pr(X ≥ t) ≥ (E[X] − t)/(B − t).",
            "random finite laws on [0, B] (values and weights), both sides computed exactly",
            () => Arb.From(Laws),
            law => Margin(law, 1, law.B - law.T), tolerance: Tolerance.UnitSums, side: Side.AtLeast, unit: true,
            bound: law => (law.Mean - law.T) / (law.B - law.T),
            mutants:
            [
                new("bound ×2", MutationKind.BoundTightened, "Pr(X ≥ t) ≥ 2(E[X] − t)/(B − t)", law => Margin(law, 2, law.B - law.T)),
                new("B − t → B − 2t", MutationKind.ConstantChanged, "Pr(X ≥ t) ≥ (E[X] − t)/(B − 2t), for t < B/2",
                    law => law.B > 2 * law.T ? Margin(law, 1, law.B - 2 * law.T) : null),
            ]),
    ];

    /// <summary>Pr(X ≥ t) − factor·(E[X] − t)/denominator, exactly over the finite law.</summary>
    private static double Margin(FiniteLaw law, double factor, double denominator) => law.Tail - factor * (law.Mean - law.T) / denominator;
}
