namespace Rssp.Verification.Checking;

/// <summary>Marks a class of Claims/ as the home of one statement of the seed: its number, which orders the catalogue
/// as the seed does (§2.0.1, between Definition 8 and 9, is 8.5), and the ids it covers — the statement itself first,
/// then the proof steps and definitions its claims check. The catalogue finds its claims by this attribute.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StatementAttribute(double number, params string[] ids) : Attribute
{
    public double Number { get; } = number;

    public IReadOnlyList<string> Ids { get; } = ids;
}
