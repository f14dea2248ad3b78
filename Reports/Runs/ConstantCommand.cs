using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>A constant claim as estimate-c names it: its id in lower-case letters and digits ("theorem6",
/// "corollary10", "proposition32", "lemma34", "theorem31"). Every claim of the catalogue with an experiment is one.</summary>
public sealed record ConstantCommand(Claim Claim)
{
    public static IReadOnlyList<ConstantCommand> All { get; } =
        [.. ClaimCatalogue.All.Where(c => c.Experiment is not null).Select(c => new ConstantCommand(c))];

    /// <summary>The name on the command line.</summary>
    public string Name => ClaimCatalogue.Normalise(Claim.Id);

    public ConstantExperiment Experiment => Claim.Experiment!;

    /// <summary>Every ε must be below this, as the statement says: 1/3 for Theorem 6 (Lueker's ε ∈ (0, 1/3)), 1 otherwise.</summary>
    public double EpsBelow => Claim.Key == Verification.Claims.Chapter2.Theorem6.Constant.Key ? 1.0 / 3 : 1;

    /// <summary>The range of ε as the statement writes it: "(0, 1/3)" or "(0, 1)".</summary>
    public string EpsRange => EpsBelow < 1 ? "(0, 1/3)" : "(0, 1)";

    /// <summary>The constant a command line names: "theorem6", "Theorem 6", "lemma-34" all name one; null for none.</summary>
    public static ConstantCommand? Named(string name) => All.FirstOrDefault(c => c.Name == ClaimCatalogue.Normalise(name));
}
