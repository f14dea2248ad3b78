using Rssp.Verification.Catalogue;
using Rssp.Verification.Catalogue.Proofs;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter3;
using static Rssp.Verification.Catalogue.Proofs.Steps;

namespace Rssp.Verification.Tests;

/// <summary>The proof inventory stays tied to the catalogue (every step's claims exist, every proof-step claim is in a
/// proof, every used result is a statement of the seed), covers every proof of chapters 2–4, and the chain's counts and
/// graph follow from the verdicts.</summary>
public class ProofChainTests
{
    private static readonly string[] Proved =
    [
        "§2.0.1", "Corollary 10", "Lemma 11", "Lemma 14", "Lemma 15", "Proposition 16", "Proposition 17", "Proposition 18", "Lemma 19",
        "Proposition 20", "Corollary 22", "Lemma 23", "Theorem 6", "Proposition 32", "Proposition 33", "Lemma 34", "Theorem 31",
    ];

    [Fact]
    public void Every_step_points_at_claims_that_exist()
    {
        var keys = ClaimCatalogue.All.Select(c => c.Key).ToHashSet();
        Assert.All(ProofInventory.All.SelectMany(p => p.Steps.Select(s => (p.Of, s))), x =>
            Assert.All(x.s.Claims, k => Assert.True(keys.Contains(k), $"proof of {x.Of}, step {x.s.Where}: no claim '{k}'")));
    }

    [Fact]
    public void Every_claim_about_a_proof_step_is_in_a_proof()
    {
        var inProofs = ProofInventory.All.SelectMany(p => p.Steps).SelectMany(s => s.Claims).ToHashSet();
        Assert.All(ClaimCatalogue.All.Where(c => c.Target.Kind == TargetKind.ProofStep), c => Assert.True(inProofs.Contains(c.Key), $"'{c.Key}' is in no proof"));
    }

    [Fact]
    public void Every_proof_of_chapters_2_to_4_is_inventoried_once_and_every_use_names_a_statement()
    {
        Assert.Equal(Proved.Order(), ProofInventory.All.Select(p => p.Of).Order());
        var ids = ClaimCatalogue.Statements.SelectMany(s => s.Statement.Ids).ToHashSet();
        Assert.All(ProofInventory.All.SelectMany(p => p.Uses), u => Assert.Contains(u, ids));
        Assert.All(ProofInventory.All, p => Assert.True(p.Steps.Count > 0 || p.Note.Length > 0, $"proof of {p.Of}: no steps and no note"));
        Assert.All(ProofInventory.All.SelectMany(p => p.Steps), s => Assert.False(s.Claims.Count > 0 && s.NotCheckableBecause is not null));
    }

    /// <summary>A small catalogue: A's proof has a holding step, a refuted step that uses B, a step not checkable and one
    /// not yet checked; B's statement holds, C's is refuted and A's proof uses it through a holding step.</summary>
    private static (ProofChain Chain, Proof A) Small(Outcome useOfB)
    {
        Claim Of(string id, string variant, TargetKind kind) =>
            Define.Exact(id, "x ≥ 0", "test", () => FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Constant(1)), _ => 0, variantName: variant,
                target: new ClaimTarget(kind, variant));
        Claim[] claims =
        [
            Of("A", Claim.AsPrinted, TargetKind.Statement), Of("B", Claim.AsPrinted, TargetKind.Statement), Of("C", Claim.AsPrinted, TargetKind.Statement),
            Of("Proof of A", "step 1", TargetKind.ProofStep), Of("Proof of A", "use of B", TargetKind.ProofStep), Of("Proof of A", "use of C", TargetKind.ProofStep),
        ];
        var a = new Proof("A",
        [
            Checked("1", "one", claims[3]), Checked("2", "two", claims[4]).Using("B"), NotCheckable("3", "three", "logic"), Open("4", "four"),
            Checked("5", "five", claims[5]).Using("C"),
        ]);
        var outcomes = new Dictionary<string, Outcome>
        {
            ["A"] = Outcome.Holds, ["B"] = Outcome.Holds, ["C"] = Outcome.Refuted,
            [claims[3].Key] = Outcome.Holds, [claims[4].Key] = useOfB, [claims[5].Key] = Outcome.Holds,
        };
        return (new ProofChain([a], claims, outcomes), a);
    }

    [Fact]
    public void The_counts_of_a_proof_add_up()
    {
        var (chain, a) = Small(Outcome.Refuted);
        var t = chain.Tally(a);
        Assert.Equal(new ProofTally(5, 3, 2, 1, 0, 0, 1, 1), t);
        Assert.Equal(t.Found, t.Checked + t.NotCheckable + t.NotYetChecked);
        Assert.Equal(t.Checked, t.Holding + t.Refuted + t.Inconclusive + t.NotRun);
        Assert.All(ProofInventory.All.Select(p => new ProofChain(ProofInventory.All, ClaimCatalogue.All, new Dictionary<string, Outcome>()).Tally(p)),
            u => Assert.Equal(u.Found, u.Checked + u.NotCheckable + u.NotYetChecked));
    }

    [Fact]
    public void The_graph_has_a_node_per_result_an_edge_per_use_and_the_verdicts_colours()
    {
        var (chain, _) = Small(Outcome.Refuted);
        var dot = chain.Dot();
        Assert.StartsWith("digraph proofs {", dot, StringComparison.Ordinal);
        Assert.Contains($"\"A\" [label=\"A\\n5 steps: 2 hold, 1 refuted, 1 not checkable, 1 not yet checked\", fillcolor=\"{ProofChain.Orange}\"];", dot, StringComparison.Ordinal);
        Assert.Contains($"\"B\" [label=\"B\", fillcolor=\"{ProofChain.Green}\"];", dot, StringComparison.Ordinal);
        Assert.Contains($"\"C\" [label=\"C\", fillcolor=\"{ProofChain.Red}\"];", dot, StringComparison.Ordinal);
        Assert.Contains($"\"A\" -> \"B\" [label=\"2\", color=\"{ProofChain.Red}\"", dot, StringComparison.Ordinal);
        Assert.Contains($"\"A\" -> \"C\" [label=\"5\", color=\"{ProofChain.Green}\"", dot, StringComparison.Ordinal);
        Assert.Equal(3, dot.Split('\n').Count(l => l.Contains("fillcolor", StringComparison.Ordinal)));
        Assert.Equal(2, dot.Split('\n').Count(l => l.Contains("->", StringComparison.Ordinal)));
        var (holding, _) = Small(Outcome.Holds);
        Assert.Equal(ProofChain.Green, holding.Colour("A"));
        Assert.Contains($"\"A\" -> \"B\" [label=\"2\", color=\"{ProofChain.Green}\"", holding.Dot(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_is_judged_by_its_literal_claims_and_a_reading_does_not_rescue_it()
    {
        var chain = new ProofChain(ProofInventory.All, ClaimCatalogue.All, new Dictionary<string, Outcome>
        {
            [ProofOfLemma15.TriangleAsPrinted.Key] = Outcome.Refuted, [ProofOfLemma15.TriangleTwoEps.Key] = Outcome.Holds,
        });
        var step = ProofInventory.All.Single(p => p.Of == "Lemma 15").Steps.Single(s => s.Where == "triangle inequality");
        Assert.Equal(ChainVerdict.Refuted, chain.Of(step));
        Assert.Equal(ProofChain.Orange, chain.Colour("Lemma 15"));
        Assert.Equal(ChainVerdict.Unchecked, chain.Of(ProofInventory.All.Single(p => p.Of == "Lemma 15").Steps[0]));
    }
}
