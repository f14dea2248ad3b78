using System.Collections.Concurrent;
using Rssp.Theory.Random;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>A point of a chapter-4 constant's domain whose covering event has an ε-path (<see cref="FilterConstant"/>):
/// a draw's path in ε units, the argument K of the ratio's logarithm (n* − offset)/ln(K/ε), and the scale ε/δ between ε and
/// the precision δ every sample set must cover [−1, 1] at, which sets the jump family and the cost of a path.</summary>
public abstract record CoveringShape
{
    /// <summary>ε/δ: the event at ε asks every sample set to cover at precision δ = ε/Scale.</summary>
    public abstract double Scale { get; }

    /// <summary>K in the ratio's ln(K/ε).</summary>
    public abstract int LogArgument { get; }

    /// <summary>A draw's path ρ_0, ρ_1, … in ε units from its seed: +∞ above ε = 1 (the widest range any reading takes: a
    /// narrower one reads the same paths), ending at its first value ≤ ε_min; the event holds at ε ∈ [ε_min, 1] with n
    /// samples iff ρ_n ≤ ε.</summary>
    public abstract double[] Path(ulong seed, double epsMin);

    /// <summary>ε_min for N draws at error α (<see cref="FilterConstant.EpsMinFor"/>; a shape may raise it to bound its cost).</summary>
    public virtual double EpsMin(int draws, double alpha) => FilterConstant.EpsMinFor(draws, alpha);

    /// <summary>m = 8⌈log₂(Scale/ε_min)⌉ + 64 (at most 512), fixed before the data: V·U⁺ has an atom ½ at 0, so a set needs
    /// about twice the 1.2 log₂(1/δ) + 7 uniform samples; the largest of many sets a few more.</summary>
    public int JumpFamily(double epsMin) => Math.Min(512, 8 * (int)Math.Ceiling(Math.Log2(Scale / epsMin)) + 64);
}

/// <summary>A filter shape of chapter 4: d×d kernels, c0 input and c1 output channels (c1 = 1: Proposition 32).
/// K = d²c0c1 sample sets each cover [−1, 1] at the per-entry precision ε/K (Eq. 4.5, and Lemma 34's ε′/(c1d²c0)):
/// scale and log argument K, path K·R_n with R_n = <see cref="FilterSamples.RadiusPath"/>.</summary>
public sealed record FilterShape(int D, int C0, int C1) : CoveringShape
{
    public int Sets => D * D * C0 * C1;

    public override double Scale => Sets;

    public override int LogArgument => Sets;

    public override double[] Path(ulong seed, double epsMin)
    {
        var k = (double)Sets;
        return FilterSamples.RadiusPath(seed, D * D * C0, C1, epsMin / k, 1 / k).Select(r => r * k).ToArray();
    }

    /// <summary>The shapes one step from s: d, c0 (and c1 when max.C1 &gt; 1) ± 1, within max and K ≤ maxSets.</summary>
    public static Func<FilterShape, IEnumerable<FilterShape>> Around(FilterShape max, int maxSets) => s =>
        new[] { s with { D = s.D + 1 }, s with { D = s.D - 1 }, s with { C0 = s.C0 + 1 }, s with { C0 = s.C0 - 1 },
                s with { C1 = s.C1 + 1 }, s with { C1 = s.C1 - 1 } }
            .Where(t => t.D >= 1 && t.C0 >= 1 && t.C1 >= 1 && t.D <= max.D && t.C0 <= max.C0 && t.C1 <= max.C1 && t.Sets <= maxSets);

    /// <summary>The bounds of <see cref="Around"/>, in words.</summary>
    public static string Domain(FilterShape max, int maxSets) =>
        max.C1 == 1 ? $"d ≤ {max.D}, c ≤ {max.C0}, d²c ≤ {maxSets}" : $"d, c0, c1 ≤ {max.D}, {max.C0}, {max.C1}, d²c0c1 ≤ {maxSets}";

    public override string ToString() => $"d = {D}, c0 = {C0}, c1 = {C1}";
}

/// <summary>The sample count the covering event of a shape needs, for every ε at once (the ε-path method of
/// <see cref="CoveringPaths"/>, applied to a draw's event). A draw's path ρ_n in ε units (<see cref="CoveringShape.Path"/>;
/// for a filter shape ρ_n = K·R_n, R_n the largest covering radius of its K sets) gives the event at every ε, and n*(ε) = min{n : Pr(ρ_n ≤ ε) ≥ 1 − ε} ≤ n ⟺ ε ≥ ε_n, the crossing of ρ_n's law with 1 − ε
/// (<see cref="Crossing"/>, at α/m each, Bonferroni over m jumps fixed before the data, made monotone in n).
/// The constant at the shape: sup over ε ∈ [Floor, ε_max) of (n*(ε) − offset)/ln(K/ε), K its log argument, where the offset is the integer
/// effect of the statement's quantifier (1 for n ≥ C ln(K/ε); 1/c1 for Lemma 34's n = c1·n′ ≥ C c1 ln(K/ε′), and Theorem 31's blocks).</summary>
public sealed class FilterConstant
{
    /// <param name="paths">each draw's path in ε units, ending at its first value ≤ ε_min.</param>
    public FilterConstant(CoveringShape shape, IReadOnlyList<double[]> paths, double epsMin, double epsMax, double alpha)
    {
        if (paths.Count == 0) throw new ArgumentException("no paths.", nameof(paths));
        (Shape, Draws, EpsMin, EpsMax) = (shape, paths.Count, epsMin, epsMax);
        var family = shape.JumpFamily(epsMin);
        Floor = Math.Max(epsMin, 2 * Math.Log(2 * family / alpha) / paths.Count);
        Jumps = Crossing.Jumps(paths, family, alpha, epsMin, epsMax);
    }

    /// <summary>The draws of a shape at the master seed (draw i from trial i of the stream's child named by the shape),
    /// and the statistics of their paths at error α over ε ∈ (0, ε_max).</summary>
    public static FilterConstant Run(ulong masterSeed, SeedStream stream, CoveringShape shape, int draws, double alpha, double epsMax,
        CancellationToken cancel = default, Action? done = null)
    {
        var epsMin = shape.EpsMin(draws, alpha);
        return new(shape, Paths(masterSeed, stream, shape, draws, epsMin, cancel, done), epsMin, epsMax, alpha);
    }

    private static readonly ConcurrentDictionary<(ulong, SeedStream, CoveringShape, int, double), double[][]> Cache = new();

    /// <summary>The draws' paths in ε units on (0, 1] (<see cref="CoveringShape.Path"/>), computed once per master seed,
    /// stream, shape, count and ε_min.</summary>
    public static double[][] Paths(ulong masterSeed, SeedStream stream, CoveringShape shape, int draws, double epsMin,
        CancellationToken cancel = default, Action? done = null) =>
        Cache.GetOrAdd((masterSeed, stream, shape, draws, epsMin), _ => Trials.Run(masterSeed, stream.Child(shape.ToString()), 0, draws,
            (_, seed) => shape.Path(seed, epsMin), cancel: cancel, done: done));

    /// <summary>ε_min for N draws: 2·ln(2·512/α)/N (512 bounds the jumps estimated), the floor below which N draws cannot
    /// place a jump; not below 10⁻² (a draw's paths cost about K²/ε_min, and every sup found so far sits at the top of the
    /// ε range: the default budget's floor is about 0.02, the thorough budget's would be 0.002 at ten times the cost per path).</summary>
    public static double EpsMinFor(int draws, double alpha) => Math.Clamp(2 * Math.Log(2 * 512 / alpha) / draws, 1e-2, 0.5);

    public CoveringShape Shape { get; }

    public int Draws { get; }

    public double EpsMin { get; }

    /// <summary>The top of the ε range (0, ε_max) of the reading.</summary>
    public double EpsMax { get; }

    /// <summary>The smallest ε the data speak for.</summary>
    public double Floor { get; }

    /// <summary>ε_n with its interval, n = 0..m − 1 (0: below ε_min; ε_max: at or above it; +∞ High: above ε_max).</summary>
    public IReadOnlyList<Crossing.Result> Jumps { get; }

    /// <summary>(n − offset)/ln(K/ε), the ratio on the piece where n*(ε) = n; +∞ where ln(K/ε) ≤ 0 &lt; n − offset (K = 1, ε ↑ 1).</summary>
    public double Ratio(double n, double eps, double offset)
    {
        var log = Math.Log(Shape.LogArgument / Math.Min(eps, EpsMax));
        return n - offset <= 0 ? 0 : log > 0 ? (n - offset) / log : double.PositiveInfinity;
    }

    /// <summary>n*(ε) by the jumps' estimates (or their Low or High ends): the first n with pick(ε_n) ≤ ε; null past the family.</summary>
    public int? NStar(double eps, Func<Crossing.Result, double> pick)
    {
        for (var n = 0; n < Jumps.Count; n++)
            if (pick(Jumps[n]) <= eps) return n;
        return null;
    }

    /// <summary>sup over ε ∈ [Floor, ε_max) of (n*(ε) − offset)/ln(K/ε): on the piece [ε_n, ε_{n−1}) the ratio rises with ε,
    /// so the sup is max_n (n − offset)/ln(K/min(ε_{n−1}, ε_max)) over n with ε_{n−1} &gt; Floor; its interval takes the
    /// jumps' ends (High +∞ when the last jump estimated may lie above the floor).</summary>
    public Supremum Sup(double offset)
    {
        (double Value, int N) Max(Func<Crossing.Result, double> pick)
        {
            var best = (Value: 0.0, N: 0);
            for (var n = 1; n <= Jumps.Count; n++)
                if (pick(Jumps[n - 1]) is var e && e > Floor && Ratio(n, e, offset) > best.Value) best = (Ratio(n, e, offset), n);
            return best;
        }
        var estimate = Max(j => j.Estimate);
        var high = Jumps[^1].High > Floor ? double.PositiveInfinity : Max(j => j.High).Value;
        return new(estimate.Value, estimate.N, estimate.N > 0 ? Jumps[estimate.N - 1].Estimate : double.NaN, Max(j => j.Low).Value, high, Floor);
    }
}

/// <summary>The draws a shape's search takes per shape.</summary>
public static class FilterSearch
{
    /// <summary>The draws per shape at a budget's trials per point: a sixteenth (a draw's many paths cost more than a trial), at least 200.</summary>
    public static int DrawsFor(int budgetTrials) => Math.Max(200, budgetTrials / 16);
}

/// <summary>The adaptive search of a chapter-4 constant's domain (<see cref="DomainSearch"/>) over shapes (filter shapes
/// (d, c0, c1), or Theorem 31's networks (ℓ, d, c)), each shape's sup over ε exact from its paths (<see cref="FilterConstant"/>).
/// A shape whose ε_min (<see cref="CoveringShape.EpsMin"/>) is not below its ε_max has no range and is not evaluated.</summary>
/// <param name="Stream">the seed stream of the claim: a shape's draws come from its child named by the shape.</param>
/// <param name="Offset">the integer effect of the quantifier at a shape: the constant is sup (n*(ε) − Offset)/ln(K/ε).</param>
/// <param name="EpsMax">the top of the ε range at a shape (the reading's).</param>
/// <param name="Start">the start points (the former fixed grid's shapes).</param>
/// <param name="Around">the shapes one step from a shape, within the bounds of the domain searched.</param>
/// <param name="Domain">the bounds of the domain, in words.</param>
/// <param name="Count">the name of the count the verdicts print (n*, or n′* per block for Lemma 34 and Theorem 31).</param>
public sealed record FilterSearch<TShape>(SeedStream Stream, Func<TShape, double> Offset, Func<TShape, double> EpsMax, IReadOnlyList<TShape> Start,
    Func<TShape, IEnumerable<TShape>> Around, string Domain, string Count = "n*") where TShape : CoveringShape
{
    /// <summary>The evaluations (shapes) a budget affords, fixed before the data: the start points and
    /// <see cref="DomainSearch.ExtraEvaluations"/> more.</summary>
    public int EvaluationsFor(int budgetTrials) => Start.Count + DomainSearch.ExtraEvaluations(budgetTrials);

    /// <summary>A shape's statistics (its draws' paths are computed once per master seed, shape and count).</summary>
    public FilterConstant Shape(ulong masterSeed, TShape shape, int draws, double alpha, CancellationToken cancel = default, Action? done = null) =>
        FilterConstant.Run(masterSeed, Stream, shape, draws, alpha, EpsMax(shape), cancel, done);

    /// <summary>The search at a budget's trials and error α (α/evaluations per shape).</summary>
    public SearchResult<TShape> Run(ulong masterSeed, int budgetTrials, double alpha, CancellationToken cancel = default, Action? done = null)
    {
        var (draws, evaluations) = (FilterSearch.DrawsFor(budgetTrials), EvaluationsFor(budgetTrials));
        var perShape = alpha / evaluations;
        bool HasRange(TShape s) => s.EpsMin(draws, perShape) < EpsMax(s);
        return DomainSearch.Ascend([.. Start.Where(HasRange)], s => Around(s).Where(HasRange), shape =>
        {
            var sup = Shape(masterSeed, shape, draws, perShape, cancel, done).Sup(Offset(shape));
            var range = $"over ε ∈ [{sup.Floor:G3}, {EpsMax(shape):G3})";
            return new Evaluated<TShape>(shape, sup.Estimate, sup.Low, sup.High,
                sup.N > 0 ? $"as ε ↑ {Math.Min(sup.Eps, EpsMax(shape)):G4} ({Count} = {sup.N} just below), {range}" : $"no jump {range}");
        }, evaluations);
    }
}
