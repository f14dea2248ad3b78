using FsCheck;

namespace Rssp.Verification.Claims;

/// <summary>Builders that give each claim its seed stream (from its key) and wire it to a check.</summary>
public static class Define
{
    public static Claim Exact<T>(string id, string statement, string method, Func<Arbitrary<T>> instances, Func<T, double?> slack,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, double tolerance = 0) =>
        new(id, variant, variantName, ClaimKind.Exact, statement, method,
            ctx => ExactCheck.ForAll(ctx, Claim.StreamOf(id, variantName), instances(), slack, tolerance));

    public static Claim Probability(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method,
            ctx => ProbabilisticCheck.Probability(ctx, Claim.StreamOf(id, variantName), grid(ctx.Budget)));

    public static Claim Mean(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method,
            ctx => ProbabilisticCheck.Mean(ctx, Claim.StreamOf(id, variantName), grid(ctx.Budget)));

    public static Claim Constant(string id, string statement, string method, Func<CheckContext, ulong, Verdict> check,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted) =>
        new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => check(ctx, Claim.StreamOf(id, variantName)));
}
