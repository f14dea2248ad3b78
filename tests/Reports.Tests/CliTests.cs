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

    [Theory]
    [InlineData]
    [InlineData("list")]
    public void Main_job_and_list_print_every_statement_and_exit_zero(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.All(Statements.All, s => Assert.Contains(s.Id, output));
        Assert.Contains($"{Statements.All.Count} statements.", output);
    }

    [Fact]
    public void Help_explains_the_verbs()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Random Subset Sum", output);
        Assert.Contains("list", output);
    }

    [Fact]
    public void An_unknown_verb_gets_one_clear_line_and_a_non_zero_exit()
    {
        var (code, output, error) = Run("bogus");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("bogus", error);
        Assert.DoesNotContain("   at ", error);
    }
}
