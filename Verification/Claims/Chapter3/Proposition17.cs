using Rssp.Theory.Bounds;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>Proposition 17: if n ≥ log(1/(2ε))/log(13/12) then E[Z_n] &gt; ½; checked at the boundary n of its hypothesis.</summary>
[Statement(17, "Proposition 17")]
public static class Proposition17
{
    private static readonly double[] Grid = [0.3, 0.1, 0.01, 0.001];

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Mean("Proposition 17",
            "If n ≥ log(1/(2ε))/log(13/12) then E[Z_n] > ½.",
            "E[Z_n] by trials at the smallest n the hypothesis allows, Hoeffding interval against ½",
            budget => Points(MeanThreshold.SmallestN),
            mutants:
            [
                new("13/12 → 2", MutationKind.ConstantChanged, "If n ≥ log(1/(2ε))/log 2 then E[Z_n] > ½ (at the smallest such n)",
                    _ => Points(eps => (int)Math.Ceiling(Math.Log(1 / (2 * eps)) / Math.Log(2)))),
            ]),
    ];

    /// <summary>E[Z_n] &gt; ½ at n = size(ε), per ε of the grid.</summary>
    private static GridPoint[] Points(Func<double, int> size) =>
        [.. Grid.Select(eps => new GridPoint($"eps = {eps}, n = {size(eps)}", 0.5, Side.AtLeast, true,
            seed => Approximable.Density(new Rng(seed).Symmetric(size(eps)), eps)))];
}
