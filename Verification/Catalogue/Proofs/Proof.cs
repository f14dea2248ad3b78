using Rssp.Verification.Checking;

namespace Rssp.Verification.Catalogue.Proofs;

/// <summary>Where a step of a proof stands: checked by claims, not checkable (with the reason), or not yet checked
/// (a checkable step no claim covers yet — a gap in the coverage, distinct from a step that cannot be checked).</summary>
public enum StepStatus
{
    Checked,
    NotCheckable,
    NotYetChecked,
}

/// <summary>One step of a printed proof: a displayed relation, a definition the proof introduces, a sentence asserting a
/// relation, or an invocation of an earlier result. <paramref name="Claims"/> are the keys of the claims that check it (the
/// step as printed, and beside it any reading); <paramref name="Uses"/> names the earlier result the step invokes.</summary>
/// <param name="Where">where in the proof ("Eq. 3.8", "line 3", "use of Lemma 19: hypotheses").</param>
/// <param name="Text">the step, in the seed's notation.</param>
public sealed record ProofStep(string Where, string Text, IReadOnlyList<string> Claims, string? NotCheckableBecause = null, string? Uses = null)
{
    public StepStatus Status => Claims.Count > 0 ? StepStatus.Checked : NotCheckableBecause is null ? StepStatus.NotYetChecked : StepStatus.NotCheckable;

    /// <summary>This step, marked as invoking <paramref name="result"/> (an edge of the dependency graph).</summary>
    public ProofStep Using(string result) => this with { Uses = result };
}

/// <summary>A printed proof of chapters 2–4 as its ordered steps. <paramref name="Of"/> is the id of the result it proves
/// ("Proposition 18"); a proof that is not printed has no steps and says so in <paramref name="Note"/>.</summary>
public sealed record Proof(string Of, IReadOnlyList<ProofStep> Steps, string Note = "")
{
    /// <summary>The results this proof invokes, in the order of their first use.</summary>
    public IReadOnlyList<string> Uses => [.. Steps.Select(s => s.Uses).OfType<string>().Distinct()];
}

/// <summary>The builders an inventory is written with: a step is checked by claims (given as the claims themselves, so a
/// renamed claim is a compile error or a failing test, never a silent drift), not checkable for a stated reason, or
/// not yet checked.</summary>
public static class Steps
{
    public static ProofStep Checked(string where, string text, params Claim[] by) => new(where, text, [.. by.Select(c => c.Key)]);

    /// <summary>Checked by claims of a statement class's list, found by key (the test of the inventory fails if a key is
    /// not in the catalogue).</summary>
    public static ProofStep CheckedByKey(string where, string text, params string[] keys) => new(where, text, keys);

    public static ProofStep NotCheckable(string where, string text, string because) => new(where, text, [], because);

    public static ProofStep Open(string where, string text) => new(where, text, []);
}
