using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>What a reader needs to reproduce a run: budget, seed, machine, wall time (over every part of a resumed run),
/// and the claims selected by --only (none: all).</summary>
public sealed record RunInfo(Budget Budget, ulong MasterSeed, DateTimeOffset Started, TimeSpan Wall, string Machine)
{
    /// <summary>How every printed command starts: the form that runs as printed from the repository's root.</summary>
    public const string Command = "dotnet run -c Release --project Reports --";

    /// <summary>The --only arguments that select the run's claims (empty: every claim); see <see cref="OnlyOf"/>.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>The --only arguments that select exactly these claims: none for the whole catalogue, else per statement
    /// its id when every claim of that id is selected, its claims' keys otherwise (so a run and the merge of its shards
    /// print the same command).</summary>
    public static IReadOnlyList<string> OnlyOf(IReadOnlyCollection<Claim> selected) =>
        selected.Count == ClaimCatalogue.All.Count ? []
        : [.. selected.GroupBy(c => c.Id).SelectMany(g => ClaimCatalogue.All.Where(c => c.Id == g.Key).All(g.Contains) ? [g.Key] : g.Select(c => c.Key))];

    public static string DescribeMachine() =>
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, " +
        $".NET {Environment.Version}";

    /// <summary>The command that reruns this report: budget, seed and --only as given.</summary>
    public string Reproduce =>
        $"{Command}{BudgetFlag(Budget)} --seed {MasterSeed}{(Only.Count == 0 ? "" : " --only " + string.Join(" ", Only.Select(Quote)))}";

    /// <summary>" --quick" or " --thorough", nothing for the default budget.</summary>
    public static string BudgetFlag(Budget budget) => budget.Name == Budget.Default.Name ? "" : $" --{budget.Name}";

    /// <summary>The command that reruns one claim with its evidence in full: an exact claim from its FsCheck replay pair,
    /// a statistical one from the master seed.</summary>
    public static string CheckCommand(Claim claim, Verdict verdict, Budget budget, ulong seed) =>
        $"{Command} check {Quote(claim.Key)}" + (verdict.Replay is ReplayToken.FsCheckPair pair
            ? $" --replay \"{pair}\"{BudgetFlag(budget)}"
            : $"{BudgetFlag(budget)} --seed {seed}");

    /// <summary>A shell word in double quotes (for ids with spaces, brackets or primes).</summary>
    public static string Quote(string s) => $"\"{s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`")}\"";
}
