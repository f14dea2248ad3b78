using Rssp.Theory.Random;
using Rssp.Theory.Validation;

namespace Rssp.Theory.Distributions;

/// <summary>Definition 9 and the rejection step of Corollary 10's proof: from independent
/// (a, b)-super-uniform X_i with densities f_i and standard uniforms U_i, keep
/// Ω̃_n = {X_i : X_i ∈ [−a, a] ∧ U_i·f_i(X_i) ≤ b}. Each kept value is Unif([−a, a]), and a value is
/// kept with probability ∫_{−a}^{a} min{f_i, b} = 2ab.</summary>
public static class SuperUniformPruning
{
    /// <summary>Checks the parameters of Definition 9: a &gt; 0, b ∈ (0, 1/(2a)).</summary>
    public static void ValidateParameters(double a, double b)
    {
        Guard.Positive(a);
        Guard.InOpen(b, 0, 1 / (2 * a));
    }

    /// <summary>Is f ≥ b on [−a, a]? Checked on a grid of the given resolution plus the endpoints,
    /// for densities that are monotone in |x| (as all laws here are), where the grid check is exact.</summary>
    public static bool IsSuperUniform(IDensityLaw law, double a, double b, int resolution = 1024)
    {
        ValidateParameters(a, b);
        return Enumerable.Range(0, Guard.Positive(resolution) + 1)
            .Select(k => -a + 2 * a * k / resolution)
            .All(x => law.Density(x) >= b);
    }

    /// <summary>The pruned sample Ω̃_n: the X_i kept, in order, drawing X_i from the law and U_i from rng.</summary>
    public static double[] Prune(IDensityLaw law, double a, double b, int n, Rng rng)
    {
        ValidateParameters(a, b);
        Guard.NonNegative(n);
        var kept = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var x = law.Sample(rng);
            var u = rng.NextUnit();
            if (Math.Abs(x) <= a && u * law.Density(x) <= b) kept.Add(x);
        }
        return [.. kept];
    }

    /// <summary>Pr(X_i ∈ Ω̃_n) = 2ab for an (a, b)-super-uniform law (the proof states ≥ 2ab).</summary>
    public static double KeepProbability(double a, double b)
    {
        ValidateParameters(a, b);
        return 2 * a * b;
    }
}
