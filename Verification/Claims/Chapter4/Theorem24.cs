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

        public override string ToString() => $"kernels {string.Join(",", Sizes)}, channels {string.Join(",", Channels)}, eps = {Eps}";
    }

    private const double C = 6;

    private static Arbitrary<Shape> Shapes => Arb.From(
        from depth in Gen.Choose(1, 4)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 5), depth)
        from channels in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 16)), (1, Gen.Choose(17, 4096))), depth + 1)
        from eps in Gen.Elements(0.1, 0.01, 1e-4)
        select new Shape(sizes, channels, eps),
        s => Enumerable.Range(0, s.Channels.Length).Where(i => s.Channels[i] > 1)
            .Select(i => s with { Channels = s.Channels.Select((c, j) => j == i ? Math.Max(1, c / 2) : c).ToArray() }));

    /// <summary>The intended bound (with Σ_i c_i² when squares) minus the exact count.</summary>
    private static double CountMargin(Shape s, bool squares)
    {
        var extra = Enumerable.Range(0, s.Depth).Sum(i => (double)s.Sizes[i] * s.Sizes[i] * s.Channels[i] + s.Channels[i + 1]);
        var sum = squares ? s.Channels.Skip(1).Sum(c => (double)c * c) : 0;
        return (C + 1 / s.LogTerm) * (s.K + sum) * s.LogTerm + extra - s.RandomNetworkParameters(C);
    }

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("Theorem 24",
            "A random CNN with O(k log(kℓ/ε)) parameters and 2ℓ layers suffices (k: the target's parameters): with Theorem 31's widths, params(N_0) ≤ M·k·log(kℓ/ε) for one M over all targets.",
            $"params(N_0)/(k log(kℓ/ε)) with C = {C}, over targets up to 4096 channels; for one layer it equals C(1 + c_1/(d²c_0)) up to rounding, unbounded as c_1/(d²c_0) grows (the 1×1 layer L^(2i) has n_i·c_i ∝ c_i² parameters). Checked against M = 2(C + 1), the bound that holds when c_i ≤ d_i²c_{{i−1}}",
            () => Shapes,
            s => 2 * (C + 1) * s.K * s.LogTerm - s.RandomNetworkParameters(C),
            mutants:
            [
                new("c_i ≤ d_i²c_{i−1} added", MutationKind.HypothesisChanged, "the same bound for targets whose layers satisfy c_i ≤ d_i²c_{i−1}",
                    s => Enumerable.Range(0, s.Depth).All(i => s.Channels[i + 1] <= s.Sizes[i] * s.Sizes[i] * s.Channels[i])
                        ? 2 * (C + 1) * s.K * s.LogTerm - s.RandomNetworkParameters(C) : null),
            ]),
        Define.Exact("Theorem 24",
            "params(N_0) = O((k + Σ_i c_i²)·log(kℓ/ε)): with Theorem 31's widths, params(N_0) ≤ (C + 1/log(kℓ/ε))·(k + Σ_i c_i²)·log(kℓ/ε) + Σ_i (d_i²c_{i−1} + c_i).",
            "the exact count against the bound, over the same targets",
            () => Shapes,
            s => CountMargin(s, squares: true),
            Variant.Intended, "counting the 1×1 layers' c_i²",
            mutants: [new("Σ_i c_i² removed", MutationKind.FactorChanged, "params(N_0) ≤ (C + 1/log(kℓ/ε))·k·log(kℓ/ε) + Σ_i (d_i²c_{i−1} + c_i)", s => CountMargin(s, squares: false))]),
    ];
}
