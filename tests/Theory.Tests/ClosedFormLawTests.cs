using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

/// <summary>Laws between the closed forms of chapter 3 and the core (found missing by mutation testing).</summary>
public class ClosedFormLawTests
{
    [Property]
    public Property Proposition_16s_bound_lies_below_the_exact_expectation() =>
        Prop.ForAll(Gens.Instances(8), t =>
        {
            var law = NextDensityLaw.Of(t.Samples, t.Eps);
            return law.Expectation >= ExpectedGrowth.GrowthLowerBound(law.Zn) - 1e-12 && ExpectedGrowth.GrowthLowerBound(law.Zn) >= law.Zn;
        });

    [Property]
    public Property Corollary_22s_proof_line_is_one_minus_proposition_16_and_the_printed_form_is_weaker() =>
        Prop.ForAll(Arb.From(Gens.Unit), z =>
            Tolerance.Close(ExpectedGrowth.Cor22ProofLine(1 - z), 1 - ExpectedGrowth.GrowthLowerBound(z)) &&
            ExpectedGrowth.Cor22Printed(1 - z) >= ExpectedGrowth.Cor22ProofLine(1 - z) &&
            Tolerance.Close(ExpectedGrowth.Cor22Printed(1 - z) - ExpectedGrowth.Cor22ProofLine(1 - z), (1 - z) * z / 2));

    [Property]
    public Property Proposition_20s_bound_is_at_least_what_eq_3_12_gives_and_grows_with_n() =>
        Prop.ForAll(Arb.From(Gens.Unit.Select(u => 0.125 * (0.01 + 0.98 * u))), Arb.From(Gen.Elements(0.3, 0.1, 0.01, 1e-3)), Arb.From(Gen.Choose(0, 3000)), (b, eps, extra) =>
        {
            var p = GrowthProbability.PBeta(b);
            var n = (int)Math.Ceiling((FirstPhaseTail.Alpha(b, eps) + 1) / p) + extra;
            // (np − α)² ≥ (np − α − 1)² once np > α + 1: the statement's bound is at least the proof's.
            return FirstPhaseTail.LowerBound(b, eps, n) >= 1 - FirstPhaseTail.Eq312UpperBound(b, eps, n) - 1e-12 &&
                   FirstPhaseTail.LowerBound(b, eps, n + 1) >= FirstPhaseTail.LowerBound(b, eps, n) - 1e-12 &&
                   FirstPhaseTail.LowerBound(b, eps, n) <= 1 && FirstPhaseTail.Hypothesis(b, eps, n);
        });
}
