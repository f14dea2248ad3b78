using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>§2.0.1: SSP(x; z) ⇔ NPP({x, Σx − 2z}) and NPP(x) ⇔ SSP(x; ½Σx), decided by exhaustive search.</summary>
[Statement(8.5, "§2.0.1", "Definition 1", "Definition 8")]
public static class Reductions
{
    private static bool Ssp(long[] xs, long twiceZ) =>
        twiceZ % 2 == 0 && Enumerable.Range(0, 1 << xs.Length).Any(m => 2 * IntegerSubsetSum.SumOf(xs, (ulong)m) == twiceZ);

    private static bool Npp(long[] xs) => Ssp(xs, xs.Sum());

    private static Gen<long[]> Items =>
        from n in Gen.Choose(0, 10) from xs in Gen.ArrayOf(Gen.Choose(-15, 30).Select(x => (long)x), n) select xs;

    public static IReadOnlyList<Claim> Claims =>
    [
        Define.Exact("§2.0.1",
            "SSP(x_1..x_n; z) is equivalent to NPP({x_1..x_n, Σ_i x_i − 2z}); NPP(x_1..x_n) is equivalent to SSP(x_1..x_n; ½ Σ_i x_i).",
            "both reductions built by the core, both sides decided by exhaustive search over subsets, n ≤ 11",
            () => Arb.From(from xs in Items from z in Gen.Choose(-40, 80) select (Items: xs, Z: (long)z)),
            p =>
            {
                var toNpp = IntegerSubsetSum.SspToNpp(new SspInstance(p.Items, 2 * p.Z));
                var toSsp = IntegerSubsetSum.NppToSsp(new NppInstance(p.Items));
                return ExactCheck.Holds(Ssp(p.Items, 2 * p.Z) == Npp(toNpp.Items.ToArray()) && Npp(p.Items) == Ssp(toSsp.Items.ToArray(), toSsp.TwiceTarget));
            },
            mutants:
            [
                new("Σx − 2z → Σx − z", MutationKind.ConstantChanged, "SSP(x; z) ⇔ NPP({x_1..x_n, Σ_i x_i − z})",
                    p => ExactCheck.Holds(Ssp(p.Items, 2 * p.Z) == Npp([.. p.Items, p.Items.Sum() - p.Z]))),
                new("½Σx → Σx", MutationKind.FactorChanged, "NPP(x_1..x_n) ⇔ SSP(x_1..x_n; Σ_i x_i)",
                    p => ExactCheck.Holds(Npp(p.Items) == Ssp(p.Items, 2 * p.Items.Sum()))),
            ]),
    ];
}
