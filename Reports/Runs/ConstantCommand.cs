using System.Globalization;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Experiments;

namespace Rssp.Reports.Runs;

/// <summary>A constant claim as estimate-c names it: its id in lower-case letters and digits ("theorem6",
/// "corollary10", "proposition32", "lemma34", "theorem31"). Every claim of the catalogue with an experiment is one;
/// so is n*(ε) under any sample law on a target [−a, a] (<see cref="ForLaw"/>, named "law:key:variance:a").</summary>
public sealed record ConstantCommand(Claim Claim, string? LawName = null)
{
    public static IReadOnlyList<ConstantCommand> All { get; } =
        [.. ClaimCatalogue.All.Where(c => c.Experiment is not null).Select(c => new ConstantCommand(c))];

    /// <summary>The name on the command line (and in run.json).</summary>
    public string Name => LawName ?? ClaimCatalogue.Normalise(Claim.Id);

    public ConstantExperiment Experiment => Claim.Experiment!;

    /// <summary>The constant a command line names: "theorem6", "Theorem 6", "lemma-34" all name one; a law's name as
    /// <see cref="ForLaw"/> writes it; null for none.</summary>
    public static ConstantCommand? Named(string name)
    {
        var parts = name.Split(':');
        if (parts is ["law", var key, var v, var a]
            && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var variance)
            && double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var target))
            return SampleLaw.Of(key, variance) is { } law && target > 0 ? ForLaw(law, target) : null;
        return All.FirstOrDefault(c => c.Name == ClaimCatalogue.Normalise(name));
    }

    /// <summary>C under a sample law on [−a, a]: sup_ε (n*(ε) − 1)/ln(1/ε) from ε-paths, as for Theorem 6.</summary>
    public static ConstantCommand ForLaw(SampleLaw law, double target)
    {
        var (v, a) = (law.Variance.ToString("R", CultureInfo.InvariantCulture), target.ToString("R", CultureInfo.InvariantCulture));
        var id = $"n*(ε) under {law.Description} on [−{a}, {a}]";
        return new(Define.PathConstant(id, $"n ≥ C ln(1/ε) samples of {law.Description} make every z ∈ [−{a}, {a}] ε-approximable with probability ≥ 1 − ε (ε ∈ (0, 1/3)).",
            "ε-paths of the law's streams; C = sup_ε (n*(ε) − 1)/ln(1/ε) over the ε the streams reach", law.Paths(target), 1, "smallest C"), $"law:{law.Key}:{v}:{a}");
    }
}
