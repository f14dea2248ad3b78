using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Verification.Experiments;

namespace Rssp.Verification.Checking;

/// <summary>Builders that give each claim its seed stream (from its key), wire it to a check, and give it its statement
/// mutants, each checked by the same check on the same stream: an exact claim's declared margins; a probabilistic
/// claim's generic mutants (<see cref="GridMutation.Generic"/>) and declared grids; a constant claim's generic
/// <see cref="ConstantMutation.Generic"/> and declared values.</summary>
public static class Define
{
    /// <summary>An exact claim; bound and side, where given, say what the margin is measured from (see
    /// <see cref="ExactCheck.ForAll{T}"/>), for the verdict's tightness; describe, when given, names an instance's fields
    /// and the failing quantity against the bound, for the counterexample of a refutation. Its mutants are checked alike,
    /// without the bound (a mutated margin is not measured from it); a claim that declares none but has a bound gets the
    /// generic pair <see cref="SlackMutation{T}.Generic"/>.</summary>
    public static Claim Exact<T>(string id, string statement, string method, Func<Arbitrary<T>> instances, Func<T, double?> slack,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, double tolerance = 0, ClaimTarget? target = null,
        Func<T, double>? bound = null, Side side = Side.AtMost, bool unit = false, IReadOnlyList<SlackMutation<T>>? mutants = null,
        Func<T, string>? describe = null)
    {
        var stream = Claim.StreamOf(id, variantName);
        Verdict Check(CheckContext ctx, Func<T, double?> margin, Func<T, double>? from) => ExactCheck.ForAll(ctx, stream, instances(), margin, tolerance, from, side, unit, describe);
        T[] Sample(int count) => Gen.Sample(instances().Generator, 50, new Rnd(1, 1), count);
        bool Same(Func<T, double?> margin, int count) => Sample(count).All(x => Nullable.Equals(margin(x), slack(x)));
        // The claim restricted to where it holds: the claim's margin wherever the mutant applies, and the mutant leaves out
        // (null) exactly the instances where the claim fails, so that its hypothesis is the claim's conclusion: it holds
        // whatever the data. (A restriction that also keeps instances where the claim could fail, or leaves out some where
        // it holds, localises a failure: the data decide it.)
        string? Restricted(Func<T, double?> margin, int count)
        {
            var sample = Sample(count);
            return sample.Any(x => margin(x) is null) && sample.All(x => margin(x) is null ? slack(x) < -tolerance : Nullable.Equals(margin(x), slack(x)))
                ? "true by construction: the claim's own margins, with exactly the instances sampled where the claim fails left out (its hypothesis is its conclusion)" : null;
        }
        return new(id, variant, variantName, ClaimKind.Exact, statement, method, ctx => Check(ctx, slack, bound))
        {
            Target = target!,
            Mutants = [.. (mutants is { Count: > 0 } || bound is null ? mutants ?? [] : SlackMutation<T>.Generic(slack, bound, side, unit))
                .Select(m => new Mutant(m.Name, m.Kind, m.Change, ctx => Check(ctx, m.Slack, null))
                {
                    SameMarginsAsClaim = count => Same(m.Slack, count), TrueByConstruction = (_, _) => Restricted(m.Slack, RestrictionSample),
                })],
        };
    }

    /// <summary>How many instances of an exact claim's generator decide whether a mutant is the claim restricted to where it
    /// holds (see <see cref="Mutant.TrueByConstruction"/>).</summary>
    public const int RestrictionSample = 100;

    /// <summary>An exact claim checked once on each of a fixed list of cases, not on sampled instances: for a step that is
    /// an algebraic identity or inequality whose sign is decided at those cases (its method says why), where running the
    /// budget's instances would repeat one computation as if it were evidence. Its mutants are checked on the same cases.</summary>
    public static Claim Cases<T>(string id, string statement, string method, IReadOnlyList<T> cases, Func<T, double?> slack,
        IReadOnlyList<SlackMutation<T>> mutants, Variant variant = Variant.Literal, string variantName = Claim.AsPrinted,
        ClaimTarget? target = null, Func<T, string>? describe = null) =>
        new(id, variant, variantName, ClaimKind.Exact, statement, method, ctx => ExactCheck.ForCases(ctx, cases, slack, describe))
        {
            Target = target!, Work = _ => cases.Count,
            Mutants = [.. mutants.Select(m => new Mutant(m.Name, m.Kind, m.Change, ctx => ExactCheck.ForCases(ctx, cases, m.Slack, describe))
                { SameMarginsAsClaim = _ => cases.All(c => Nullable.Equals(m.Slack(c), slack(c))) })],
        };

    public static Claim Probability(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null,
        IReadOnlyList<GridMutation>? mutants = null) =>
        OverGrid(id, statement, method, grid, ProbabilisticCheck.Probability, variant, variantName, target, mutants);

    public static Claim Mean(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null,
        IReadOnlyList<GridMutation>? mutants = null) =>
        OverGrid(id, statement, method, grid, ProbabilisticCheck.Mean, variant, variantName, target, mutants);

    /// <summary>An existential constant estimated from sampled times: per grid point the (1 − ε)-quantile of the times
    /// over the scale (see <see cref="ConstantCheck"/>). The experiment draws its trials from the claim's own stream, so
    /// the claim and estimate-c give the same numbers for the same seed.</summary>
    public static Claim Constant(string id, string statement, string method, string scaleName, int trialDivisor,
        Func<IReadOnlyList<double>?, IReadOnlyList<ConstantPoint>> grid, string what,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null,
        IReadOnlyList<ConstantMutation>? mutants = null)
    {
        var experiment = new ConstantExperiment(Claim.StreamOf(id, variantName), scaleName, trialDivisor, grid);
        return Estimated(new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => ConstantCheck.Estimate(ctx, experiment, what), experiment)
        {
            Target = target!, Work = b => (long)experiment.Grid(null).Count * experiment.TrialsFor(b.Trials),
        }, mutants);
    }

    /// <summary>A claim over a grid of points, with the generic and the declared mutants of its grid. The grid is built
    /// once per budget, so that a mutant keeping a point's trial shares its samples with the claim.</summary>
    private static Claim OverGrid(string id, string statement, string method, Func<Budget, IReadOnlyList<GridPoint>> grid,
        Func<CheckContext, SeedStream, IReadOnlyList<GridPoint>, Verdict> check, Variant variant, string variantName, ClaimTarget? target,
        IReadOnlyList<GridMutation>? mutants)
    {
        var stream = Claim.StreamOf(id, variantName);
        var grids = new ConcurrentDictionary<Budget, IReadOnlyList<GridPoint>>();
        Verdict Check(CheckContext ctx, Func<IReadOnlyList<GridPoint>, IReadOnlyList<GridPoint>> mutate) =>
            check(ctx, stream, mutate(grids.GetOrAdd(ctx.Budget, grid)));
        return new(id, variant, variantName, ClaimKind.Probabilistic, statement, method, ctx => Check(ctx, g => g))
        {
            Target = target!, Work = b => (long)grids.GetOrAdd(b, grid).Count * b.Trials,
            Mutants = [.. GridMutation.Generic.Concat(mutants ?? []).Select(m => new Mutant(m.Name, m.Kind, m.Change, ctx => Check(ctx, m.Grid))
            {
                TrueByConstruction = (budget, claim) => grids.GetOrAdd(budget, grid) is var g ? GridMutation.TrueByConstruction(g, m.Grid(g), claim.Observations) : null,
            })],
        };
    }

    /// <summary>An existential constant C from ε-paths: sup over ε of (n*(ε) − offset)/ln(1/ε) with its interval (see
    /// <see cref="PathCheck"/>). The grid experiment, when given, is what estimate-c runs with --eps. Mutants: C ≤ 1 (below
    /// the counting bound) and the declared values, decided from the estimate. lowerBound: the paths sample one of the laws
    /// the constant must serve, so the estimate bounds it from below only (<see cref="ConstantEstimate.OverExploredDomain"/>:
    /// no "C ≤ v" holds on it, and the summary says so).</summary>
    public static Claim PathConstant(string id, string statement, string method, PathExperiment paths, int offset, string what,
        ConstantExperiment? grid = null, Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null,
        IReadOnlyList<ConstantMutation>? mutants = null, string? lowerBound = null) =>
        Estimated(new(id, variant, variantName, ClaimKind.Constant, statement, method,
            ctx => PathCheck.Estimate(ctx, paths, offset, what) is var v && lowerBound is not null ? AsLowerBound(v, lowerBound) : v, grid)
            { Target = target!, Paths = paths }, mutants);

    /// <summary>An estimate marked as a lower bound over the part of the domain sampled, which the summary names.</summary>
    private static Verdict AsLowerBound(Verdict verdict, string over) => verdict is Verdict.Estimated e
        ? new Verdict.Estimated(e.Evidence with { Summary = $"lower bound over {over}: {e.Evidence.Summary}" }, e.Estimate with { OverExploredDomain = true })
        : verdict;

    /// <summary>A printed sample size s(ε) (decreasing in ε) checked against n*(ε) from another claim's ε-paths: refuted,
    /// holds on the ε the data reach, or inconclusive (see <see cref="PathCheck.Compare"/>). Its mutant multiplies the size by
    /// each factor (above 1 for a size refuted where it runs, below 1 for one that holds or is undecided; both where the
    /// budget decides which).</summary>
    public static Claim PrintedSize(string id, string statement, string method, PathExperiment paths, Func<double, double> size, string sizeName,
        IReadOnlyList<double> factors, Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        new(id, variant, variantName, ClaimKind.Probabilistic, statement, method, ctx => PathCheck.Compare(ctx, paths, size, sizeName))
        {
            Target = target!, Paths = paths,
            Mutants = [.. factors.Select(factor => new Mutant($"size × {factor:G4}", factor > 1 ? MutationKind.BoundLoosened : MutationKind.BoundTightened,
                $"the same with n ≥ {factor:G4}·{sizeName}", ctx => PathCheck.Compare(ctx, paths, e => factor * size(e), $"{factor:G4}·{sizeName}")))],
        };

    /// <summary>An asymptotic constant from another claim's ε-paths, as far as they reach (see <see cref="PathCheck.Tail"/>).</summary>
    public static Claim PathTail(string id, string statement, string method, PathExperiment paths, int offset, IReadOnlyList<(string Name, double Value)> printed,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null, RareExperiment? rare = null) =>
        Estimated(new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => PathCheck.Tail(ctx, paths, offset, printed, rare))
            { Target = target!, Paths = paths, Rare = rare }, null);

    /// <summary>(n*(ε) − 1)/ln(1/ε) below plain Monte Carlo's reach, by rare-event simulation (see <see cref="PathCheck.Rare"/>),
    /// beside the printed asymptotic constants.</summary>
    public static Claim RareRatio(string id, string statement, string method, RareExperiment rare, IReadOnlyList<(string Name, double Value)> printed,
        Variant variant = Variant.Literal, string variantName = Claim.AsPrinted, ClaimTarget? target = null) =>
        Estimated(new(id, variant, variantName, ClaimKind.Constant, statement, method, ctx => PathCheck.Rare(ctx, rare, printed))
            { Target = target!, Rare = rare, Work = b => (long)RareExperiment.StreamsFor(b.Trials) }, null);

    /// <summary>An estimated constant's claim with the mutants decided from its estimate: the generic ones
    /// (<see cref="ConstantMutation.Generic"/>, unless <paramref name="generic"/> is false: for a constant whose own accounting
    /// already excludes them) and the declared ones. The estimate is computed once per context with
    /// <see cref="CheckContext.Samples"/> (the claim's check and its mutants share it).</summary>
    public static Claim Estimated(Claim claim, IReadOnlyList<ConstantMutation>? mutants, bool generic = true)
    {
        var key = new object();
        Verdict Check(CheckContext ctx) => ctx.Cached(key, () => claim.Check(ctx));
        return claim with
        {
            Check = Check,
            Mutants = [.. (generic ? ConstantMutation.Generic : []).Concat(mutants ?? []).Select(m => new Mutant(m.Name, m.Kind, m.Change, ctx => m.Decide(Check(ctx))))],
        };
    }
}
