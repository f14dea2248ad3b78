using Rssp.Verification.Catalogue;

namespace Rssp.Verification.Tests;

public class CatalogueTests
{
    [Fact]
    public void Ids_are_unique_and_in_seed_order_by_chapter()
    {
        Assert.Equal(Statements.All.Count, Statements.All.Select(s => s.Id).Distinct().Count());
        Assert.Equal(Statements.All.Select(s => s.Chapter).Order(), Statements.All.Select(s => s.Chapter));
        Assert.Equal([2, 3, 4], Statements.All.Select(s => s.Chapter).Distinct());
    }

    [Theory]
    [InlineData("lemma 23", "Lemma 23")]
    [InlineData("Proposition32", "Proposition 32")]
    [InlineData("THEOREM 6", "Theorem 6")]
    public void Find_ignores_case_and_spaces(string query, string id) => Assert.Equal(id, Statements.Find(query)?.Id);

    [Fact]
    public void Find_returns_nothing_for_an_unknown_id() => Assert.Null(Statements.Find("Lemma 99"));

    [Fact]
    public void Every_numbered_result_of_the_seed_is_listed()
    {
        string[] numbered =
        [
            "Theorem 6", "Remark 7", "Corollary 10", "Lemma 11", "Lemma 14", "Lemma 15", "Proposition 16", "Proposition 17",
            "Proposition 18", "Lemma 19", "Proposition 20", "Theorem 21", "Corollary 22", "Lemma 23", "Theorem 24",
            "Remark 29", "Theorem 31", "Proposition 32", "Proposition 33", "Lemma 34",
        ];
        foreach (var id in numbered) Assert.Single(Statements.All, s => s.Id == id);
    }
}
