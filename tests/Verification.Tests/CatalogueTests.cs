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
        var numbered = new[] { 6, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 31, 32, 33, 34 };
        foreach (var n in numbered) Assert.Single(Statements.All, s => s.Id.EndsWith($" {n}"));
    }
}
