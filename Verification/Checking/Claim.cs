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

    /// <summary>Unique over the catalogue: the id, with the variant or aspect name unless it is "as printed".</summary>
    public string Key => KeyOf(Id, VariantName);

    /// <summary>The claim's seed stream, named by its key.</summary>
    public SeedStream Stream => StreamOf(Id, VariantName);

    public static string KeyOf(string id, string variantName) => variantName == AsPrinted ? id : $"{id} [{variantName}]";

    public static SeedStream StreamOf(string id, string variantName) => SeedStream.Named(KeyOf(id, variantName));
}
