using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>Eq. 3.6: Ŷ_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z − X_{n+1})·1[z − X_{n+1} ∈ [−1, 1]],
/// Ẑ_{n+1} = ½ ∫_{−1}^{1} Ŷ_{n+1}(z) dz: only approximable values already in [−1, 1] may be shifted in.</summary>
public static class HatDensity
{
    /// <summary>Ẑ_{n+1} given x_1..x_n and X_{n+1} = next.</summary>
    public static double Next(ReadOnlySpan<double> samples, double eps, double next)
    {
        Guard.Finite(next);
        var unit = Approximable.Set(samples, eps);
        return unit.UnionWithShift(next, -1, 1).Measure(-1, 1) / 2;
    }
}
