using Rssp.Theory.Collections;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Verification.Checking;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Definition 25: the entries of a uniform tensor are i.i.d. Unif([−1, 1]), checked on the sampler the
/// convolution core uses (Tensor.Uniform).</summary>
[Statement(25, "Definition 25")]
public static class Definition25
{
    /// <summary>False-alarm level of each of the three tests on one instance (see <see cref="FamilyWise.PerInstanceTest"/>).</summary>
    private const double Alpha = FamilyWise.PerInstanceTest;

    public sealed record Draw(ValueArray<int> Shape, ulong Seed)
    {
        public override string ToString() => $"shape {string.Join("×", Shape)}, seed {Seed}";
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Definition 25",
            "U ∼ Unif([−1, 1])^{d1×d2×d3×d4}: the entries are i.i.d. Unif([−1, 1]).",
            "a tensor of random rank-4 shape (≥ 2000 entries) per instance: Kolmogorov–Smirnov distance of its entries to the Unif([−1, 1]) CDF " +
            "against the DKW bound, and the joint CDF of disjoint pairs of entries (neighbours in memory, and entries half the tensor apart) " +
            "against F(a)F(b) on a 3×3 grid with Hoeffding bounds; each at level 1e−12 per instance",
            () => Arb.From(from d1 in Gen.Choose(1, 12) from d2 in Gen.Choose(1, 12) from d3 in Gen.Choose(1, 8) from seed in Gen.Choose(0, int.MaxValue)
                let d4 = (2000 + d1 * d2 * d3 - 1) / (d1 * d2 * d3)
                select new Draw([d1, d2, d3, d4], (ulong)seed)),
            draw =>
            {
                var x = Tensor.Uniform(new Rng(draw.Seed), draw.Shape.ToArray()).ToArray();
                return Math.Min(Math.Min(Marginal(x, v => (v + 1) / 2), Pairs(x, 1)), Pairs(x, x.Length / 2));
            },
            mutants:
            [
                new("Unif([−1, 1]) → Unif([0, 1])", MutationKind.ConstantChanged, "the entries are i.i.d. Unif([0, 1]) (the marginal test against x ↦ x on [0, 1])",
                    draw => Marginal(Tensor.Uniform(new Rng(draw.Seed), draw.Shape.ToArray()).ToArray(), v => Math.Clamp(v, 0, 1))),
            ]),
    ];

    /// <summary>DKW bound minus the KS distance of the entries to the CDF F (for Unif([−1, 1]), (x + 1)/2).</summary>
    private static double Marginal(double[] x, Func<double, double> cdf) => Dkw.Bound(x.Length, Alpha) - Dkw.Distance(x, cdf);

    /// <summary>Disjoint pairs (x_i, x_{i+gap}): the smallest margin of |Ĝ(a, b) − F(a)F(b)| against its Hoeffding
    /// bound at the nine points a, b ∈ {−½, 0, ½}.</summary>
    private static double Pairs(double[] x, int gap)
    {
        var pairs = new List<(double A, double B)>();
        for (var i = 0; i + gap < x.Length; i += gap == 1 ? 2 : 1)
        {
            if (gap > 1 && i >= gap) break;
            pairs.Add((x[i], x[i + gap]));
        }
        var m = pairs.Count;
        var bound = Math.Sqrt(Math.Log(2 * 9 / Alpha) / (2.0 * m));
        double[] cuts = [-0.5, 0, 0.5];
        return cuts.SelectMany(a => cuts.Select(b =>
            bound - Math.Abs(pairs.Count(p => p.A <= a && p.B <= b) / (double)m - (a + 1) / 2 * (b + 1) / 2))).Min();
    }
}
