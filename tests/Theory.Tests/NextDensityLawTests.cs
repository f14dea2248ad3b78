using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

/// <summary>The exact law of Z_{n+1} (and Ẑ_{n+1}) given X_1..X_n against direct computation at each
/// x, against the second route of Eq. 3.3, against fine numerical integration and Monte Carlo.</summary>
public class NextDensityLawTests
{
    private static Arbitrary<Instance> Small => Gens.Instances(7);

    /// <summary>Z_{n+1} computed from scratch with the n + 1 samples.</summary>
    private static double Direct(double[] xs, double eps, double x) => Approximable.Density([.. xs, x], eps);

    [Property]
    public Property Law_at_x_equals_the_density_with_x_appended() =>
        Prop.ForAll(Small, Arb.From(Gens.Symmetric), (t, x) =>
            Tolerance.Close(NextDensityLaw.Of(t.Samples, t.Eps).At(x), Direct(t.Samples, t.Eps, x), 1e-11));

    [Property]
    public Property Hat_law_at_x_equals_eq_3_6() =>
        Prop.ForAll(Small, Arb.From(Gens.Symmetric), (t, x) =>
            Tolerance.Close(NextDensityLaw.OfHat(t.Samples, t.Eps).At(x), HatDensity.Next(t.Samples, t.Eps, x), 1e-11));

    [Property]
    public Property Law_at_every_knot_equals_direct_computation() =>
        Prop.ForAll(Small, t => NextDensityLaw.Of(t.Samples, t.Eps).Knots
            .All(k => Tolerance.Close(k.Z, Direct(t.Samples, t.Eps, k.X), 1e-11)));

    [Property]
    public Property Expectation_agrees_with_the_eq_3_3_route() =>
        Prop.ForAll(Gens.Instances(10), t =>
            Tolerance.Close(NextDensityLaw.Of(t.Samples, t.Eps).Expectation, Eq33.Expectation(t.Samples, t.Eps), 1e-11) &&
            Tolerance.Close(NextDensityLaw.OfHat(t.Samples, t.Eps).Expectation, Eq33.Expectation(t.Samples, t.Eps, hat: true), 1e-11));

    [Property(MaxTest = 25)]
    public Property Expectation_agrees_with_fine_numerical_integration() =>
        Prop.ForAll(Gens.Instances(5), t =>
        {
            // Midpoint rule on 4000 cells: exact on the linear pieces, off by at most (cell)·(jump in slope)
            // on the ≤ 4·|A|·|G| cells holding a knot.
            const int cells = 4000;
            var integral = Enumerable.Range(0, cells).Sum(i => Direct(t.Samples, t.Eps, -1 + (i + 0.5) * 2 / cells)) / cells;
            return Math.Abs(NextDensityLaw.Of(t.Samples, t.Eps).Expectation - integral) < 2e-3;
        });

    [Property(MaxTest = 10)]
    public Property Probability_agrees_with_monte_carlo() =>
        Prop.ForAll(Gens.Instances(6), Arb.From(Gens.Unit), (t, u) =>
        {
            var law = NextDensityLaw.Of(t.Samples, t.Eps);
            var threshold = law.Zn + u * (1 - law.Zn) / 2;
            var rng = new Random.Rng(42);
            const int draws = 4000;
            var hits = Enumerable.Range(0, draws).Count(_ => Direct(t.Samples, t.Eps, rng.NextSymmetric()) >= threshold);
            // Hoeffding: |p̂ − p| > 0.04 has probability ≤ 2·exp(−2·4000·0.0016) ≈ 6e−6.
            return Math.Abs(hits / (double)draws - law.ProbabilityAtLeast(threshold)) < 0.04;
        });

    [Property]
    public Property Probability_is_a_survival_function() =>
        Prop.ForAll(Small, Arb.From(Gens.Unit), Arb.From(Gens.Unit), (t, u, v) =>
        {
            var law = NextDensityLaw.Of(t.Samples, t.Eps);
            var (s, r) = (Math.Min(u, v), Math.Max(u, v));
            var max = law.Knots.Max(k => k.Z);
            return law.ProbabilityAtLeast(s) >= law.ProbabilityAtLeast(r) &&
                   law.ProbabilityAtLeast(law.Zn) == 1 &&
                   law.ProbabilityAtLeast(max + 1e-9) == 0;
        });

    [Property]
    public Property Probability_equals_the_measure_of_the_superlevel_set_on_a_grid() =>
        Prop.ForAll(Small, Arb.From(Gens.Unit), (t, u) =>
        {
            var law = NextDensityLaw.Of(t.Samples, t.Eps);
            var threshold = law.Zn + u * (law.Knots.Max(k => k.Z) - law.Zn);
            const int cells = 20000;
            var fraction = Enumerable.Range(0, cells).Count(i => law.At(-1 + (i + 0.5) * 2 / cells) >= threshold) / (double)cells;
            // Each knot's crossing can move the count by at most one cell.
            return Math.Abs(fraction - law.ProbabilityAtLeast(threshold)) <= (law.Knots.Count + 1.0) / cells;
        });

    [Property]
    public Property Hat_is_never_above_z_and_z_is_never_below_zn() =>
        Prop.ForAll(Small, Arb.From(Gens.Symmetric), (t, x) =>
        {
            var law = NextDensityLaw.Of(t.Samples, t.Eps);
            var hat = NextDensityLaw.OfHat(t.Samples, t.Eps);
            return hat.At(x) <= law.At(x) + 1e-12 && law.At(x) >= law.Zn && hat.Zn == law.Zn;
        });
}
