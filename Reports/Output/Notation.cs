using System.Globalization;
using System.Net;
using System.Text;

namespace Rssp.Reports.Output;

/// <summary>The one notation source of statements, keys, evidence and figure labels, and its two renderings: plain
/// Unicode (console, report.md, figures) and MathML (index.html, native in browsers, no script). The syntax is plain text
/// in which <c>_</c> and <c>^</c> attach a subscript or superscript to the token before them: a letter with its marks and
/// primes, a digit run, a bracketed group <c>(…)</c> <c>[…]</c>, an operator name (sup, max, min, inf, lim, log, ln, exp) or
/// a single symbol (‖, ∫, Σ). The script is a braced group <c>{…}</c> (the braces only group), a parenthesised group (the
/// parentheses stay), a digit run or a letter run; scripts nest, and a subscript may be followed by a superscript
/// (<c>∫_{−1}^{1}</c>, <c>N_0^{(S)}</c>). An <c>_</c> or <c>^</c> that attaches to nothing stays as it is.</summary>
public static partial class Notation
{
    /// <summary>A piece of parsed notation: text, or a base with a subscript and/or a superscript (each itself notation).</summary>
    public abstract record Piece;

    public sealed record Text(string Value) : Piece;

    public sealed record Script(string Base, string? Sub, string? Sup) : Piece;

    private static readonly string[] OperatorNames = ["sup", "max", "min", "inf", "lim", "log", "ln", "exp"];

    /// <summary>The pieces of a notation string, in order; adjacent text is one piece.</summary>
    public static IReadOnlyList<Piece> Parse(string s)
    {
        var pieces = new List<Piece>();
        var text = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if ((c == '_' || c == '^') && BaseLength(text) is int baseLength and > 0 && Argument(s, i + 1) is { } first)
            {
                var baseText = text.ToString(text.Length - baseLength, baseLength);
                text.Length -= baseLength;
                var (sub, sup) = c == '_' ? (first.Value, (string?)null) : (null, first.Value);
                i = first.End;
                var other = c == '_' ? '^' : '_';
                if (i < s.Length && s[i] == other && Argument(s, i + 1) is { } second)
                {
                    if (other == '^') sup = second.Value;
                    else sub = second.Value;
                    i = second.End;
                }
                if (text.Length > 0) pieces.Add(new Text(text.ToString()));
                text.Clear();
                pieces.Add(new Script(baseText, sub, sup));
                continue;
            }
            text.Append(c);
            i++;
        }
        if (text.Length > 0) pieces.Add(new Text(text.ToString()));
        return pieces;
    }

    /// <summary>The length of the base at the end of the text before a script, or null when nothing there takes one.</summary>
    private static int? BaseLength(StringBuilder text)
    {
        var end = text.Length;
        if (end == 0) return null;
        var last = text[end - 1];
        if (last is ')' or ']')
        {
            var open = last == ')' ? '(' : '[';
            var depth = 0;
            for (var k = end - 1; k >= 0; k--)
            {
                if (text[k] == last) depth++;
                else if (text[k] == open && --depth == 0) return end - k;
            }
            return 1;   // the group opened before an earlier script: the script attaches to the closing bracket
        }
        if (char.IsDigit(last))
        {
            var k = end;
            while (k > 0 && (char.IsDigit(text[k - 1]) || text[k - 1] == '.')) k--;
            return end - k;
        }
        var j = end;
        while (j > 0 && text[j - 1] is '′' or '″') j--;
        while (j > 0 && IsMark(text[j - 1])) j--;
        if (j == 0 || char.IsWhiteSpace(text[j - 1])) return null;
        if (!char.IsLetter(text[j - 1])) return IsMark(text[j - 1]) || text[j - 1] is '_' or '^' or '{' or '(' or '[' ? null : end - (j - 1);
        var run = j;
        while (run > 0 && char.IsLetter(text[run - 1])) run--;
        var word = text.ToString(run, j - run);
        return OperatorNames.Contains(word) ? end - run : end - (j - 1);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>The script argument starting at i: its text (braces removed) and the index after it; null if none.</summary>
    private static (string Value, int End)? Argument(string s, int i)
    {
        if (i >= s.Length) return null;
        if (s[i] is '{' or '(')
        {
            var (open, close) = s[i] == '{' ? ('{', '}') : ('(', ')');
            var depth = 0;
            for (var k = i; k < s.Length; k++)
            {
                if (s[k] == open) depth++;
                else if (s[k] == close && --depth == 0)
                    return (open == '{' ? s[(i + 1)..k] : s[i..(k + 1)], k + 1);
            }
            return null;
        }
        var j = i;
        if (char.IsDigit(s[i]))
            while (j < s.Length && char.IsDigit(s[j])) j++;
        else if (char.IsLetter(s[i]))
            while (j < s.Length && (char.IsLetter(s[j]) || IsMark(s[j]) || s[j] is '′' or '″')) j++;
        return j > i ? (s[i..j], j) : null;
    }

    private const string Subscripts = Verification.Checking.Scripts.Subscripts;

    private const string Superscripts = Verification.Checking.Scripts.Superscripts;

    /// <summary>Plain Unicode: scripts as Unicode sub- and superscript letters where every character has one
    /// (Z_{n+1} → Zₙ₊₁), otherwise as _x or _(…) and ^x or ^(…) ((7/8)^{n−τ} → (7/8)^(n−τ)); grouping braces dropped.</summary>
    public static string Unicode(string s) => string.Concat(Parse(s).Select(p => p switch
    {
        Script sc => Unicode(sc.Base) + Scripted(sc.Sub, Subscripts, "_") + Scripted(sc.Sup, Superscripts, "^"),
        Text t => Numbers(t.Value),
        _ => "",
    }));

    /// <summary>Numbers in text as a reader writes them, so that no line breaks inside one: a minus sign for a leading
    /// hyphen ("-0.5" → "−0.5") and powers of ten for exponents ("1E-06" → "10⁻⁶", "-6.106E-16" → "−6.106·10⁻¹⁶").</summary>
    public static string Numbers(string text) => NegativeNumber().Replace(Exponent().Replace(text, m =>
    {
        var power = "10" + string.Concat(((m.Groups[3].Value == "-" ? "−" : "") + m.Groups[4].Value).Select(c => Map(Superscripts, c) ?? c));
        return (m.Groups[1].Value == "-" ? "−" : "") + (m.Groups[2].Value == "1" ? power : $"{m.Groups[2].Value}·{power}");
    }), "−");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])(-?)(\d+(?:\.\d+)?)E([+-]?)0*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex Exponent();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[\s(\[,;:=])-(?=\d)")]
    private static partial System.Text.RegularExpressions.Regex NegativeNumber();

    private static string Scripted(string? script, string table, string marker)
    {
        if (script is null) return "";
        var plain = Unicode(script).Replace("{", "").Replace("}", "");
        var mapped = plain.Select(c => Map(table, c)).ToArray();
        if (mapped.All(m => m is not null)) return string.Concat(mapped);
        return plain.Length == 1 || (plain.StartsWith('(') && plain.EndsWith(')')) || plain.All(char.IsLetterOrDigit)
            ? marker + plain : $"{marker}({plain})";
    }

    private static char? Map(string table, char c) => Verification.Checking.Scripts.ToScript(table, c);

    /// <summary>HTML: text escaped, each scripted token an inline &lt;math&gt; element. With <paramref name="forMarkdown"/>,
    /// the characters inside the MathML that Markdown would read (any ASCII punctuation) are numeric entities, so the
    /// result can stand in Markdown that Markdig renders.</summary>
    public static string MathMl(string s, bool forMarkdown = false) => string.Concat(Parse(s).Select(p => p switch
    {
        Script sc => MathMl(sc, forMarkdown),
        Text t => WebUtility.HtmlEncode(Numbers(t.Value)),
        _ => "",
    }));

    /// <summary>One scripted token as an inline &lt;math&gt; element.</summary>
    public static string MathMl(Script script, bool forMarkdown = false) => $"<math>{Element(script, forMarkdown)}</math>";

    private static string Element(Script sc, bool md)
    {
        var b = Row(sc.Base, md);
        return (sc.Sub, sc.Sup) switch
        {
            ({ } sub, { } sup) => $"<msubsup>{b}{Row(sub, md)}{Row(sup, md)}</msubsup>",
            ({ } sub, null) => $"<msub>{b}{Row(sub, md)}</msub>",
            (null, { } sup) => $"<msup>{b}{Row(sup, md)}</msup>",
            _ => b,
        };
    }

    /// <summary>Notation inside math as one row: letters as identifiers (a run of letters, such as max, one identifier),
    /// digits as numbers, anything else as an operator; spaces dropped, scripts nested.</summary>
    private static string Row(string s, bool md)
    {
        var tokens = new List<string>();
        foreach (var piece in Parse(s))
        {
            if (piece is Script sc) { tokens.Add(Element(sc, md)); continue; }
            var t = ((Text)piece).Value;
            for (var i = 0; i < t.Length;)
            {
                var c = t[i];
                int j = i + 1;
                if (char.IsWhiteSpace(c) || c is '{' or '}') { i++; continue; }
                if (char.IsLetter(c))
                {
                    while (j < t.Length && (char.IsLetter(t[j]) || IsMark(t[j]))) j++;
                    tokens.Add($"<mi>{Escape(t[i..j], md)}</mi>");
                }
                else if (char.IsDigit(c))
                {
                    while (j < t.Length && (char.IsDigit(t[j]) || (t[j] == '.' && j + 1 < t.Length && char.IsDigit(t[j + 1])))) j++;
                    tokens.Add($"<mn>{Escape(t[i..j], md)}</mn>");
                }
                else
                {
                    while (j < t.Length && IsMark(t[j])) j++;
                    tokens.Add($"<mo>{Escape(t[i..j], md)}</mo>");
                }
                i = j;
            }
        }
        return tokens.Count == 1 ? tokens[0] : $"<mrow>{string.Concat(tokens)}</mrow>";
    }

    private static string Escape(string s, bool md) => md
        ? string.Concat(s.Select(c => c < 128 && !char.IsLetterOrDigit(c) ? $"&#{(int)c};" : c.ToString()))
        : WebUtility.HtmlEncode(s);
}
