namespace Rssp.Verification.Catalogue;

/// <summary>How a statement is checked: on every instance (exact) or by trials with a confidence interval.</summary>
public enum StatementKind
{
    Definition,
    Exact,
    Probabilistic,
    Constant,
}

/// <summary>One statement of the seed, with its number as the seed prints it and its text as printed.</summary>
public sealed record Statement(string Id, int Chapter, StatementKind Kind, string Text);
