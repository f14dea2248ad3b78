using System.Text.RegularExpressions;
using Rssp.Reports;
using Rssp.Verification.Catalogue;

namespace Rssp.Reports.Tests;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void List_prints_every_claim_with_its_reading_and_kind()
    {
        var (code, output, error) = Run("list");
        Assert.Equal(0, code);
        Assert.Empty(error);
        // Keys in plain Unicode (C_{a,b} as C_(a,b), c_i² as cᵢ²), each naming its claim when typed back.
        Assert.All(ClaimCatalogue.All, c => Assert.Contains(Output.Notation.Unicode(c.Key), output));
        Assert.All(ClaimCatalogue.All, c => Assert.Contains(c, ClaimCatalogue.Matching(Output.Notation.Unicode(c.Key))));
        Assert.Contains($"{ClaimCatalogue.All.Count} claims", output);
    }

    [Fact]
    public void A_quick_run_of_chosen_claims_prints_a_verdict_line_each_and_a_total()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run("--quick", "--only", "Lemma 14", "Eq. 3.8", "--seed", "3", "--out", temp);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"\[ 1/2\] Lemma 14 +holds", output);
        Assert.Matches(@"\[ 2/2\] Eq\. 3\.8 +holds", output);
        Assert.Contains("statements false as printed: 0; proof steps wrong: 0; constructions that fall short: 0; readings refuted: 0; 2 hold, 0 inconclusive", output);
        Assert.Contains("master seed 3", output);
        // Only the figures of the claims run (none illustrates these two), and the reproduce line keeps --only.
        Assert.Empty(Directory.GetFiles(temp, "*.png"));
        Assert.Contains("`dotnet run -c Release --project Reports -- --quick --seed 3 --only \"Lemma 14\" \"Eq. 3.8\"`", File.ReadAllText(Path.Combine(temp, "report.md")));
    }

    [Fact]
    public void Check_prints_the_evidence_of_a_refutation_in_full()
    {
        var (code, output, _) = Run("check", "lemma 23", "--quick");
        Assert.Equal(0, code);
        Assert.Contains("Lemma 23 (literal, probabilistic): refuted — statement false as printed", output);
        Assert.Contains("counterexample:", output);
        // The replay command runs as printed: the dotnet run form, with the budget and seed.
        Assert.Contains("replay:    dotnet run -c Release --project Reports -- check \"Lemma 23\" --quick --seed 1", output);
        Assert.Contains("Lemma 23 [with the Markov step's factor 1/ε] (intended, probabilistic): holds", output);
        Assert.Contains("tau = 12, n = tau + 1", output);
    }

    [Fact]
    public void The_same_seed_gives_the_same_listing()
    {
        // Everything but the timings must repeat (and the progress lines, printed every 10 s, which depend on them).
        static string Lines(string output) => Regex.Replace(Regex.Replace(Regex.Replace(Regex.Replace(output, "(?m)^  … .*\n", ""),
            @" +\d+\.\ds  ", " "), @"in \d+\.\d s\.", ""), "wrote .*/", "wrote ");
        using var temp = new TempFolder();
        var a = Run("--quick", "--only", "Proposition 17", "Eq. 3.5", "--out", temp.Sub("a")).Out;
        var b = Run("--quick", "--only", "Proposition 17", "Eq. 3.5", "--out", temp.Sub("b")).Out;
        Assert.Equal(Lines(a), Lines(b));
    }

    [Fact]
    public void Help_explains_the_verbs()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Random Subset Sum", output);
        Assert.Contains("list", output);
        Assert.Contains("check", output);
        Assert.Contains("--thorough", output);
        foreach (var verb in new[] { "report", "estimate-c", "merge" }) Assert.Contains(verb, output);
        foreach (var verb in new[] { "report", "list", "check", "estimate-c", "merge" })
        {
            var help = Run(verb, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("Usage:", help.Out);
        }
        Assert.Contains("--shard", Run("estimate-c", "--help").Out);
        Assert.Contains("--replay", Run("check", "--help").Out);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("--seed", "minus-one")]
    [InlineData("--quick", "--thorough")]
    [InlineData("--only", "Lemma 99")]
    [InlineData("check", "Lemma 99")]
    public void Bad_arguments_get_one_clear_line_and_a_non_zero_exit(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.DoesNotContain("holds", output);
        Assert.StartsWith("error: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    /// <summary>Errors in the user's terms: what the option expects, never a .NET type; ε within the statement's range.</summary>
    [Theory]
    [InlineData("--seed must be a whole number from 0 to 18446744073709551615; got 'abc'.", "--seed", "abc")]
    [InlineData("--seed must be a whole number from 0 to 18446744073709551615; got '-1'.", "check", "Lemma 14", "--seed", "-1")]
    [InlineData("--trials must be a whole number; got '1.5'.", "estimate-c", "--trials", "1.5")]
    [InlineData("--eps must be a number such as 0.01 or 1e-3; got 'x'.", "estimate-c", "--eps", "0.1", "x")]
    [InlineData("--confidence must be a number such as 0.95; got 'high'.", "estimate-c", "--confidence", "high")]
    [InlineData("--eps values for Theorem 6 must lie in (0, 1/3), as the statement says; got 0.5.", "estimate-c", "--eps", "0.5")]
    [InlineData("--eps values for Theorem 6 must lie in (0, 1/3), as the statement says; got 0.34.", "estimate-c", "--statement", "theorem6", "--eps", "0.1", "0.34")]
    [InlineData("--reach must lie in (0, 0.1), got 0.5.", "estimate-c", "--rare", "--reach", "0.5")]
    [InlineData("--reach must be a number such as 1e-6; got 'deep'.", "estimate-c", "--rare", "--reach", "deep")]
    [InlineData("--rare runs for Theorem 6 (--statement theorem6) or a law (--law …).", "estimate-c", "--rare", "--statement", "lemma34")]
    [InlineData("--rare estimates every ε at once: --eps does not apply.", "estimate-c", "--rare", "--eps", "0.1")]
    [InlineData("--rare needs at least 2 streams (--trials), got 1.", "estimate-c", "--rare", "--trials", "1")]
    [InlineData("--shard must be i/k with 0 ≤ i < k (e.g. 0/4 … 3/4), got '3/3'.", "estimate-c", "--rare", "--shard", "3/3")]
    public void Bad_values_are_named_in_the_users_terms(string message, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal($"error: {message}", error.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotContain("System.", error);
    }
}
