using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Rssp.Theory.Random;

namespace Rssp.Verification.Checking;

/// <summary>Exact claims as FsCheck properties. slack(instance) is the margin by which the claim holds on it
/// (≥ 0 holds, &lt; 0 fails, null: the hypothesis does not apply); a claim compared in floating point may
/// allow a stated tolerance for rounding (holds while margin ≥ −tolerance), and the raw margin is reported. FsCheck runs
/// with the claim stream's replay pair (its own seed, and its trial 1's seed made odd), shrinks a failure, and hands back
/// the shrunk counterexample.</summary>
public static class ExactCheck
{
    /// <summary>The replay pair of a claim's stream under a master seed.</summary>
    public static ReplayToken.FsCheckPair ReplayOf(SeedStream stream, ulong masterSeed) =>
        new(stream.Seed(masterSeed), stream.TrialSeed(masterSeed, 1) | 1);

    public static Verdict ForAll<T>(CheckContext context, SeedStream stream, Arbitrary<T> instances, Func<T, double?> slack, double tolerance = 0)
    {
        var replay = context.Replay ?? ReplayOf(stream, context.MasterSeed);
        var seen = new Tally<T>();
        var property = Prop.ForAll(instances, x => seen.Record(x, slack(x)) is not double margin || margin >= -tolerance);
        var runner = new CapturingRunner();
        var config = Config.Quick.WithMaxTest(context.Budget.Instances).WithReplay(replay.Seed, replay.Gamma).WithRunner(runner).WithQuietOnSuccess(true);
        Check.One(config, property);
        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result.");
        var evidence = (long tests, string summary) => new Evidence(tests, seen.MinSlack, seen.Worst, replay, [], summary);
        if (result is TestResult.Failed failed)
        {
            var counterexample = string.Join(", ", failed.Item3.Select(a => a?.ToString()));
            return new Verdict.Refuted(evidence(failed.Item1.NumberOfTests,
                $"fails on {counterexample} (after {failed.Item1.NumberOfTests} instances, {failed.Item1.NumberOfShrinks} shrinks)"), counterexample);
        }
        var tests = result is TestResult.Passed passed ? passed.Item1.NumberOfTests : 0;
        if (seen.Applicable == 0)
            return new Verdict.Inconclusive(evidence(tests, $"no instance met the hypothesis in {tests}"));
        return new Verdict.Holds(evidence(tests,
            $"holds on {seen.Applicable} applicable of {tests} instances; smallest margin {seen.MinSlack:G4}" + (tolerance > 0 ? $" (rounding tolerance {tolerance:G2})" : "")));
    }

    /// <summary>A yes/no claim as a margin: 0 when it holds, −1 when not.</summary>
    public static double? Holds(bool holds) => holds ? 0 : -1;

    /// <summary>What the property saw (FsCheck's stamps only give rounded percentages): the instances the hypothesis
    /// applied to, and the first smallest margin with its instance (a NaN margin counts as −∞). FsCheck runs the property
    /// sequentially.</summary>
    private sealed class Tally<T>
    {
        public long Applicable { get; private set; }

        public double? MinSlack { get; private set; }

        public string Worst { get; private set; } = "none";

        public double? Record(T instance, double? margin)
        {
            if (margin is not double m) return null;
            Applicable++;
            if (MinSlack is null || !(m >= MinSlack))
            {
                MinSlack = double.IsNaN(m) ? double.NegativeInfinity : m;
                Worst = instance?.ToString() ?? "";
            }
            return m;
        }
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t) { }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
