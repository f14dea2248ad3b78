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
            law =>
            {
                var total = law.Weights.Sum();
                var mean = law.Values.Zip(law.Weights).Sum(p => p.First * p.Second) / total;
                var tail = law.Values.Zip(law.Weights).Where(p => p.First >= law.T).Sum(p => p.Second) / total;
                return tail - (mean - law.T) / (law.B - law.T);
            }, tolerance: Tolerance.UnitSums, side: Side.AtLeast,
            bound: law => (law.Values.Zip(law.Weights).Sum(p => p.First * p.Second) / law.Weights.Sum() - law.T) / (law.B - law.T)),
    ];
}
