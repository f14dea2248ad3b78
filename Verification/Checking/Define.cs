using FsCheck;
using Rssp.Verification.Experiments;

namespace Rssp.Verification.Checking;

/// <summary>Builders that give each claim its seed stream (from its key) and wire it to a check.</summary>
public static class Define
{
    /// <summary>An exact claim; bound and side, where given, say what the margin is measured from (see
    /// <see cref="ExactCheck.ForAll{T}"/>), for the verdict's tightness.</summary>
    public static Claim Exact<T>(string id, string statement, string method, Func<Arbitrary<T>> instances, Func<T, double?> slack,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, double tolerance = 0, ClaimTarget? target = null,
        Func<T, double>? bound = null, Side side = Side.AtMost) =>
        new(id, variant, variantName, ClaimKind.Exact, statement, method,
            ctx => ExactCheck.ForAll(ctx, Claim.StreamOf(id, variantName), instances(), slack, tolerance, bound, side)) { Target = target! };

    public static Claim Probability(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method,
            ctx => ProbabilisticCheck.Probability(ctx, Claim.StreamOf(id, variantName), grid(ctx.Budget))) { Target = target! };

    public static Claim Mean(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method,
            ctx => ProbabilisticCheck.Mean(ctx, Claim.StreamOf(id, variantName), grid(ctx.Budget))) { Target = target! };

    /// <summary>An existential constant estimated from sampled times: per grid point the (1 − ε)-quantile of the times
    /// over the scale (see <see cref="ConstantCheck"/>). The experiment draws its trials from the claim's own stream, so
    /// the claim and estimate-c give the same numbers for the same seed.</summary>
    public static Claim Constant(string id, string statement, string method, string scaleName, int trialDivisor,
        Func<IReadOnlyList<double>?, IReadOnlyList<ConstantPoint>> grid, string what,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null)
    {
        var experiment = new ConstantExperiment(Claim.StreamOf(id, variantName), scaleName, trialDivisor, grid);
        return new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => ConstantCheck.Estimate(ctx, experiment, what), experiment) { Target = target! };
    }

    /// <summary>An existential constant C from ε-paths: sup over ε of (n*(ε) − offset)/ln(1/ε) with its interval (see
    /// <see cref="PathCheck"/>). The grid experiment, when given, is what estimate-c runs.</summary>
    public static Claim PathConstant(string id, string statement, string method, PathExperiment paths, int offset, string what,
        ConstantExperiment? grid = null, Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => PathCheck.Estimate(ctx, paths, offset, what), grid)
            { Target = target!, Paths = paths };

    /// <summary>A printed sample size s(ε) (decreasing in ε) checked against n*(ε) from another claim's ε-paths: refuted,
    /// holds on the ε the data reach, or inconclusive (see <see cref="PathCheck.Compare"/>).</summary>
    public static Claim PrintedSize(string id, string statement, string method, PathExperiment paths, Func<double, double> size, string sizeName,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method, ctx => PathCheck.Compare(ctx, paths, size, sizeName))
            { Target = target!, Paths = paths };

    /// <summary>An asymptotic constant from another claim's ε-paths, as far as they reach (see <see cref="PathCheck.Tail"/>).</summary>
    public static Claim PathTail(string id, string statement, string method, PathExperiment paths, int offset, IReadOnlyList<(string Name, double Value)> printed,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => PathCheck.Tail(ctx, paths, offset, printed))
            { Target = target!, Paths = paths };
}
