using System.Diagnostics;

namespace Rssp.Reports.Tests;

/// <summary>tools/seed-table.sh renders the verdicts of finished seeds (it reruns none whose results.json exists): a claim
/// held under one seed and refuted under another is a flip, and is listed.</summary>
public class SeedTableTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verify.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("no Verify.sln above the test's folder.");
    }

    [Fact]
    public void A_claim_held_under_one_seed_and_refuted_under_another_is_a_flip()
    {
        using var temp = new TempFolder();
        void Results(int seed, string a, string b)
        {
            Directory.CreateDirectory(temp.Sub($"seed-{seed}"));
            File.WriteAllText(Path.Combine(temp.Sub($"seed-{seed}"), "results.json"),
                $$"""{"budget":{"name":"quick"},"claims":[{"key":"A","outcome":"{{a}}"},{"key":"B | x","outcome":"{{b}}"}]}""");
        }
        Results(1, "holds", "refuted");
        Results(2, "refuted", "refuted");
        Results(3, "holds", "refuted");
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "tools", "seed-table.sh"), "--seeds", "1 2 3", "--out", temp.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["RSSP_COMMIT"] = "test" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        Assert.Contains("master seeds 1 2 3 (budget quick, commit test)", output);
        Assert.Contains("| A | H | R | H | 2 |", output);
        Assert.Contains("| B \\| x | R | R | R |  |", output);
        Assert.Contains("Claims both held and refuted: A.", output);
        Assert.Contains("Refutations that do not recur under every seed: A.", output);
    }
}
