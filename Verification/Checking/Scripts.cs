namespace Rssp.Verification.Checking;

/// <summary>The Unicode subscript and superscript characters, in pairs (the plain character, then its script form):
/// the report's notation writes scripts with them, and names typed back (claim keys, constant names) fold them to the
/// plain character (the build has invariant globalization, so string.Normalize does not).</summary>
public static class Scripts
{
    public const string Subscripts = "0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊−₋-₋=₌(₍)₎a\u2090e\u2091h\u2095i\u1D62j\u2C7Ck\u2096l\u2097m\u2098n\u2099o\u2092p\u209Ar\u1D63s\u209Bt\u209Cu\u1D64v\u1D65x\u2093β\u1D66γ\u1D67ρ\u1D68φ\u1D69χ\u1D6A";

    public const string Superscripts = "0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺−⁻-⁻=⁼(⁽)⁾a\u1D43b\u1D47c\u1D9Cd\u1D48e\u1D49f\u1DA0g\u1D4Dh\u02B0i\u2071j\u02B2k\u1D4Fl\u02E1m\u1D50n\u207Fo\u1D52p\u1D56r\u02B3s\u02E2t\u1D57u\u1D58v\u1D5Bw\u02B7x\u02E3y\u02B8z\u1DBBβ\u1D5Dγ\u1D5Eδ\u1D5Fθ\u1DBFφ\u1D60χ\u1D61";

    /// <summary>The script form of c in a table, or null when it has none.</summary>
    public static char? ToScript(string table, char c)
    {
        for (var k = 0; k + 1 < table.Length; k += 2)
            if (table[k] == c) return table[k + 1];
        return null;
    }

    /// <summary>c with a sub- or superscript form replaced by its plain character ("₂" → '2', "ᵢ" → 'i').</summary>
    public static char Fold(char c)
    {
        foreach (var table in new[] { Subscripts, Superscripts })
            for (var k = 1; k < table.Length; k += 2)
                if (table[k] == c) return table[k - 1];
        return c;
    }
}
