using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;

namespace Rssp.Verification.Checking;

/// <summary>Exact claims as FsCheck properties. slack(instance) is the margin by which the claim holds on it
/// (≥ 0 holds, &lt; 0 fails, null: the hypothesis does not apply); a claim compared in floating point may
/// allow a stated tolerance for rounding (holds while margin ≥ −tolerance), and the raw margin is reported. FsCheck runs
/// with the claim stream's replay pair (its own seed, and its trial 1's seed made odd), shrinks a failure, and hands back
/// the shrunk counterexample. The property itself is pure: each instance's margin is computed once, when FsCheck generates
/// or shrinks it, and the evidence comes from FsCheck's runner callbacks (the cases tested and the shrinks kept).</summary>
public static class ExactCheck
{
    /// <summary>The replay pair of a claim's stream under a master seed.</summary>
    public static ReplayToken.FsCheckPair ReplayOf(SeedStream stream, ulong masterSeed) =>
        new(stream.Seed(masterSeed), stream.TrialSeed(masterSeed, 1) | 1);

    /// <param name="bound">for a claim that compares a quantity with a bound, the bound on an instance, from which the
    /// margin is measured (margin = bound − observed for <see cref="Side.AtMost"/>, observed − bound for AtLeast): gives
    /// the verdict its <see cref="Tightness"/>. Null for identities and yes/no claims.</param>
    /// <param name="unit">the compared values are probabilities or densities in [0, 1]: the tightness also weighs the
    /// complements (see <see cref="Tightness.RatioOf"/>).</param>
    /// <param name="describe">names an instance's fields and, where it fails, the failing quantity against the bound
    /// ("n = 2, c1 = 2: t = 2 lies in blocks 1 and 2"); null prints the instance itself.</param>
    public static Verdict ForAll<T>(CheckContext context, SeedStream stream, Arbitrary<T> instances, Func<T, double?> slack, double tolerance = 0,
        Func<T, double>? bound = null, Side side = Side.AtMost, bool unit = false, Func<T, string>? describe = null)
    {
        var replay = context.Replay ?? ReplayOf(stream, context.MasterSeed);
        var cases = instances.Convert(x =>
        {
            var margin = slack(x);
            return new Case<T>(x, margin, margin is double m && bound?.Invoke(x) is double b
                ? Tightness.RatioOf(side == Side.AtMost ? b - m : b + m, b, side, unit) : null, describe);
        }, c => c.Instance);
        var property = Prop.ForAll(cases, c => c.Margin is not double margin || margin >= -tolerance);
        var runner = new ObservingRunner(context.Cancel, () => context.Advance(1));
        var config = Config.Quick.WithMaxTest(context.Budget.Instances).WithReplay(replay.Seed, replay.Gamma).WithRunner(runner).WithQuietOnSuccess(true);
        Check.One(config, property);
        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result.");
        var tested = runner.Tested.OfType<Case<T>>().ToArray();
        var applicable = tested.Count(c => c.Margin is not null);
        // The first smallest margin over the instances tested and the shrinks FsCheck kept (a NaN margin counts as −∞).
        var worst = tested.Concat(runner.Shrunk.OfType<Case<T>>()).Where(c => c.Margin is not null)
            .Select(c => (Margin: double.IsNaN(c.Margin!.Value) ? double.NegativeInfinity : c.Margin.Value, Text: c.ToString()))
            .Aggregate(((double?)null, "none"), (best, c) => best.Item1 is double m && !(c.Margin < m) ? best : (c.Margin, c.Text));
        var tightness = Tightness.Worst(tested.Select(c => (c.Ratio, c.ToString())));
        var evidence = (long tests, string summary) => new Evidence(tests, worst.Item1, worst.Item2, replay, [], summary) { Tightness = tightness };
        if (result is TestResult.Failed failed)
        {
            // The evidence of a refutation is the shrunk counterexample and its own margin (the smallest margin seen may lie
            // at a larger instance FsCheck shrank away from); the summary names that one too when it differs.
            var shrunk = failed.Item3.OfType<Case<T>>().ToArray();
            var counterexample = string.Join(", ", failed.Item3.Select(a => a?.ToString()));
            var margin = shrunk.Select(c => c.Margin).FirstOrDefault(m => m is not null);
            var found = $"after {Numbers.Count(failed.Item1.NumberOfTests, "instance")}, {Numbers.Count(failed.Item1.NumberOfShrinks, "shrink")}";
            var elsewhere = worst.Item1 is double w && margin is double m && w < m ? $"; the smallest margin seen, {Numbers.Format(w)}, was at {worst.Item2}" : "";
            return new Verdict.Refuted(new Evidence(failed.Item1.NumberOfTests, margin ?? worst.Item1, counterexample, replay, [],
                $"fails on {counterexample}{(margin is double mm ? $" (margin {Numbers.Format(mm)})" : "")}, {found}{elsewhere}") { Tightness = tightness }, counterexample);
        }
        var tests = result is TestResult.Passed passed ? passed.Item1.NumberOfTests : 0;
        if (applicable == 0)
            return new Verdict.Inconclusive(evidence(tests, $"no instance met the hypothesis in {Numbers.Count(tests, "instance")}"));
        return new Verdict.Holds(evidence(tests,
            $"holds on {applicable} applicable of {Numbers.Count(tests, "instance")}; smallest margin {Numbers.Format(worst.Item1 ?? 0)}" + (tolerance > 0 ? $" (rounding tolerance {tolerance:G2})" : "")));
    }

    /// <summary>A claim over a fixed, finite list of cases (an algebraic step whose sign is decided at a few points): each
    /// case's margin computed once, no sampling; refuted at the first case of the smallest negative margin. The replay is
    /// the master seed, which nothing here depends on.</summary>
    public static Verdict ForCases<T>(CheckContext context, IReadOnlyList<T> cases, Func<T, double?> slack, Func<T, string>? describe = null)
    {
        context.Cancel.ThrowIfCancellationRequested();
        var margins = cases.Select(c => (Case: c, Margin: slack(c))).Where(c => c.Margin is not null).ToArray();
        context.Advance(cases.Count);
        string Text(T c) => describe is not null ? describe(c) : c?.ToString() ?? "";
        var replay = new ReplayToken.MasterSeed(context.MasterSeed);
        if (margins.Length == 0)
            return new Verdict.Inconclusive(new Evidence(cases.Count, null, "none", replay, [], $"no case met the hypothesis of {Numbers.Count(cases.Count, "case")}"));
        var worst = margins.MinBy(c => c.Margin!.Value);
        var evidence = new Evidence(cases.Count, worst.Margin, Text(worst.Case), replay, [], worst.Margin < 0
            ? $"fails on {Text(worst.Case)} (margin {Numbers.Format(worst.Margin!.Value)}), checked once on each of {Numbers.Count(cases.Count, "case")}"
            : $"holds on each of {Numbers.Count(cases.Count, "case")}, checked once; smallest margin {Numbers.Format(worst.Margin!.Value)}");
        return worst.Margin < 0 ? new Verdict.Refuted(evidence, Text(worst.Case)) : new Verdict.Holds(evidence);
    }

    /// <summary>A yes/no claim as a margin: 0 when it holds, −1 when not.</summary>
    public static double? Holds(bool holds) => holds ? 0 : -1;

    /// <summary>An instance with its margin and tightness ratio, computed once when FsCheck generates or shrinks it; printed
    /// as the instance, or as describe names it.</summary>
    private sealed record Case<T>(T Instance, double? Margin, double? Ratio, Func<T, string>? Describe)
    {
        public override string ToString() => Describe is not null ? Describe(Instance) : Instance?.ToString() ?? "";
    }
}
