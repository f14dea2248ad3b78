using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Bounds;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;

namespace Rssp.Verification.Claims.Chapter2;

/// <summary>Remark 7: Lueker gives C ≤ 2(1 + log e); the Chapter 3 approach gives 742.27 log(1/(2ε)); each as a value of Theorem 6's C, with the counting lower bound.</summary>
[Statement(7, "Remark 7")]
public static class Remark7
{
    /// <summary>"n ≥ size(ε) samples cover [−1, 1] with probability ≥ 1 − ε for every ε ∈ (0, 1/3)", against n*(ε) from
    /// Theorem 6's ε-paths (the same streams): refuted where the sample size falls below n*(ε) just under one of its jumps.</summary>
    private static Claim Uniform(string variantName, string statement, Func<double, double> size, string sizeName, IReadOnlyList<double> factors, ClaimTarget target,
        Variant variant = Variant.Literal) =>
        Define.PrintedSize("Remark 7", statement,
            "n*(ε) for every ε from Theorem 6's ε-paths; the printed size s(ε) against n*(ε) − 1 at each jump ε_{n−1} (s decreases in ε, so "
            + "the worst ε of the piece [ε_n, ε_{n−1}) is its upper end); refuted when a jump's lower confidence end already falls short",
            Theorem6.Paths, size, sizeName, factors, variant, variantName, target);

    /// <summary>What the two claims on the proof's constant are about: one finding, one label.</summary>
    private static readonly ClaimTarget ProofAccounting = ClaimTarget.Construction(
        "Chapter 3's proof of Theorem 6 with its steps made explicit (the smallest k and n − k its displayed inequalities allow, "
        + "β ∈ (0, 1/8) free): the accounting behind Remark 7's 742.27, not Theorem 6 itself");

    private const SecondPhaseBound Printed = SecondPhaseBound.Lemma23Printed;

    /// <summary>The proof's constant, exactly and with no ε grid, read three ways, each with its own number: its limit as
    /// ε → 0 (closed form), the largest ε up to which 742.27 is reproduced (a jump of n or a root of ⌈742.27·L⌉ = n), and
    /// the smallest C with which the proof certifies every n ≥ C·log(1/(2ε)) for every ε ∈ (0, 1/3), the sup of
    /// (n(ε) − 1)/log(1/(2ε)) (approached just below a jump of n or at 1/3); each with β chosen per ε (exact) and at one β
    /// (the scan's). Deterministic values: printed as exact, no interval; the estimate's Low and High bracket the minimum
    /// over one β (the per-ε value below it, the scan's above), which no scan makes exact.</summary>
    private static Claim ProofReadings => Define.Estimated(new("Remark 7", Variant.Intended, "the proof's constant: limit, reach of 742.27, sup", ClaimKind.Constant,
        "The Chapter 3 approach leads to n ≥ 742.27 log(1/(2ε)): the constant of the proof with its steps made explicit, read as its limit as ε → 0, as the largest ε up to which 742.27 suffices, and as the smallest C with which n ≥ C log(1/(2ε)) suffices for every ε ∈ (0, 1/3).",
        "the proof's sample size n(β, ε) (Bounds.ProofConstant) read piece by piece over ε, each jump located to adjacent doubles by bisection, from 1/3 down to where "
        + "an envelope that bounds every lower ratio lies below both the sup and 742.27; β chosen per ε exactly (the left ends of the pieces of α_{β,ε}), and "
        + "one β by a scan of 449 values; the limit in closed form. No sampling and no ε grid",
        ctx =>
        {
            ctx.Cancel.ThrowIfCancellationRequested();
            var (perEps, one, oneBeta, limit) = (PerEps(CoverageConstants.Chapter3Printed), AtBestBeta.Value, BestBeta, ProofConstant.BestLimit(Printed));
            var oneLimit = ProofConstant.Limit(oneBeta, Printed);
            var (supPer, supOne) = (perEps.Sup(1), one.Sup(1));
            ctx.Advance(1);
            string Up(ProofConstant.Piece p) => p.High == 1.0 / 3 ? "ε ↑ 1/3" : $"ε ↑ {F(p.High)}";
            string Reach(ProofConstant.Path path) => path.Reach is double r ? $"every ε < {F(r)}" : "every ε ∈ (0, 1/3)";
            Observation Exact(string where, double value, double bound) => new(where, 1, value, value, value, bound, Checking.Outcome.Estimated) { Exact = true };
            var b = $"β = {oneBeta:G5}";
            var observations = new[]
            {
                Exact($"limit as ε → 0, β per ε: inf over β of the closed form, at β = {limit.Beta:G5}", limit.C, CoverageConstants.Chapter3Printed),
                Exact($"limit as ε → 0 at {b}", oneLimit, CoverageConstants.Chapter3Printed),
                Exact($"largest ε up to which 742.27 is reproduced, β per ε: {Reach(perEps)}", perEps.Reach ?? 1.0 / 3, double.NaN),
                Exact($"largest ε up to which 742.27 is reproduced at {b}: {Reach(one)}", one.Reach ?? 1.0 / 3, double.NaN),
                Exact($"sup over (0, 1/3) of (n(ε) − 1)/log(1/(2ε)), β per ε: as {Up(supPer.At)}, n = {supPer.At.N} (sup of n(ε)/log(1/(2ε)): {F(perEps.Sup(0).Value)})",
                    supPer.Value, CoverageConstants.Chapter3Printed),
                Exact($"sup over (0, 1/3) of (n(ε) − 1)/log(1/(2ε)) at {b}: as {Up(supOne.At)}, n = {supOne.At.N} (sup of n(ε)/log(1/(2ε)): {F(one.Sup(0).Value)})",
                    supOne.Value, CoverageConstants.Chapter3Printed),
            };
            string Against(double c) => c <= CoverageConstants.Chapter3Printed ? "below 742.27" : "above 742.27";
            return new Verdict.Estimated(new Evidence(perEps.Pieces.Count + one.Pieces.Count, null, $"{Up(supPer.At)}", new ReplayToken.MasterSeed(ctx.MasterSeed), observations,
                    $"exact, from the proof's formulas: as ε → 0 the constant tends to {F(limit.C)} with β per ε (inf over β, at β = {limit.Beta:G4}; n(β, ε) ≥ that limit·log(1/(2ε)) at every ε) "
                    + $"and {F(oneLimit)} at {b} ({Against(oneLimit)}: the proof reproduces 742.27 asymptotically); 742.27 suffices for {Reach(perEps)} with β per ε "
                    + $"({Reach(one)} at {b}) and first falls short there; the smallest C with which the proof certifies every n ≥ C log(1/(2ε)) for every ε ∈ (0, 1/3) is "
                    + $"{F(supPer.Value)} with β per ε (as {Up(supPer.At)}) and, for one β, lies in [{F(supPer.Value)}, {F(supOne.Value)}] ({F(supOne.Value)} at {b}, the best of a scan, "
                    + $"as {Up(supOne.At)}): {Against(supPer.Value)}, see [the proof's constant made explicit]"),
                new ConstantEstimate(supOne.Value, $"{b}, {Up(supOne.At)}", supPer.Value, supOne.Value));
        }) { Target = ProofAccounting, Work = _ => 1 },
        // C ≤ 2/ln 2 and C ≤ 1 are excluded by the proof's own accounting (n > 8(α + 1) ≈ 68 log(1/(2ε))): only the printed value decides
        [new("C ≤ 742.27", MutationKind.ConstantChanged, "the proof certifies every n ≥ 742.27 log(1/(2ε)) for every ε ∈ (0, 1/3): its smallest C at most the printed one",
            CoverageConstants.Chapter3Printed, Side.AtMost)], generic: false);

    /// <summary>"The proof certifies every n ≥ C·log(1/(2ε)) for every ε ∈ (0, 1/3)", with β chosen per ε (weaker than one β for
    /// every ε: a shortfall refutes both), checked exactly on every piece of ε ↦ min_β n(β, ε) down to the path's cut, at the
    /// piece's top double (where ⌈C·L(ε)⌉ is smallest); below the cut the envelope is under C, so it holds there.</summary>
    private static Verdict Suffices(CheckContext ctx, double constant)
    {
        ctx.Cancel.ThrowIfCancellationRequested();
        var path = PerEps(constant);
        ctx.Advance(1);
        var cases = path.Pieces.Select(p => Math.BitDecrement(p.High)).Select(e => (Eps: e, Best: ProofConstant.BestBeta(e, Printed), Size: Math.Ceiling(constant * ProofConstant.Log(e)))).ToArray();
        string Describe((double Eps, (double Beta, int N) Best, double Size) c) =>
            $"ε = {c.Eps.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} (the top of a piece of n): the best β = {c.Best.Beta:G6} gives n = {c.Best.N} "
            + $"(no β ∈ (0, 1/8) gives fewer), against {constant:G6}·log(1/(2ε)) = {constant * ProofConstant.Log(c.Eps):G6}: n = {c.Size} samples "
            + (c.Best.N > c.Size ? $"are not certified, short by {c.Best.N - c.Size}" : "are certified");
        var worst = cases.MinBy(c => c.Size - c.Best.N);
        var tightness = Tightness.Worst(cases.Select(c => (Tightness.RatioOf(c.Best.N, c.Size, Side.AtMost), Describe(c))));
        var scope = $"checked exactly on each of {Numbers.Count(cases.Length, "piece")} of ε ↦ min_β n(β, ε) from 1/3 down to ε = {F(path.Cut)}, below which its envelope lies under {constant:G6}";
        var margin = worst.Size - worst.Best.N;
        if (margin >= 0)
            return new Verdict.Holds(new Evidence(cases.Length, margin, Describe(worst), new ReplayToken.MasterSeed(ctx.MasterSeed), [],
                $"holds on every ε ∈ (0, 1/3), {scope}; smallest margin {margin} samples, at {Describe(worst)}") { Tightness = tightness });
        var counterexample = Describe(worst);
        return new Verdict.Refuted(new Evidence(cases.Length, margin, counterexample, new ReplayToken.MasterSeed(ctx.MasterSeed), [],
            $"fails on {counterexample} (margin {margin}); {scope}; the shortfall begins at ε = {F(path.Reach!.Value)} ({constant:G6} suffices for every smaller ε) "
            + $"and recurs on {Numbers.Count(path.Short.Count, "piece")} up to 1/3; β is chosen per ε, so no single β does better") { Tightness = tightness }, counterexample);
    }

    /// <summary>The path of min_β n(β, ε) against a constant, computed once per constant.</summary>
    private static ProofConstant.Path PerEps(double constant) =>
        PerEpsPaths.GetOrAdd(constant, c => new(() => ProofConstant.BestPath(Printed, c))).Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<double, Lazy<ProofConstant.Path>> PerEpsPaths = new();

    private static string F(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<Claim> Claims =>
    [
        Uniform("Lueker's C = 2(1 + ln e) = 4, uniform on (0, 1/3)",
            "With n ≥ 4 ln(1/ε), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            eps => CoverageConstants.LuekerNaturalLog * Math.Log(1 / eps), "4 ln(1/ε)", [2],
            ClaimTarget.Reading("Remark 7's 2(1 + log e) with log read as ln, the thesis's log elsewhere (Lemma 11's log 2/2 is the density ln 2/2 of X₁X₂ at ½), "
                + "though log e = 1 would then be written 4; the thesis does not say which log: uniform on (0, 1/3), checked on the ε the streams reach"),
            Variant.Intended),
        Uniform("Lueker's C = 2(1 + log₂ e) ≈ 4.885, uniform on (0, 1/3)",
            "With n ≥ 2(1 + log₂ e) ln(1/ε), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            eps => CoverageConstants.LuekerBinaryLog * Math.Log(1 / eps), "4.885 ln(1/ε)", [0.5, 2],
            ClaimTarget.Reading("Remark 7's 2(1 + log e) with log read as log₂, Lueker's (writing log e only makes sense if log ≠ ln); the thesis does not say which log: "
                + "uniform on (0, 1/3), checked on the ε the streams reach"),
            Variant.Intended),
        Uniform("Chapter 3's 742.27 log(1/(2ε))",
            "With n ≥ 742.27 ln(1/(2ε)), Pr(every z ∈ [−1, 1] ε-approximable) ≥ 1 − ε, for every ε ∈ (0, 1/3).",
            // × 0.01: 7.42 ln(1/(2ε)) stays above the counting bound log₂(1/ε) on (0, 1/3) (× 0.001 would not), so only the data decide it
            eps => CoverageConstants.Chapter3Printed * Math.Log(1 / (2 * eps)), "742.27 ln(1/(2ε))", [0.01],
            new(TargetKind.Statement, "Remark 7 as printed, log read as ln (log₂ gives larger sizes), on the ε the streams reach")),
        Define.PathTail("Remark 7",
            "Lueker's constant as an asymptotic one: lim sup_{ε→0} (n*(ε) − 1)/ln(1/ε) ≤ 2(1 + log e) (4 with ln, 4.885 with log₂).",
            "(n*(ε) − 1)/ln(1/ε) over the lowest decade of ε that Theorem 6's ε-paths reach, or below them its importance-sampled streams "
            + "(Theorem 6 [small ε by rare-event simulation]): a limit is not decided by finite ε, so the ratio there is reported beside Lueker's two values",
            Theorem6.Paths, 1, Theorem6.Lueker, Variant.Intended, "Lueker's C as an asymptotic constant", rare: Theorem6.Rare),
        new Claim("Remark 7", Variant.Intended, "the proof's constant made explicit", ClaimKind.Exact,
            "The Chapter 3 approach leads to n ≥ 742.27 log(1/(2ε)): with its steps made explicit, the proof certifies every n ≥ 742.27 log(1/(2ε)) (the smallest is ⌈742.27 log(1/(2ε))⌉) for every ε ∈ (0, 1/3), for some β ∈ (0, 1/8).",
            "min over β of the proof's sample size n(β, ε) (Bounds.ProofConstant, exact over β: β chosen per ε, weaker than one β for every ε) against "
            + "⌈742.27·log(1/(2ε))⌉ at the top of every piece of ε ↦ min_β n(β, ε) (its jumps located to adjacent doubles) from 1/3 down to where an envelope "
            + "proves it below 742.27·log(1/(2ε)); no sampling and no ε grid",
            ctx => Suffices(ctx, CoverageConstants.Chapter3Printed))
        {
            Target = ProofAccounting, Work = _ => 1,
            Mutants =
            [
                new("742.27 → 7422.7", MutationKind.ConstantChanged, "the same with n ≥ 7422.7 log(1/(2ε))", ctx => Suffices(ctx, 7422.7)),
                new("742.27 → 800", MutationKind.ConstantChanged, "the same with n ≥ 800 log(1/(2ε))", ctx => Suffices(ctx, 800)),
                new("742.27 → 700", MutationKind.ConstantChanged, "the same with n ≥ 700 log(1/(2ε))", ctx => Suffices(ctx, 700)),
            ],
        },
        ProofReadings,
        Define.Exact("Remark 7",
            "Counting bound: 2ⁿ subset sums each ε-approximate an interval of length 2ε, so covering [−1, 1] needs n ≥ log₂(1/ε).",
            "T_ε of seeded streams against log₂(1/ε), ε log-uniform on [10⁻⁵, 0.5]",
            () => Arb.From(from seed in Gen.Choose(0, int.MaxValue) from k in Gen.Choose(0, 1000) select (Seed: (ulong)seed, Eps: Math.Pow(10, -5 + 4.7 * k / 1000))),
            p => StoppingTime.OfUniformStream(p.Seed, p.Eps) - CoverageConstants.CountingLowerBound(p.Eps),
            Variant.Intended, "counting lower bound", target: ClaimTarget.Reading("the counting lower bound beside Remark 7's constants (not printed)"),
            bound: p => CoverageConstants.CountingLowerBound(p.Eps), side: Side.AtLeast,
            mutants:
            [
                new("log₂(1/ε) ×2", MutationKind.BoundTightened, "covering [−1, 1] needs n ≥ 2 log₂(1/ε)",
                    p => StoppingTime.OfUniformStream(p.Seed, p.Eps) - 2 * CoverageConstants.CountingLowerBound(p.Eps)),
            ]),
    ];

    /// <summary>One β for every ε: the best of <see cref="ProofConstant.ScanBeta"/> for the sup over ε ∈ (0, 1/3) of
    /// (n(β, ε) − 1)/log(1/(2ε)) (no ε grid).</summary>
    public static double BestBeta => Best.Value.Beta;

    private static readonly Lazy<(double Beta, double Sup)> Best = new(() => ProofConstant.ScanBeta(Printed));

    private static readonly Lazy<ProofConstant.Path> AtBestBeta = new(() => ProofConstant.PathAt(BestBeta, Printed, CoverageConstants.Chapter3Printed));
}
