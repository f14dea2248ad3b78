using System.Runtime.CompilerServices;

namespace Rssp.Theory.Validation;

/// <summary>Argument checks that name the offending parameter (the caller's expression when no name is given). Bad input is a caller's bug,
/// so it gets an <see cref="ArgumentException"/>; expected outcomes are values, never exceptions.</summary>
public static class Guard
{
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        double.IsFinite(value) ? value : throw new ArgumentException($"{name} must be a finite number, got {value}.", name);

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Finite(value, name) > 0 ? value : throw new ArgumentException($"{name} must be > 0, got {value}.", name);

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Finite(value, name) >= 0 ? value : throw new ArgumentException($"{name} must be >= 0, got {value}.", name);

    /// <summary>Checks a &lt; value &lt; b (open interval).</summary>
    public static double InOpen(double value, double a, double b, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Finite(value, name) > a && value < b
            ? value
            : throw new ArgumentException($"{name} must lie in ({a}, {b}), got {value}.", name);

    /// <summary>Checks a ≤ value ≤ b (closed interval).</summary>
    public static double InClosed(double value, double a, double b, [CallerArgumentExpression(nameof(value))] string name = "") =>
        Finite(value, name) >= a && value <= b
            ? value
            : throw new ArgumentException($"{name} must lie in [{a}, {b}], got {value}.", name);

    public static int NonNegative(int value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value >= 0 ? value : throw new ArgumentException($"{name} must be >= 0, got {value}.", name);

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value > 0 ? value : throw new ArgumentException($"{name} must be > 0, got {value}.", name);

    public static int AtMost(int value, int max, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value <= max ? value : throw new ArgumentException($"{name} must be <= {max}, got {value}.", name);

    public static void AllFinite(ReadOnlySpan<double> values, [CallerArgumentExpression(nameof(values))] string name = "")
    {
        for (var i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{name}[{i}] must be a finite number, got {values[i]}.", name);
    }
}
