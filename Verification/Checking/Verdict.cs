using Rssp.Theory.Collections;

namespace Rssp.Verification.Checking;

/// <summary>What a verdict says: the claim holds, is refuted, the evidence decides neither, or (for an existential
/// constant) the constant was estimated.</summary>
public enum Outcome
{
    Holds,
    Refuted,
    Inconclusive,
    Estimated,
}

/// <summary>One checked case of a claim (a point of a parameter grid): the estimate, its confidence interval,
/// the bound it is compared with (NaN where there is none: a constant's point) and the outcome there.</summary>
public sealed record Observation(string Where, long Trials, double Estimate, double Low, double High, double Bound, Outcome Outcome)
{
    /// <summary>Whether the value is computed exactly (a deterministic function, no sampling): it has no confidence
    /// interval (Low = High = Estimate) and prints as "exact".</summary>
    public bool Exact { get; init; }

    /// <summary>"where: estimate in [low, high] vs bound b over n trials → outcome"; for a point of an estimated constant,
    /// which has no bound (NaN), "where: ratio r, interval [low, high] over n trials"; for an exact value "where: v (exact)",
    /// with " vs bound b" where it has one.</summary>
    public override string ToString() => Exact
        ? $"{Where}: {Exactly(Estimate)} (exact){(double.IsNaN(Bound) ? "" : $" vs {Exactly(Bound)}")}"
        : double.IsNaN(Bound)
        ? $"{Where}: ratio {Numbers.Format(Estimate)}, interval {Numbers.Interval(Low, High)} over {Numbers.Count(Trials, "trial")}"
        : $"{Where}: {Numbers.Format(Estimate)} in {Numbers.Interval(Low, High)} vs bound {Numbers.Format(Bound)} over {Numbers.Count(Trials, "trial")} → {Outcome.ToString().ToLowerInvariant()}";

    /// <summary>A computed value to six significant digits (742.27, not 742.3).</summary>
    private static string Exactly(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Numbers as the verdicts print them: four significant digits, "∞" for infinities, never "-0".</summary>
public static class Numbers
{
    public static string Format(double x) =>
        double.IsPositiveInfinity(x) ? "∞" : double.IsNegativeInfinity(x) ? "−∞" : double.IsNaN(x) ? "undefined"
        : (x == 0 ? 0 : x).ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"[low, high]", or "[low, unbounded at this budget]" when high is +∞.</summary>
    public static string Interval(double low, double high) =>
        $"[{Format(low)}, {(double.IsPositiveInfinity(high) ? "unbounded at this budget" : Format(high))}]";

    /// <summary>"1 instance", "40 instances".</summary>
    public static string Count(long n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

/// <summary>How to run a verdict again: an FsCheck replay pair for an exact claim (the same instances and the same
/// shrunk counterexample), or the master seed of a statistical one.</summary>
public abstract record ReplayToken
{
    private ReplayToken() { }

    /// <summary>FsCheck's (seed, gamma) pair; gamma is odd.</summary>
    public sealed record FsCheckPair : ReplayToken
    {
        public FsCheckPair(ulong seed, ulong gamma)
        {
            if (gamma % 2 == 0) throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "FsCheck's gamma is odd.");
            (Seed, Gamma) = (seed, gamma);
        }

        public ulong Seed { get; }

        public ulong Gamma { get; }

        public override string ToString() => $"({Seed},{Gamma})";
    }

    /// <summary>The master seed the trials were derived from.</summary>
    public sealed record MasterSeed(ulong Seed) : ReplayToken
    {
        public override string ToString() => $"master seed {Seed}";
    }

    /// <summary>"(seed,gamma)" as <see cref="FsCheckPair"/> prints it, with gamma odd; null for anything else.</summary>
    public static FsCheckPair? ParsePair(string text)
    {
        var parts = text.Trim().TrimStart('(').TrimEnd(')').Split(',');
        return parts.Length == 2 && ulong.TryParse(parts[0].Trim(), out var seed) && ulong.TryParse(parts[1].Trim(), out var gamma) && gamma % 2 == 1
            ? new FsCheckPair(seed, gamma)
            : null;
    }

    /// <summary>A token as <see cref="ToString"/> printed it; null for anything else.</summary>
    public static ReplayToken? Parse(string text) =>
        text.StartsWith("master seed ", StringComparison.Ordinal) && ulong.TryParse(text["master seed ".Length..], out var master)
            ? new MasterSeed(master)
            : ParsePair(text);
}

/// <summary>What a check saw, whatever its outcome.</summary>
/// <param name="Instances">instances (exact claims) or trials (probabilistic and constant claims) run in all.</param>
/// <param name="MinSlack">the smallest margin by which the claim held (negative where it failed); null when a claim has
/// no numeric margin.</param>
/// <param name="WorstCase">the instance or grid point of the smallest margin.</param>
/// <param name="Replay">how to reproduce the run.</param>
/// <param name="Observations">per grid point, for probabilistic and constant claims.</param>
/// <param name="Summary">one line of evidence.</param>
public sealed record Evidence(
    long Instances, double? MinSlack, string WorstCase, ReplayToken Replay, ValueArray<Observation> Observations, string Summary)
{
    /// <summary>The worst ratio of observed to bound and where (see <see cref="Checking.Tightness"/>); null for a claim
    /// without a bound to compare with (an identity, a yes/no property, a constant's estimate).</summary>
    public Tightness? Tightness { get; init; }
}

/// <summary>An estimated existential constant: its value, where the largest ratio was seen, and an interval
/// (High is +∞ where the trials did not bound it).</summary>
public sealed record ConstantEstimate(double Value, string At, double Low, double High)
{
    public bool Bounded => double.IsFinite(High);

    /// <summary>Whether the estimate is a sup over an explored part of an unbounded domain (chapter 4's constants): then
    /// High bounds that part only, and nothing here bounds the constant from above.</summary>
    public bool OverExploredDomain { get; init; }
}

/// <summary>A claim's verdict: a closed set of cases, each with its evidence.</summary>
public abstract record Verdict
{
    private Verdict(Evidence evidence, Outcome outcome, string? counterexample = null) =>
        (Evidence, Outcome, Counterexample) = (evidence, outcome, counterexample);

    public Evidence Evidence { get; }

    public Outcome Outcome { get; }

    /// <summary>The (shrunk) instance or grid point that refutes the claim; null unless refuted.</summary>
    public string? Counterexample { get; }

    public long Instances => Evidence.Instances;

    public double? MinSlack => Evidence.MinSlack;

    public string WorstCase => Evidence.WorstCase;

    public ReplayToken Replay => Evidence.Replay;

    public ValueArray<Observation> Observations => Evidence.Observations;

    public string Summary => Evidence.Summary;

    public sealed record Holds : Verdict
    {
        public Holds(Evidence evidence) : base(evidence, Outcome.Holds) { }
    }

    public sealed record Refuted : Verdict
    {
        public Refuted(Evidence evidence, string counterexample) : base(evidence, Outcome.Refuted, counterexample) { }
    }

    public sealed record Inconclusive : Verdict
    {
        public Inconclusive(Evidence evidence) : base(evidence, Outcome.Inconclusive) { }
    }

    /// <summary>An existential constant's estimate: a distinct outcome, since an estimate neither holds nor fails.</summary>
    public sealed record Estimated : Verdict
    {
        public Estimated(Evidence evidence, ConstantEstimate estimate) : base(evidence, Outcome.Estimated) => Estimate = estimate;

        public ConstantEstimate Estimate { get; }
    }

    /// <summary>The verdict of a conjunction over grid points: refuted at the first refuted point, holds if all
    /// points hold, inconclusive otherwise.</summary>
    public static Verdict Combine(Evidence evidence)
    {
        var outcomes = evidence.Observations.Select(o => o.Outcome).ToArray();
        var failing = evidence.Observations.FirstOrDefault(o => o.Outcome == Outcome.Refuted);
        return failing is not null ? new Refuted(evidence, failing.ToString())
            : outcomes.Length > 0 && outcomes.All(o => o == Outcome.Holds) ? new Holds(evidence)
            : new Inconclusive(evidence);
    }
}
