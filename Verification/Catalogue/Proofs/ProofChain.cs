using System.Globalization;
using System.Text;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Catalogue.Proofs;

/// <summary>How a step, a result or a use stands after a run: its claims hold, one is refuted, the evidence decides
/// neither, or no verdict is available (not run, not yet checked, not checkable).</summary>
public enum ChainVerdict
{
    Holds,
    Refuted,
    Inconclusive,
    Unchecked,
}

/// <summary>A proof's coverage in numbers: steps found, checked (with a verdict), holding, refuted, inconclusive, checked
/// but not run in this selection, not checkable, not yet checked. Found = checked + not checkable + not yet checked, and
/// checked = holding + refuted + inconclusive + not run.</summary>
public sealed record ProofTally(int Found, int Checked, int Holding, int Refuted, int Inconclusive, int NotRun, int NotCheckable, int NotYetChecked);

/// <summary>The proof inventory read against a run's verdicts: each step's verdict (from its claims as printed; a reading
/// beside a refuted step does not make the step hold), each proof's tally, each result's colour, and the dependency graph
/// as Graphviz DOT. <paramref name="claims"/> is the catalogue (the statement claims of a result are its claims with a
/// statement target), <paramref name="outcomes"/> the verdicts by claim key.</summary>
public sealed class ProofChain(IReadOnlyList<Proof> proofs, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Outcome> outcomes)
{
    private readonly Dictionary<string, Claim> byKey = claims.ToDictionary(c => c.Key);

    public IReadOnlyList<Proof> Proofs { get; } = proofs;

    /// <summary>A step's verdict: over its literal claims (all of them if it has none): refuted if one is refuted,
    /// holds if every one holds (or is an estimated constant), inconclusive if one is, unchecked if one was not run.</summary>
    public ChainVerdict Of(ProofStep step)
    {
        if (step.Status != StepStatus.Checked) return ChainVerdict.Unchecked;
        var stepClaims = step.Claims.Select(k => byKey.GetValueOrDefault(k)).OfType<Claim>().ToArray();
        var literal = stepClaims.Where(c => c.Variant == Variant.Literal).ToArray();
        return Combine((literal.Length > 0 ? literal : stepClaims).Select(c => c.Key).ToArray());
    }

    /// <summary>The verdict of a set of claims by key (see <see cref="Combine(IReadOnlyCollection{ChainVerdict})"/>).</summary>
    private ChainVerdict Combine(IReadOnlyCollection<string> keys) => Combine(keys.Select(k => outcomes.TryGetValue(k, out var o) ? o switch
    {
        Outcome.Refuted => ChainVerdict.Refuted,
        // An estimated constant neither holds nor fails: undecided, not green.
        Outcome.Inconclusive or Outcome.Estimated => ChainVerdict.Inconclusive,
        _ => ChainVerdict.Holds,
    } : ChainVerdict.Unchecked).ToArray());

    /// <summary>Verdicts combined: refuted beats inconclusive beats unchecked beats holds; none is unchecked.</summary>
    private static ChainVerdict Combine(IReadOnlyCollection<ChainVerdict> verdicts) =>
        verdicts.Count == 0 ? ChainVerdict.Unchecked
        : verdicts.Contains(ChainVerdict.Refuted) ? ChainVerdict.Refuted
        : verdicts.Contains(ChainVerdict.Inconclusive) ? ChainVerdict.Inconclusive
        : verdicts.Contains(ChainVerdict.Unchecked) ? ChainVerdict.Unchecked
        : ChainVerdict.Holds;

    public ProofTally Tally(Proof proof)
    {
        var verdicts = proof.Steps.Where(s => s.Status == StepStatus.Checked).Select(Of).ToArray();
        return new ProofTally(proof.Steps.Count, verdicts.Length,
            verdicts.Count(v => v == ChainVerdict.Holds), verdicts.Count(v => v == ChainVerdict.Refuted),
            verdicts.Count(v => v == ChainVerdict.Inconclusive), verdicts.Count(v => v == ChainVerdict.Unchecked),
            proof.Steps.Count(s => s.Status == StepStatus.NotCheckable), proof.Steps.Count(s => s.Status == StepStatus.NotYetChecked));
    }

    /// <summary>The verdict on a result's statement as printed: its claims with a statement target.</summary>
    public ChainVerdict Statement(string id) =>
        Combine(claims.Where(c => c.Id == id && c.Target.Kind == TargetKind.Statement).Select(c => c.Key).ToArray());

    /// <summary>How a result is coloured: its statement refuted (red), else a step of its proof refuted (orange), else
    /// its statement holds with no refuted step (green), inconclusive (yellow), or unchecked (grey).</summary>
    public string Colour(string id)
    {
        var statement = Statement(id);
        if (statement == ChainVerdict.Refuted) return Red;
        var proof = Proofs.FirstOrDefault(p => p.Of == id);
        if (proof is not null && proof.Steps.Any(s => Of(s) == ChainVerdict.Refuted)) return Orange;
        return ColourOf(statement);
    }

    /// <summary>The verdict of the steps by which <paramref name="user"/>'s proof uses <paramref name="used"/>.</summary>
    public ChainVerdict Use(Proof user, string used) => Combine(user.Steps.Where(s => s.Uses == used).Select(Of).ToArray());

    public const string Red = "#cf222e", Orange = "#e16f24", Green = "#1a7f37", Yellow = "#bf8700", Grey = "#8c959f";

    public static string ColourOf(ChainVerdict v) => v switch
    {
        ChainVerdict.Holds => Green,
        ChainVerdict.Refuted => Red,
        ChainVerdict.Inconclusive => Yellow,
        _ => Grey,
    };

    /// <summary>The dependency graph in Graphviz DOT: a node per result (a proved one and every result a proof uses),
    /// filled with its colour; an edge from the user to the used result, labelled with the steps that use it and coloured
    /// by their verdict (red: a hypothesis or conclusion of the use is refuted).</summary>
    public string Dot()
    {
        var nodes = Proofs.Select(p => p.Of).Concat(Proofs.SelectMany(p => p.Uses)).Distinct().ToArray();
        var dot = new StringBuilder();
        dot.Append("digraph proofs {\n  rankdir=BT;\n  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontcolor=white];\n")
            .Append("  edge [fontname=\"DejaVu Sans\", fontsize=9];\n");
        foreach (var id in nodes)
        {
            var proof = Proofs.FirstOrDefault(p => p.Of == id);
            var label = proof is null ? id : $"{id}\\n{Summary(Tally(proof))}";
            dot.Append(CultureInfo.InvariantCulture, $"  {Quote(id)} [label={Quote(label)}, fillcolor=\"{Colour(id)}\"];\n");
        }
        foreach (var proof in Proofs)
            foreach (var used in proof.Uses)
            {
                var label = string.Join(", ", proof.Steps.Where(s => s.Uses == used).Select(s => s.Where).Distinct());
                var colour = ColourOf(Use(proof, used));
                dot.Append(CultureInfo.InvariantCulture, $"  {Quote(proof.Of)} -> {Quote(used)} [label={Quote(label)}, color=\"{colour}\", fontcolor=\"{colour}\"];\n");
            }
        return dot.Append("}\n").ToString();
    }

    /// <summary>"12 steps: 5 hold, 1 refuted, 3 open" — a proof's tally in a line.</summary>
    public static string Summary(ProofTally t) =>
        t.Found == 0 ? "no proof printed"
            : $"{t.Found} step{(t.Found == 1 ? "" : "s")}: {t.Holding} hold, {t.Refuted} refuted" +
              (t.Inconclusive + t.NotRun > 0 ? $", {t.Inconclusive + t.NotRun} undecided" : "") +
              (t.NotCheckable > 0 ? $", {t.NotCheckable} not checkable" : "") +
              (t.NotYetChecked > 0 ? $", {t.NotYetChecked} not yet checked" : "");

    /// <summary>A DOT string literal (labels use the escape \n for a line break, and no other backslash).</summary>
    private static string Quote(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
