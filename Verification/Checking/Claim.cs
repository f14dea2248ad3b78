using Rssp.Theory.Random;
using Rssp.Verification.Experiments;

namespace Rssp.Verification.Checking;

/// <summary>How a statement is encoded: as printed, or as the evident intended reading of a misprint.</summary>
public enum Variant
{
    Literal,
    Intended,
}

/// <summary>Exact claims hold on every instance; probabilistic ones bound a probability or a mean;
/// constant claims estimate or test an existential constant.</summary>
public enum ClaimKind
{
    Exact,
    Probabilistic,
    Constant,
}

/// <summary>What a verdict is about: the statement as printed, one step of a proof (a displayed relation or an asserted
/// sentence), a proof's construction or accounting (which may fall short while the statement stands), or a named reading
/// of a statement (a corrected or intended version).</summary>
public enum TargetKind
{
    Statement,
    ProofStep,
    Construction,
    Reading,
}

/// <summary>A claim's target: its kind and, for anything but the statement as printed, which step, construction or
/// reading it is ("Eq. 3.8 in the proof of Proposition 20", "Theorem 31's widths used for Theorem 24").</summary>
public sealed record ClaimTarget(TargetKind Kind, string Detail)
{
    public static ClaimTarget PrintedStatement { get; } = new(TargetKind.Statement, "the statement as printed");

    public static ClaimTarget ProofStep(string step) => new(TargetKind.ProofStep, step);

    public static ClaimTarget Construction(string what) => new(TargetKind.Construction, what);

    public static ClaimTarget Reading(string name) => new(TargetKind.Reading, name);

    /// <summary>The kind as one word of results.json: statement, proofStep, construction, reading.</summary>
    public string KindWord => char.ToLowerInvariant(Kind.ToString()[0]) + Kind.ToString()[1..];

    /// <summary>What a refutation of this target is, in the report's words: "statement false as printed", "proof step
    /// wrong", "construction falls short", "reading refuted".</summary>
    public string RefutedAs => RefutedWords(Kind);

    /// <summary>The headline's words for refuted claims of a kind.</summary>
    public static string RefutedWords(TargetKind kind) => kind switch
    {
        TargetKind.Statement => "statement false as printed",
        TargetKind.ProofStep => "proof step wrong",
        TargetKind.Construction => "construction falls short",
        _ => "reading refuted",
    };

    /// <summary>"statement as printed", or the kind and its detail: "proof step: Eq. 3.3 in the proof of Proposition 16".</summary>
    public override string ToString() => Kind switch
    {
        TargetKind.Statement when Detail == PrintedStatement.Detail => Detail,
        TargetKind.ProofStep => $"proof step: {Detail}",
        TargetKind.Construction => $"construction: {Detail}",
        TargetKind.Reading => $"reading: {Detail}",
        _ => Detail,
    };
}

/// <summary>A statement of the seed as an executable value: its id as the seed numbers it, the statement as
/// printed (or the reading), which reading this is, and the check, which takes a budget and a master seed.</summary>
/// <param name="Id">the seed's number ("Lemma 23", "Eq. 3.8").</param>
/// <param name="VariantName">"as printed", or the name of the intended reading or aspect.</param>
/// <param name="Statement">the statement this variant checks, in the seed's notation.</param>
/// <param name="Method">how it is checked, in a sentence.</param>
/// <param name="Experiment">for a constant estimated from sampled times, the experiment (which estimate-c runs too).</param>
public sealed record Claim(
    string Id, Variant Variant, string VariantName, ClaimKind Kind, string Statement, string Method,
    Func<CheckContext, Verdict> Check, ConstantExperiment? Experiment = null)
{
    public const string AsPrinted = "as printed";

    /// <summary>For a constant estimated (or a printed constant checked) from ε-paths, their experiment (figures read it).</summary>
    public PathExperiment? Paths { get; init; }

    /// <summary>For a ratio read (also) below plain Monte Carlo's reach, the rare-event experiment (figures and estimate-c read it).</summary>
    public RareExperiment? Rare { get; init; }

    private readonly ClaimTarget? target;

    /// <summary>What the verdict is about. Unless set, a literal claim is about the statement as printed and an
    /// intended one about the reading its variant names.</summary>
    public ClaimTarget Target
    {
        get => target ?? (Variant == Variant.Literal ? ClaimTarget.PrintedStatement : ClaimTarget.Reading(VariantName));
        init => target = value;
    }

    /// <summary>How many trials or instances a check at a budget runs, for progress displays (an exact claim: the
    /// budget's instances).</summary>
    public Func<Budget, long> Work { get; init; } = budget => budget.Instances;

    /// <summary>Mutants of the statement (see <see cref="Mutant"/>), checked on the claim's own seed stream: what the
    /// power table measures. Define gives probabilistic and constant claims generic ones beside those a claim declares.</summary>
    public IReadOnlyList<Mutant> Mutants { get; init; } = [];

    /// <summary>Unique over the catalogue: the id, with the variant or aspect name unless it is "as printed".</summary>
    public string Key => KeyOf(Id, VariantName);

    /// <summary>The claim's seed stream, named by its key.</summary>
    public SeedStream Stream => StreamOf(Id, VariantName);

    public static string KeyOf(string id, string variantName) => variantName == AsPrinted ? id : $"{id} [{variantName}]";

    public static SeedStream StreamOf(string id, string variantName) => SeedStream.Named(KeyOf(id, variantName));
}
