namespace Rssp.Verification.Experiments;

/// <summary>One point of a constant's domain, evaluated: the ratio's estimate there with its interval, and where in
/// the point's own range (an ε) it is approached.</summary>
public sealed record Evaluated<TPoint>(TPoint Point, double Estimate, double Low, double High, string Where);

/// <summary>The path of a search and what it found: every point evaluated (in order), the moves (the points the search
/// stood on), and whether it stopped at a local maximum or at its budget.</summary>
public sealed record SearchResult<TPoint>(IReadOnlyList<Evaluated<TPoint>> Evaluated, IReadOnlyList<Evaluated<TPoint>> Moves, bool LocalMaximum)
{
    /// <summary>The largest estimate found.</summary>
    public Evaluated<TPoint> Best => Evaluated.MaxBy(e => e.Estimate)!;

    /// <summary>A lower bound of the sup over the explored domain: the largest Low (each point's interval holds at its share of the error).</summary>
    public double Low => Evaluated.Max(e => e.Low);

    /// <summary>The sup over the explored domain is at most the largest High.</summary>
    public double High => Evaluated.Max(e => e.High);
}

/// <summary>Adaptive search of an unbounded domain for the sup of a ratio (a constant's lower bound over the domain
/// explored): coordinate ascent from the best of the start points. Each step evaluates the unvisited neighbours of the
/// current point in their order and moves to the one with the largest estimate if it beats the current one; the search
/// stops at a local maximum or when the budget of evaluations (start points included, fixed before the data, so each
/// point's interval can take α/budget) is spent. Deterministic: the order of the start points and neighbours, and the
/// evaluations, fix it.</summary>
public static class DomainSearch
{
    /// <summary>The evaluations a budget affords beyond the start points, fixed before the data: log₂ of its trials
    /// less 6, from 3 to 12 (3 at the quick budget, 9 at the default, 12 at the thorough).</summary>
    public static int ExtraEvaluations(int budgetTrials) => Math.Clamp((int)Math.Log2(budgetTrials) - 6, 3, 12);

    public static SearchResult<TPoint> Ascend<TPoint>(IReadOnlyList<TPoint> start, Func<TPoint, IEnumerable<TPoint>> neighbours,
        Func<TPoint, Evaluated<TPoint>> evaluate, int budget) where TPoint : notnull
    {
        if (start.Count == 0) throw new ArgumentException("no start point.", nameof(start));
        var seen = new Dictionary<TPoint, Evaluated<TPoint>>();
        var order = new List<Evaluated<TPoint>>();
        Evaluated<TPoint>? Visit(TPoint p)
        {
            if (seen.TryGetValue(p, out var known)) return known;
            if (order.Count >= budget) return null;
            var e = evaluate(p);
            seen[p] = e;
            order.Add(e);
            return e;
        }
        foreach (var p in start) Visit(p);
        var current = order.MaxBy(e => e.Estimate)!;
        var moves = new List<Evaluated<TPoint>> { current };
        while (true)
        {
            var around = neighbours(current.Point).Select(Visit).ToArray();
            var best = around.OfType<Evaluated<TPoint>>().MaxBy(e => e.Estimate);
            if (best is null || best.Estimate <= current.Estimate)
                return new(order, moves, LocalMaximum: around.All(e => e is not null));
            current = best;
            moves.Add(current);
        }
    }
}
