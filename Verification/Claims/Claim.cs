namespace Rssp.Verification.Claims;

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
/// printed, which reading this is, and the check, which takes a budget and a master seed.</summary>
/// <param name="Id">the seed's number ("Lemma 23", "Eq. 3.8").</param>
/// <param name="VariantName">"as printed", or the name of the intended reading.</param>
/// <param name="Statement">the statement this variant checks, in the seed's notation.</param>
/// <param name="Method">how it is checked, in a sentence.</param>
public sealed record Claim(
    string Id, Variant Variant, string VariantName, ClaimKind Kind, string Statement, string Method,
    Func<CheckContext, Verdict> Check)
{
    public const string AsPrinted = "as printed";

    /// <summary>Unique over the catalogue: the id, with the variant or aspect name unless it is "as printed".</summary>
    public string Key => KeyOf(Id, VariantName);

    /// <summary>A stable number for seed derivation.</summary>
    public ulong Stream => StreamOf(Id, VariantName);

    public static string KeyOf(string id, string variantName) => variantName == AsPrinted ? id : $"{id} [{variantName}]";

    public static ulong StreamOf(string id, string variantName) => Theory.Random.SplitMix64.Hash(KeyOf(id, variantName));
}
