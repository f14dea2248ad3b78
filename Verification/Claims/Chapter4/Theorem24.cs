using Rssp.Theory.Collections;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>Theorem 24 (informal): the random network has O(k log(kℓ/ε)) parameters. With Theorem 31's widths the
/// count is exact: Σ_i n_i(d_i²c_{i−1} + c_i), n_i = ⌈C c_i log(c_{i−1}c_i d_i² ℓ/ε)⌉.</summary>
[Statement(24, "Theorem 24")]
public static class Theorem24
{
    public sealed record Shape(ValueArray<int> Sizes, ValueArray<int> Channels, double Eps)
    {
        public int Depth => Sizes.Length;

        /// <summary>k: the target's parameters.</summary>
        public long K => Enumerable.Range(0, Depth).Sum(i => (long)Sizes[i] * Sizes[i] * Channels[i] * Channels[i + 1]);

        /// <summary>N_0's parameters with Theorem 31's widths at constant c.</summary>
        public double RandomNetworkParameters(double c) => Enumerable.Range(0, Depth).Sum(i =>
            (double)RandomCnn.Width(c, Channels[i], Channels[i + 1], Sizes[i], Depth, Eps) *
            ((double)Sizes[i] * Sizes[i] * Channels[i] + Channels[i + 1]));

        public double LogTerm => Math.Log(K * Depth / Eps);

        /// <summary>N_0's parameters counted on the network Theorem 31's construction builds (RandomCnn.ForTarget, tensor
        /// entries) where it has at most <see cref="BuildLimit"/> of them; the width formula's count otherwise.</summary>
        public double CountedParameters(double c) =>
            RandomNetworkParameters(c) > BuildLimit ? RandomNetworkParameters(c)
            : RandomCnn.ForTarget(SimpleCnn.Random(new Rng(1), Sizes, Channels).NormalisedL1(), c, Eps, new Rng(2)).ParameterCount;

        public override string ToString() => $"kernels {string.Join(",", Sizes)}, channels {string.Join(",", Channels)}, eps = {Eps}";
    }

    private const double C = 6;

    /// <summary>Networks up to this many parameters are built and counted (a few milliseconds each).</summary>
    private const double BuildLimit = 50_000;

    internal static Arbitrary<Shape> Shapes => Arb.From(
        from depth in Gen.Choose(1, 4)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 5), depth)
        from channels in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 16)), (1, Gen.Choose(17, 4096))), depth + 1)
        from eps in Gen.Elements(0.1, 0.01, 1e-4)
        select new Shape(sizes, channels, eps),
        s => Enumerable.Range(0, s.Channels.Length).Where(i => s.Channels[i] > 1)
            .Select(i => s with { Channels = s.Channels.Select((c, j) => j == i ? Math.Max(1, c / 2) : c).ToArray() }));

    /// <summary>The intended bound (with Σ_i c_i² when squares) minus the counted parameters.</summary>
    private static double CountMargin(Shape s, bool squares) => CountingBound(s, squares) - s.CountedParameters(C);

    /// <summary>The growth law's margin with r scaled by rScale (1: the law as stated): the distance of the ratio inside
    /// [C(1 + r), C(1 + r) + (1 + r)/(c_1 log(k/ε))], relative to C(1 + r).</summary>
    private static double GrowthMargin(Shape s, double rScale)
    {
        var r = rScale * s.Channels[1] / ((double)s.Sizes[0] * s.Sizes[0] * s.Channels[0]);
        var ratio = s.RandomNetworkParameters(C) / (s.K * s.LogTerm);
        var (low, high) = (C * (1 + r), C * (1 + r) + (1 + r) / (s.Channels[1] * s.LogTerm));
        return Math.Min(ratio - low, high - ratio) / low;
    }

    /// <summary>One-layer targets (d, c_0, ε) with c_1 = 2^j·d²c_0, j from −4 to 10: the family over which the ratio's
    /// growth law is checked.</summary>
    internal static Arbitrary<Shape> OneLayerFamily => Arb.From(
        from d in Gen.Choose(1, 5)
        from c0 in Gen.Choose(1, 16)
        from j in Gen.Choose(-4, 10)
        from eps in Gen.Elements(0.1, 0.01, 1e-4)
        let c1 = Math.Max(1, (int)Math.Round(Math.Pow(2, j) * d * d * c0))
        select new Shape(new[] { d }, new[] { c0, c1 }, eps));

    /// <summary>What Theorem 24's count rests on: Theorem 31's widths, whose parameter count may fall short of
    /// O(k log(kℓ/ε)) while the theorem itself (an O(·) over all networks) is not refuted by any finite instance.</summary>
    private static ClaimTarget Widths { get; } = ClaimTarget.Construction("Theorem 31's widths as the random network of Theorem 24");

    /// <summary>(C + 1/log(kℓ/ε))·(k + Σ_i c_i²)·log(kℓ/ε) + Σ_i (d_i²c_{i−1} + c_i); without Σ_i c_i² unless squares.</summary>
    private static double CountingBound(Shape s, bool squares = true)
    {
        var extra = Enumerable.Range(0, s.Depth).Sum(i => (double)s.Sizes[i] * s.Sizes[i] * s.Channels[i] + s.Channels[i + 1]);
        var sum = squares ? s.Channels.Skip(1).Sum(c => (double)c * c) : 0;
        return (C + 1 / s.LogTerm) * (s.K + sum) * s.LogTerm + extra;
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Theorem 24",
            "Theorem 31's construction gives Theorem 24's count: with its widths n_i = ⌈C c_i log(c_{i−1}c_i d_i² ℓ/ε)⌉, params(N_0) ≤ M·k·log(kℓ/ε) for one M over all targets (k: the target's parameters). " +
            "Analytically, for one layer params(N_0)/(k log(k/ε)) = C(1 + c_1/(d²c_0)) up to the ceiling's rounding (the 1×1 layer has n_1·c_1 ∝ c_1² parameters), " +
            "so no M serves once c_1/(d²c_0) > M/C − 1; the growth law is checked by the sibling claim. A refutation shows Theorem 31's construction falls short of the count; " +
            "it does not show that no network of O(k log(kℓ/ε)) parameters exists.",
            $"params(N_0)/(k log(kℓ/ε)) from the exact count with C = {C}, over targets up to 4096 channels, against M = 2(C + 1), the bound that holds when c_i ≤ d_i²c_{{i−1}}",
            () => Shapes,
            s => 2 * (C + 1) * s.K * s.LogTerm - s.RandomNetworkParameters(C),
            Variant.Literal, "Theorem 31's widths", target: Widths, bound: s => 2 * (C + 1) * s.K * s.LogTerm,
            mutants:
            [
                new("c_i ≤ d_i²c_{i−1} added", MutationKind.HypothesisChanged, "the same bound for targets whose layers satisfy c_i ≤ d_i²c_{i−1}",
                    s => Enumerable.Range(0, s.Depth).All(i => s.Channels[i + 1] <= s.Sizes[i] * s.Sizes[i] * s.Channels[i])
                        ? 2 * (C + 1) * s.K * s.LogTerm - s.RandomNetworkParameters(C) : null),
            ]),
        Define.Exact("Theorem 24",
            "The growth law behind the refutation: for one-layer targets, with r = c_1/(d²c_0), Theorem 31's count satisfies C(1 + r) ≤ params(N_0)/(k log(k/ε)) < C(1 + r) + (1 + r)/(c_1 log(k/ε)), so the ratio grows linearly in r.",
            "the exact count over the family c_1 = 2^j·d²c_0 (j = −4..10, d ≤ 5, c_0 ≤ 16): margin the distance of the ratio inside the interval, relative to C(1 + r)",
            () => OneLayerFamily,
            s => GrowthMargin(s, 1),
            Variant.Intended, "growth of Theorem 31's count", tolerance: Tolerance.CountRatio, target: Widths,
            mutants: [new("r → 2r", MutationKind.ConstantChanged, "the same law with r = 2c_1/(d²c_0): the ratio grows as C(1 + 2r)", s => GrowthMargin(s, 2))]),
        Define.Exact("Theorem 24",
            "params(N_0) = O((k + Σ_i c_i²)·log(kℓ/ε)): with Theorem 31's widths, params(N_0) ≤ (C + 1/log(kℓ/ε))·(k + Σ_i c_i²)·log(kℓ/ε) + Σ_i (d_i²c_{i−1} + c_i).",
            "mostly an accounting identity of the width formula: the count Σ_i n_i(d_i²c_{i−1} + c_i) against the bound over the same targets, which checks that " +
            "the widths' rounding (⌈·⌉) and the per-layer logarithms (≤ log(kℓ/ε)) stay within it; where N_0 has at most 50 000 parameters the count is taken " +
            "from the network the construction builds (RandomCnn.ForTarget), not from the formula",
            () => Shapes,
            s => CountMargin(s, squares: true),
            Variant.Intended, "counting the 1×1 layers' c_i²", bound: s => CountingBound(s),
            target: ClaimTarget.Construction("Theorem 31's widths, their parameter count accounted as (k + Σ_i c_i²)·log(kℓ/ε)"),
            mutants: [new("Σ_i c_i² removed", MutationKind.FactorChanged, "params(N_0) ≤ (C + 1/log(kℓ/ε))·k·log(kℓ/ε) + Σ_i (d_i²c_{i−1} + c_i)", s => CountMargin(s, squares: false))]),
    ];
}
