using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Tests;

/// <summary>What each verdict is about: proof equations and sentences are proof steps, the proofs' constructions are
/// constructions, and a refutation is counted as a false statement only when its target is the statement as printed.</summary>
public class TargetTests
{
    /// <summary>Eq. 4.2 is the definition of the convolution, not a step of a proof.</summary>
    private const string Definition = "Eq. 4.2";

    /// <summary>A proof step checked in a stronger form than printed (per instance for an expectation) is a reading of the
    /// step, not the step: its refutation does not refute the step as printed, which has a claim of its own.</summary>
    private const string Strengthened = "Proof of Lemma 23 [last step per instance]";

    [Fact]
    public void A_claim_whose_id_or_variant_names_a_proof_or_an_equation_is_a_proof_step_or_a_construction()
    {
        var proofish = ClaimCatalogue.All.Where(c => c.Id != Definition).Where(c => c.Id.StartsWith("Eq.", StringComparison.Ordinal) || c.Id.StartsWith("Proof", StringComparison.Ordinal)
            || c.VariantName.Contains("proof", StringComparison.OrdinalIgnoreCase) || c.VariantName.Contains("Eq.", StringComparison.Ordinal)).ToArray();
        Assert.True(proofish.Length >= 15, $"only {proofish.Length} claims name a proof or an equation");
        Assert.All(proofish.Where(c => c.Key != Strengthened), c => Assert.True(c.Target.Kind is TargetKind.ProofStep or TargetKind.Construction, $"{c.Key} is about {c.Target}"));
        Assert.All(ClaimCatalogue.All.Where(c => c.Id != Definition && c.Id.StartsWith("Eq.", StringComparison.Ordinal)), c => Assert.Equal(TargetKind.ProofStep, c.Target.Kind));
        Assert.Equal(TargetKind.Statement, ClaimCatalogue.All.Single(c => c.Id == Definition).Target.Kind);
    }

    [Theory]
    [InlineData("Theorem 24 [Theorem 31's widths]", TargetKind.Construction)]
    [InlineData("Theorem 24 [counting the 1×1 layers' c_i²]", TargetKind.Construction)]
    [InlineData("Theorem 31 [the proof's masks over [−1, 1]]", TargetKind.Construction)]
    [InlineData("Theorem 31 [over [0, 1]]", TargetKind.Construction)]
    [InlineData("Proposition 32 [samples super-uniform]", TargetKind.ProofStep)]
    [InlineData("Proposition 32 [construction]", TargetKind.Construction)]
    [InlineData("Lemma 34 [Eq. 4.6 as printed]", TargetKind.ProofStep)]
    [InlineData("Lemma 23", TargetKind.Statement)]
    [InlineData("Lemma 23 [with the Markov step's factor 1/ε]", TargetKind.ProofStep)]
    [InlineData("Remark 7 [Lueker's C = 2(1 + ln e) = 4, uniform on (0, 1/3)]", TargetKind.Reading)]
    [InlineData("Remark 7 [Lueker's C = 2(1 + log₂ e) ≈ 4.885, uniform on (0, 1/3)]", TargetKind.Reading)]
    [InlineData("Remark 7 [Chapter 3's 742.27 log(1/(2ε))]", TargetKind.Statement)]
    [InlineData("Remark 7 [the proof's constant made explicit]", TargetKind.Construction)]
    [InlineData("Remark 7 [the proof's constant: limit, reach of 742.27, sup]", TargetKind.Construction)]
    [InlineData("Corollary 10 [pruned law]", TargetKind.ProofStep)]
    [InlineData("Proof of Theorem 6", TargetKind.ProofStep)]
    [InlineData("Remark 7 [counting lower bound]", TargetKind.Reading)]
    [InlineData("Proof of Lemma 23 [last step as printed]", TargetKind.ProofStep)]
    [InlineData(Strengthened, TargetKind.Reading)]
    public void Named_claims_have_the_target_they_are_about(string key, TargetKind kind) =>
        Assert.Equal(kind, ClaimCatalogue.All.Single(c => c.Key == key).Target.Kind);

    [Fact]
    public void No_claim_that_is_not_the_printed_statement_is_labelled_as_printed()
    {
        Assert.All(ClaimCatalogue.All.Where(c => c.Target.Kind is TargetKind.Construction or TargetKind.Reading),
            c => Assert.DoesNotContain("as printed", c.VariantName));
        Assert.All(ClaimCatalogue.All.Where(c => c.Target.Kind == TargetKind.Statement),
            c => Assert.Contains("as printed", c.Target.Detail));
    }

    [Fact]
    public void A_refuted_construction_or_proof_step_is_not_counted_as_a_false_statement()
    {
        var evidence = new Evidence(1, -1, "x", new ReplayToken.MasterSeed(1), [], "fails");
        var refuted = new Verdict.Refuted(evidence, "x");
        ClaimResult Result(string key) => new(ClaimCatalogue.All.Single(c => c.Key == key), refuted, TimeSpan.Zero);
        var results = new[] { Result("Theorem 24 [Theorem 31's widths]"), Result("Lemma 34 [Eq. 4.6 as printed]"), Result("Lemma 23") };
        Assert.Equal("construction falls short", results[0].Claim.Target.RefutedAs);
        Assert.Equal("proof step wrong", results[1].Claim.Target.RefutedAs);
        Assert.Equal("statement false as printed", results[2].Claim.Target.RefutedAs);
    }
}
