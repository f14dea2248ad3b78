using System.Reflection;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Catalogue;

/// <summary>Every claim, found in the statement classes themselves (the classes of Claims/ marked with
/// <see cref="StatementAttribute"/>, each with a static <c>Claims</c> list), in seed order: by the statement's number,
/// then in the order its file lists them (literal reading first). Nothing is registered by hand.</summary>
public static class ClaimCatalogue
{
    /// <summary>A statement class: the type, its attribute, and its claims.</summary>
    public sealed record StatementClass(Type Type, StatementAttribute Statement, IReadOnlyList<Claim> Claims);

    public static IReadOnlyList<StatementClass> Statements { get; } = Find();

    public static IReadOnlyList<Claim> All { get; } = [.. Statements.SelectMany(s => s.Claims)];

    /// <summary>The claims whose id or key matches (only letters and digits count, case ignored); every variant of an id
    /// matches it.</summary>
    public static IReadOnlyList<Claim> Matching(string idOrKey)
    {
        var wanted = Normalise(idOrKey);
        return All.Where(c => Normalise(c.Id) == wanted || Normalise(c.Key) == wanted).ToArray();
    }

    /// <summary>The one form of a name for matching (claims, constants): its letters and digits, in lower case, in
    /// sub- and superscripts folded (so a key typed as printed in Unicode, "C_(a,b)" or "cᵢ²", matches "C_{a,b}" and "c_i²").</summary>
    public static string Normalise(string s) =>
        new([.. s.Select(Scripts.Fold).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static StatementClass[] Find() =>
    [
        .. typeof(ClaimCatalogue).Assembly.GetTypes()
            .Select(t => (Type: t, Statement: t.GetCustomAttribute<StatementAttribute>()))
            .Where(t => t.Statement is not null)
            .Select(t => new StatementClass(t.Type, t.Statement!, ClaimsOf(t.Type)))
            .OrderBy(s => s.Statement.Number),
    ];

    private static IReadOnlyList<Claim> ClaimsOf(Type type) =>
        type.GetProperty("Claims", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<Claim>
        ?? throw new InvalidOperationException($"{type.Name} is marked [Statement] but has no public static IReadOnlyList<Claim> Claims.");
}
