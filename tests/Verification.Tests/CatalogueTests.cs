using System.Reflection;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Tests;

/// <summary>The catalogue is built from the statement classes themselves: every statement of chapters 2–4 has a home
/// with claims, every class of Claims/ is found, and keys are unique.</summary>
public class CatalogueTests
{
    /// <summary>Every definition, problem, lemma, proposition, corollary, theorem, remark and numbered equation of chapters
    /// 2–4 as ../shared/STATEMENTS.md numbers them (ids only: their text lives in the claim files).</summary>
    private static readonly string[] ThesisStatements =
    [
        "Definition 1", "Definition 2", "Definition 3", "Problem 4", "Definition 5", "Theorem 6", "Remark 7", "Definition 8", "§2.0.1",
        "Definition 9", "Corollary 10", "Lemma 11",
        "Definition 12", "Lemma 14", "Lemma 15", "Proposition 16", "Eq. 3.3", "Proposition 17", "Proposition 18", "Eq. 3.5", "Eq. 3.7", "Eq. 3.8",
        "Lemma 19", "Proposition 20", "Eq. 3.11", "Eq. 3.12", "Theorem 21", "Corollary 22", "Lemma 23", "Eq. 3.13", "Proof of Theorem 6",
        "Theorem 24", "Definition 25", "Definition 26", "Definition 27", "Eq. 4.2", "Definition 28", "Remark 29", "Definition 30", "Theorem 31",
        "Proposition 32", "Proposition 33", "Lemma 34", "Eq. 4.8–4.24", "§4.1",
    ];

    /// <summary>Statements no claim can check, with the reason.</summary>
    private static readonly Dictionary<string, string> NotCheckable = new()
    {
        ["Definition 5"] = "0-1 Knapsack is named as context; no statement or proof of chapters 2–4 uses it",
        ["Definition 30"] = "a naming convention (filter, kernel), with no content to check",
    };

    [Fact]
    public void Every_statement_of_the_thesis_has_a_home_with_claims_or_a_reason()
    {
        var covered = ClaimCatalogue.Statements.Where(s => s.Claims.Count > 0).SelectMany(s => s.Statement.Ids).ToHashSet();
        Assert.All(ThesisStatements, id => Assert.True(covered.Contains(id) || NotCheckable.ContainsKey(id), $"no claim covers {id}"));
        Assert.All(NotCheckable.Keys, id => Assert.DoesNotContain(id, covered));
    }

    [Fact]
    public void Every_class_of_claims_is_a_registered_statement_whose_claims_carry_its_ids()
    {
        var classes = typeof(ClaimCatalogue).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Rssp.Verification.Claims", StringComparison.Ordinal) == true && t.IsPublic && t.IsAbstract && t.IsSealed)
            .ToArray();
        Assert.NotEmpty(classes);
        Assert.Equal(classes.OrderBy(t => t.FullName), ClaimCatalogue.Statements.Select(s => s.Type).OrderBy(t => t.FullName));
        Assert.All(ClaimCatalogue.Statements, s => Assert.All(s.Claims, c => Assert.Contains(c.Id, s.Statement.Ids)));
        Assert.All(ClaimCatalogue.Statements, s => Assert.True(s.Type.GetCustomAttribute<StatementAttribute>()!.Ids.Count > 0));
    }

    [Fact]
    public void Keys_are_unique_and_the_catalogue_is_in_seed_order()
    {
        Assert.Equal(ClaimCatalogue.All.Count, ClaimCatalogue.All.Select(c => c.Key).Distinct().Count());
        Assert.Equal(ClaimCatalogue.All.Count, ClaimCatalogue.All.Select(c => ClaimCatalogue.Normalise(c.Key)).Distinct().Count());
        var numbers = ClaimCatalogue.Statements.Select(s => s.Statement.Number).ToArray();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(numbers.Length, numbers.Distinct().Count());
        Assert.Equal("Definition 3", ClaimCatalogue.All[0].Id);
        Assert.Equal("§4.1", ClaimCatalogue.All[^1].Id);
    }

    [Theory]
    [InlineData("lemma 23", "Lemma 23")]
    [InlineData("Proposition32", "Proposition 32")]
    [InlineData("THEOREM 6", "Theorem 6")]
    public void Matching_ignores_case_and_spaces(string query, string id) =>
        Assert.All(ClaimCatalogue.Matching(query), c => Assert.Equal(id, c.Id));

    [Fact]
    public void Matching_finds_one_variant_by_its_key_and_nothing_for_an_unknown_id()
    {
        Assert.Single(ClaimCatalogue.Matching("Lemma 23 [with the Markov step's factor 1/ε]"));
        Assert.Equal(2, ClaimCatalogue.Matching("Lemma 23").Count);
        Assert.Empty(ClaimCatalogue.Matching("Lemma 99"));
    }

    [Fact]
    public void Constant_claims_own_their_experiment_and_draw_from_their_own_stream()
    {
        var constants = ClaimCatalogue.All.Where(c => c.Experiment is not null).ToArray();
        Assert.Equal(["Theorem 6", "Corollary 10", "Theorem 31", "Proposition 32", "Lemma 34"], constants.Select(c => c.Id));
        Assert.All(constants, c => Assert.Equal(c.Stream, c.Experiment!.Stream));
        Assert.All(constants, c => Assert.Equal(ClaimKind.Constant, c.Kind));
    }
}
