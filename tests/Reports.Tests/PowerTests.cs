using System.Text.Json;
using Rssp.Reports;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Tests;

/// <summary>CI's quick mutant check: the mutants verb at the quick budget and seed 1. Every claim must kill at least one
/// mutant other than its negation, except the claims listed here, each with the reason its check cannot yet fail where it
/// runs (the list is asserted exactly: a claim that gains power must leave it, one that loses power fails the test). Each
/// claim's own verdict must be the one the report gives it (sharing samples with its mutants changes nothing), so a
/// statement that holds is not refuted here.</summary>
public class PowerTests
{
    public static readonly IReadOnlyDictionary<string, string> WithoutPowerAtQuickBudget = new Dictionary<string, string>
    {
        // none at present: Proof of Proposition 20 [Eq. 3.10] left the list with its mutant "p_β → 1", decided on a proposal law
    };

    [Fact]
    public void Every_claim_kills_a_mutant_at_the_quick_budget_but_the_listed_ones_and_keeps_its_own_verdict()
    {
        using var temp = new TempFolder();
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, Cli.Run(["mutants", "--quick", "--seed", "1", "--out", temp], output, error));
        Assert.Empty(error.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp, "power.json")));
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(ClaimCatalogue.All.Select(c => c.Key), claims.Select(c => c.GetProperty("key").GetString()));
        var withoutPower = claims.Where(c => !c.GetProperty("hasPower").GetBoolean()).Select(c => c.GetProperty("key").GetString()!);
        Assert.Equal(WithoutPowerAtQuickBudget.Keys.Order(), withoutPower.Order());
        Assert.All(claims, c => Assert.True(c.GetProperty("mutants").GetInt32() >= 1, c.GetProperty("key").GetString()));
        var outcomes = ClaimCatalogue.All.Select(c => Listing.Word(CatalogueRun.Check(c, Budget.Quick, 1).Verdict.Outcome));
        Assert.Equal(outcomes, claims.Select(c => c.GetProperty("outcome").GetString()));
        Assert.StartsWith("# Power by statement mutants", File.ReadAllText(Path.Combine(temp, "power.md")));
        Assert.StartsWith("claim,claim_outcome,mutant,kind,change,mutant_outcome,killed,counts_toward_power\n", File.ReadAllText(Path.Combine(temp, "power.csv")));
        Assert.Matches(@"\d+ of \d+ mutants killed; \d+ claims? without power(, \d+ without mutants)?, in", output.ToString());
    }

    [Fact]
    public void The_mutants_verb_refuses_an_unknown_claim_in_one_line()
    {
        using var temp = new TempFolder();
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, Cli.Run(["mutants", "--quick", "--only", "Lemma 99", "--out", temp], output, error));
        Assert.Equal("error: unknown claim id: Lemma 99 (see 'list').", error.ToString().Trim());
    }
}
