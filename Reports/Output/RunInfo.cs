using Rssp.Verification.Checking;

namespace Rssp.Reports.Output;

/// <summary>What a reader needs to reproduce a run: budget, seed, machine, wall time.</summary>
public sealed record RunInfo(Budget Budget, ulong MasterSeed, DateTimeOffset Started, TimeSpan Wall, string Machine)
{
    public static string DescribeMachine() =>
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, " +
        $".NET {Environment.Version}";

    public string Reproduce =>
        $"dotnet run -c Release --project Reports --{(Budget.Name == "default" ? "" : $" --{Budget.Name}")} --seed {MasterSeed}";
}
