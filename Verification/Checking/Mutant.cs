namespace Rssp.Verification.Checking;

/// <summary>What a statement mutant changes in its claim's statement.</summary>
public enum MutationKind
{
    /// <summary>The bound moved toward the claimed side by a stated factor (a stronger statement).</summary>
    BoundTightened,

    /// <summary>The bound moved away from the claimed side by a stated factor (a weaker statement).</summary>
    BoundLoosened,

    /// <summary>The inequality negated: "≥ b" becomes "&lt; b", "≤ b" becomes "&gt; b". Every check that decides at all
    /// tells a statement from its negation, so this mutant does not count toward a claim's power.</summary>
    Negated,

    /// <summary>"≤" made "≥" or the reverse: not the negation, since the cases of equality satisfy both.</summary>
    DirectionFlipped,

    /// <summary>"≥" made "&gt;" or the reverse (an equality made a strict inequality).</summary>
    StrictnessFlipped,

    /// <summary>A constant of the statement changed (by one unit, or by a stated factor).</summary>
    ConstantChanged,

    /// <summary>An exponent of the statement changed by one unit.</summary>
    ExponentChanged,

    /// <summary>A hypothesis of the statement dropped (the conclusion asked where it fails) or added (the conclusion
    /// asked only where it holds), or the domain changed.</summary>
    HypothesisChanged,

    /// <summary>A factor of the statement removed or added (as Lemma 23's proof drops the Markov step's 1/ε).</summary>
    FactorChanged,

    /// <summary>A value an accepted bound already excludes (C = 1, below the counting bound): refuted whatever the data,
    /// so killing it shows only that the check decides. Like a negation, it does not count toward a claim's power.</summary>
    BeyondKnownBound,

    /// <summary>A statement that holds whatever the data, by the claim's own construction (a bound trivial on the quantity's
    /// range, such as E[Z̄ | Z̄ ≤ ½] ≤ ½; a hypothesis that restates the conclusion): kept to show the check does not refute
    /// it, but, like a negation, it does not count toward a claim's power.</summary>
    HoldsByConstruction,
}

/// <summary>A mutant of a claim's statement: the claim with one stated change, checked by the same check on the same
/// seed stream as its claim (the same instances, or the same trials, so the comparison is fair). As a test kills a code
/// mutant when its outcome changes, a check kills a statement mutant when its finding changes: the mutant is refuted
/// where the claim is not (holds, inconclusive or estimated), or holds where the claim is refuted (an inconclusive
/// mutant is never killed). For a claim that holds, a killed mutant shows the check can refute a nearby false statement;
/// for a claim refuted as printed, it shows the check does not refute everything near it (a corrected bound, a restored
/// factor or hypothesis) — provided the mutant's holding was the data's to decide (see <see cref="TrueByConstruction"/>).</summary>
/// <param name="Name">a few words ("bound tightened ×2", "¼ → ½").</param>
/// <param name="Kind">what kind of change it is.</param>
/// <param name="Change">the mutated statement, or the change, in the seed's notation.</param>
/// <param name="Check">the mutated claim's check.</param>
public sealed record Mutant(string Name, MutationKind Kind, string Change, Func<CheckContext, Verdict> Check)
{
    /// <summary>Whether killing this mutant shows the check's power (a negation, or a value beyond a known bound, is killed
    /// by any check that decides; a mutant that holds by construction, by any check that does not refute everything).</summary>
    public bool CountsTowardPower => Kind is not (MutationKind.Negated or MutationKind.BeyondKnownBound or MutationKind.HoldsByConstruction);

    /// <summary>Why this mutant holds whatever its check's data, at a budget and given its claim's verdict (null: the data
    /// decide it, or it cannot be told mechanically). A grid mutant holds by construction when at each of its points the
    /// bound is trivial on [0, 1] ("≤ b" with b ≥ 1, "≥ b" with b ≤ 0) or weaker than its claim's bound on the same trials
    /// where the claim's point held (see <see cref="GridMutation.TrueByConstruction"/>); an exact one when it is its claim
    /// restricted to exactly where the claim holds (its claim's margins where it applies, leaving out exactly the instances
    /// where the claim fails, on a sample of the generator's instances: "a ≤ 2 assumed" for aε/2 ≤ ε). Killing such a mutant (a refuted
    /// claim's mutant is killed when it holds) shows nothing of the check's power, so it does not count toward it.</summary>
    public Func<Budget, Verdict, string?>? TrueByConstruction { get; init; }

    /// <summary>For an exact claim's mutant: whether its margin equals its claim's on each of the first <c>count</c>
    /// instances of the claim's generator (then the mutant is the claim's own check, and can never be killed); null for
    /// other mutants.</summary>
    public Func<int, bool>? SameMarginsAsClaim { get; init; }

    /// <summary>Whether a mutant with this verdict is killed by a claim with that verdict: the mutant is refuted where the
    /// claim is not (holds, inconclusive or estimated), or holds where the claim is refuted. An inconclusive mutant is never killed: a check that cannot
    /// decide a mutant (no instance where its hypothesis applies, too few trials) shows nothing of the claim's power.</summary>
    public static bool Kills(Outcome claim, Outcome mutant) => claim == Outcome.Refuted ? mutant == Outcome.Holds : mutant == Outcome.Refuted;
}

/// <summary>An exact claim's mutant: the claim's margin replaced by the mutated statement's, on the same instances.</summary>
public sealed record SlackMutation<T>(string Name, MutationKind Kind, string Change, Func<T, double?> Slack)
{
    /// <summary>The generic pair for a claim measured from a bound b (margin b − observed for "≤ b", observed − b for
    /// "≥ b"): b moved by the factor 2 toward the claimed side (tightened) or away from it (loosened). For "≤ b": b − |b|/2
    /// and b + |b|; for "≥ b": b + |b| and b − |b|/2, or, for values in [0, 1] (unit), the complement halved or doubled:
    /// (1 + b)/2 and 2b − 1.</summary>
    public static IReadOnlyList<SlackMutation<T>> Generic(Func<T, double?> slack, Func<T, double> bound, Side side, bool unit)
    {
        double Moved(double b, bool tighter) => (side, unit, tighter) switch
        {
            (Side.AtMost, _, true) => b - Math.Abs(b) / 2,
            (Side.AtMost, _, false) => b + Math.Abs(b),
            (Side.AtLeast, true, true) => (1 + b) / 2,
            (Side.AtLeast, true, false) => 2 * b - 1,
            (_, _, true) => b + Math.Abs(b),
            _ => b - Math.Abs(b) / 2,
        };
        // The mutated margin: the claim's, less how far the bound moved toward the claimed side.
        Func<T, double?> Mutated(bool tighter) => x => slack(x) is double m && bound(x) is var b
            ? m - (side == Side.AtMost ? b - Moved(b, tighter) : Moved(b, tighter) - b)
            : null;
        return
        [
            new("bound tightened ×2", MutationKind.BoundTightened, "the bound b of each instance made stronger by the factor 2 (see SlackMutation.Generic)", Mutated(true)),
            new("bound loosened ×2", MutationKind.BoundLoosened, "the bound b of each instance made weaker by the factor 2 (see SlackMutation.Generic)", Mutated(false)),
        ];
    }
}

/// <summary>A probabilistic claim's mutant: the claim's grid (at the check's budget) mapped to the mutated statement's. A
/// mutation that keeps each point's trial (<c>p with { Bound = … }</c>) is decided on the very trials of its claim.</summary>
public sealed record GridMutation(string Name, MutationKind Kind, string Change, Func<IReadOnlyList<GridPoint>, IReadOnlyList<GridPoint>> Grid)
{
    /// <summary>The stated factor of the generic tightened and loosened mutants.</summary>
    public const double Factor = 2;

    /// <summary>The mutants every probabilistic claim gets. For a probability or a mean in [0, 1]: "≤ b" tightened is
    /// "≤ b/2" and loosened "≤ 2b"; "≥ b" tightened is "≥ 1 − (1 − b)/2" (the complement halved) and loosened
    /// "≥ 1 − 2(1 − b)"; the negation flips the side and the strictness.</summary>
    public static IReadOnlyList<GridMutation> Generic { get; } =
    [
        new("bound tightened ×2", MutationKind.BoundTightened,
            "each grid point's bound b made stronger by the factor 2: P ≤ b/2 (for P ≤ b), 1 − P ≤ (1 − b)/2 (for P ≥ b)",
            grid => [.. grid.Select(p => p with { Bound = Scaled(p, 1 / Factor) })]),
        new("bound loosened ×2", MutationKind.BoundLoosened,
            "each grid point's bound b made weaker by the factor 2: P ≤ 2b (for P ≤ b), 1 − P ≤ 2(1 − b) (for P ≥ b)",
            grid => [.. grid.Select(p => p with { Bound = Scaled(p, Factor) })]),
        new("negated", MutationKind.Negated,
            "each grid point's inequality negated: P < b for P ≥ b, P > b for P ≤ b",
            grid => [.. grid.Select(Negation)]),
    ];

    /// <summary>The bound of a point with its distance to the claimed side's end scaled: b·f for "≤ b", 1 − (1 − b)·f for "≥ b".</summary>
    public static double Scaled(GridPoint p, double factor) => p.Side == Side.AtMost ? p.Bound * factor : 1 - (1 - p.Bound) * factor;

    /// <summary>Why a mutated grid holds whatever its trials (null: the data decide it): every point's bound is trivial for a
    /// probability or a mean in [0, 1] ("≤ b" with b ≥ 1 (b &gt; 1 if strict), "≥ b" with b ≤ 0 (b &lt; 0 if strict)), or is
    /// the claim's point with a bound no stronger on the same trials where the claim's point held (its interval then lies
    /// on the claimed side of the weaker bound too). Points are matched by index, so a grid of another length is decided by
    /// its data.</summary>
    public static string? TrueByConstruction(IReadOnlyList<GridPoint> claim, IReadOnlyList<GridPoint> mutated, IReadOnlyList<Observation> observed)
    {
        static bool Trivial(GridPoint p) => p.Side == Side.AtMost ? (p.Strict ? p.Bound > 1 : p.Bound >= 1) : (p.Strict ? p.Bound < 0 : p.Bound <= 0);
        static bool NoStronger(GridPoint m, GridPoint c) => m.Side == c.Side && (!m.Strict || c.Strict) &&
            (m.Side == Side.AtMost ? m.Bound >= c.Bound : m.Bound <= c.Bound);
        if (mutated.Count == 0) return null;
        var held = mutated.Count == claim.Count && observed.Count == claim.Count;
        var free = mutated.Select((m, g) => Trivial(m) ? "trivial" :
            held && ReferenceEquals(m.Trial, claim[g].Trial) && observed[g].Outcome == Outcome.Holds && NoStronger(m, claim[g]) ? "held" : null).ToArray();
        if (free.Any(f => f is null)) return null;
        var trivial = free.Count(f => f == "trivial");
        var weaker = $"weaker than the claim's, which held there on the same trials";
        return "true by construction: " + (trivial == free.Length ? $"at each of its {trivial} points the bound is trivial for a value in [0, 1]"
            : trivial == 0 ? $"at each of its {free.Length} points the bound is {weaker}"
            : $"at {trivial} of {free.Length} points the bound is trivial for a value in [0, 1], at the other {free.Length - trivial} {weaker}");
    }

    /// <summary>The point's inequality negated: the other side, strictness flipped.</summary>
    public static GridPoint Negation(GridPoint p) => p with { Side = p.Side == Side.AtMost ? Side.AtLeast : Side.AtMost, Strict = !p.Strict };
}

/// <summary>A constant claim's mutant: a statement about the value of the existential constant, "C ≤ Value" (a C that
/// small suffices; Side.AtMost) or "C ≥ Value" (no smaller C suffices; Side.AtLeast), decided on the claim's own
/// estimate: refuted when its interval lies wholly on the other side of Value, holding when wholly on the stated side
/// (never for "C ≤ Value" on a sup over an explored domain, whose interval bounds only what was explored).</summary>
public sealed record ConstantMutation(string Name, MutationKind Kind, string Change, double Value, Side Side)
{
    /// <summary>The mutant every estimated coverage constant gets: C = 1 would beat the counting bound. 2ⁿ subset sums
    /// each cover an interval of length 2δ, so covering [−1, 1] at precision δ needs n ≥ log₂(1/δ) = ln(1/δ)/ln 2, and every
    /// constant here is a sample size over a logarithm of at most 1/δ: C ≥ 1/ln 2 ≈ 1.44 as δ → 0.</summary>
    public static ConstantMutation BelowCounting { get; } = new("C = 1", MutationKind.BeyondKnownBound,
        "C ≤ 1: the sample size log(·) suffices (below the counting bound's 1/ln 2 ≈ 1.44)", 1, Side.AtMost);

    /// <summary>Twice the counting bound: C ≤ 2/ln 2 ≈ 2.885 is no bound's consequence either way (above the counting
    /// bound, below every constant the seed proves), so only the data decide it: the mutant that shows an estimated
    /// constant's check has power.</summary>
    public static ConstantMutation TwiceCounting { get; } = new("C = 2/ln 2", MutationKind.ConstantChanged,
        "C ≤ 2/ln 2 ≈ 2.885: twice the counting bound's sample size log₂(·) suffices", 2 / Math.Log(2), Side.AtMost);

    /// <summary>The mutants every estimated constant gets: <see cref="BelowCounting"/> and <see cref="TwiceCounting"/>.</summary>
    public static IReadOnlyList<ConstantMutation> Generic { get; } = [BelowCounting, TwiceCounting];

    /// <summary>The mutated statement's verdict from the claim's estimate.</summary>
    public Verdict Decide(Verdict claim)
    {
        if (claim is not Verdict.Estimated estimated) return claim;
        var e = estimated.Estimate;
        // "C ≤ v" cannot hold on a sup over an explored part of an unbounded domain: its High bounds that part only.
        var (holds, refuted) = Side == Side.AtMost ? (e.High <= Value && !e.OverExploredDomain, e.Low > Value) : (e.Low >= Value, e.High < Value);
        var evidence = claim.Evidence with
        {
            Summary = $"C {(Side == Side.AtMost ? "≤" : "≥")} {Numbers.Format(Value)} against the estimate {Numbers.Format(e.Value)} in {Numbers.Interval(e.Low, e.High)}",
        };
        return refuted ? new Verdict.Refuted(evidence, $"C in [{e.Low:G4}, {e.High:G4}] (largest ratio at {e.At})")
            : holds ? new Verdict.Holds(evidence) : new Verdict.Inconclusive(evidence);
    }
}
