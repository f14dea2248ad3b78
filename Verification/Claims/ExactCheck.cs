using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Rssp.Theory.Random;

namespace Rssp.Verification.Claims;

/// <summary>Exact claims as FsCheck properties. slack(instance) is the margin by which the claim holds on it
/// (≥ 0 holds, &lt; 0 fails, null: the hypothesis does not apply); a claim compared in floating point may
/// allow a stated tolerance for rounding (holds while margin ≥ −tolerance), and the raw margin is reported. FsCheck runs with a replay seed derived
/// from (master seed, claim), shrinks a failure, and the runner hands back the shrunk counterexample.</summary>
public static class ExactCheck
{
    public static Verdict ForAll<T>(CheckContext context, ulong stream, Arbitrary<T> instances, Func<T, double?> slack, double tolerance = 0)
    {
        var (seed, gamma) = context.Replay ?? (SplitMix64.Derive(context.MasterSeed, stream), SplitMix64.Derive(context.MasterSeed, stream, 1) | 1);
        var replay = $"({seed},{gamma})";
        double? minSlack = null;
        var worst = "none";
        long applicable = 0;
        var property = Prop.ForAll(instances, x =>
        {
            var s = slack(x);
            if (s is not double margin) return true;
            applicable++;
            if (minSlack is null || !(margin >= minSlack))
            {
                minSlack = double.IsNaN(margin) ? double.NegativeInfinity : margin;
                worst = x?.ToString() ?? "";
            }
            return margin >= -tolerance;
        });
        var runner = new CapturingRunner();
        var config = Config.Quick.WithMaxTest(context.Budget.Instances).WithReplay(seed, gamma).WithRunner(runner).WithQuietOnSuccess(true);
        Check.One(config, property);
        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result.");
        if (result is TestResult.Failed failed)
        {
            var counterexample = string.Join(", ", failed.Item3.Select(a => a?.ToString()));
            return new(Outcome.Refuted, failed.Item1.NumberOfTests, minSlack, worst, counterexample, replay, [],
                $"fails on {counterexample} (after {failed.Item1.NumberOfTests} instances, {failed.Item1.NumberOfShrinks} shrinks)");
        }
        var tests = result is TestResult.Passed passed ? passed.Item1.NumberOfTests : 0;
        if (applicable == 0)
            return new(Outcome.Inconclusive, tests, null, worst, null, replay, [], $"no instance met the hypothesis in {tests}");
        return new(Outcome.Holds, tests, minSlack, worst, null, replay, [],
            $"holds on {applicable} applicable of {tests} instances; smallest margin {minSlack:G4}" + (tolerance > 0 ? $" (rounding tolerance {tolerance:G2})" : ""));
    }

    /// <summary>A yes/no claim as a margin: 0 when it holds, −1 when not.</summary>
    public static double? Holds(bool holds) => holds ? 0 : -1;

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t) { }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
