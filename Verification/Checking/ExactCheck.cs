using System.Globalization;
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
/// the shrunk counterexample. Each applicable instance is classified by its margin and its text, so the smallest margin
/// comes from FsCheck's own test data.</summary>
public static class ExactCheck
{
    /// <summary>The replay pair of a claim's stream under a master seed.</summary>
    public static ReplayToken.FsCheckPair ReplayOf(SeedStream stream, ulong masterSeed) =>
        new(stream.Seed(masterSeed), stream.TrialSeed(masterSeed, 1) | 1);

    public static Verdict ForAll<T>(CheckContext context, SeedStream stream, Arbitrary<T> instances, Func<T, double?> slack, double tolerance = 0)
    {
        var replay = context.Replay ?? ReplayOf(stream, context.MasterSeed);
        var property = Prop.ForAll(instances, x => slack(x) is double margin
            ? (margin >= -tolerance).Classify(true, Stamp(margin, x))
            : true.Classify(false, ""));
        var runner = new CapturingRunner();
        var config = Config.Quick.WithMaxTest(context.Budget.Instances).WithReplay(replay.Seed, replay.Gamma).WithRunner(runner).WithQuietOnSuccess(true);
        Check.One(config, property);
        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result.");
        var (data, counterexample) = result switch
        {
            TestResult.Failed failed => (failed.Item1, string.Join(", ", failed.Item3.Select(a => a?.ToString()))),
            TestResult.Passed passed => (passed.Item1, null),
            TestResult.Exhausted exhausted => (exhausted.Item, null),
            _ => throw new InvalidOperationException($"unexpected FsCheck result {result}."),
        };
        var stamps = data.Stamps.SelectMany(s => s.Item2.Select(label => (Count: s.Item1, Stamp: Parse(label)))).ToArray();
        var applicable = stamps.Sum(s => (long)s.Count);
        // FsCheck stamps the instances that pass; a failure's margin is that of the instance found and of its shrunk form.
        var failing = result is TestResult.Failed f
            ? new[] { f.Item2, f.Item3 }.Select(args => args.Head is T x && slack(x) is double m ? Parse(Stamp(m, x)) : ((double, string)?)null).OfType<(double Margin, string Instance)>()
            : [];
        var worst = stamps.Select(s => s.Stamp).Concat(failing).OrderBy(s => s.Margin).ThenBy(s => s.Instance, StringComparer.Ordinal)
            .Select(s => ((double?)s.Margin, s.Instance)).DefaultIfEmpty(((double?)null, "none")).First();
        var evidence = (string summary) => new Evidence(data.NumberOfTests, worst.Item1, worst.Item2, replay, [], summary);
        if (counterexample is not null)
            return new Verdict.Refuted(evidence($"fails on {counterexample} (after {data.NumberOfTests} instances, {data.NumberOfShrinks} shrinks)"), counterexample);
        if (applicable == 0)
            return new Verdict.Inconclusive(evidence($"no instance met the hypothesis in {data.NumberOfTests}"));
        return new Verdict.Holds(evidence(
            $"holds on {applicable} applicable of {data.NumberOfTests} instances; smallest margin {worst.Item1:G4}" + (tolerance > 0 ? $" (rounding tolerance {tolerance:G2})" : "")));
    }

    /// <summary>A yes/no claim as a margin: 0 when it holds, −1 when not.</summary>
    public static double? Holds(bool holds) => holds ? 0 : -1;

    // A NaN margin fails the check; it is reported as the smallest margin, −∞.
    private static string Stamp<T>(double margin, T instance) =>
        $"{(double.IsNaN(margin) ? double.NegativeInfinity : margin).ToString("R", CultureInfo.InvariantCulture)}\t{instance}";

    private static (double Margin, string Instance) Parse(string stamp)
    {
        var tab = stamp.IndexOf('\t');
        return (double.Parse(stamp[..tab], CultureInfo.InvariantCulture), stamp[(tab + 1)..]);
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
