using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>An immutable finite union of disjoint closed intervals, kept sorted, with touching
/// intervals joined (so [a, b] ∪ [b, c] is stored as [a, c]).</summary>
public sealed class IntervalSet : IEquatable<IntervalSet>
{
    private readonly double[] _ends;

    private IntervalSet(double[] ends) => _ends = ends;

    public static IntervalSet Empty { get; } = new([]);

    /// <summary>Takes ownership of an already normalised endpoint array (internal fast path).</summary>
    internal static IntervalSet FromNormalised(double[] ends) => ends.Length == 0 ? Empty : new(ends);

    internal ReadOnlySpan<double> Ends => _ends;

    /// <summary>[lo, hi]; empty when lo &gt; hi.</summary>
    public static IntervalSet Single(double lo, double hi)
    {
        Guard.Finite(lo);
        Guard.Finite(hi);
        return lo <= hi ? new([lo, hi]) : Empty;
    }

    /// <summary>The union of any intervals, in any order, overlapping or not.</summary>
    public static IntervalSet Of(IEnumerable<Interval> intervals) =>
        intervals.Aggregate(Empty, (acc, iv) => acc.Union(Single(iv.Lo, iv.Hi)));

    public static IntervalSet Of(params Interval[] intervals) => Of(intervals.AsEnumerable());

    public int Count => _ends.Length / 2;

    public bool IsEmpty => _ends.Length == 0;

    public Interval this[int index] => new(_ends[2 * index], _ends[2 * index + 1]);

    public IEnumerable<Interval> Intervals => Enumerable.Range(0, Count).Select(k => this[k]);

    public IntervalSet Union(IntervalSet other) => Combine(this, other, 0, double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>{ x + d : x ∈ this }.</summary>
    public IntervalSet Shift(double d)
    {
        Guard.Finite(d);
        var ends = new double[_ends.Length];
        for (var k = 0; k < ends.Length; k++) ends[k] = _ends[k] + d;
        return new(Normalise(ends));
    }

    /// <summary>this ∩ [lo, hi].</summary>
    public IntervalSet Clip(double lo, double hi)
    {
        Guard.Finite(lo);
        Guard.Finite(hi);
        return lo > hi ? Empty : Combine(this, Empty, 0, lo, hi);
    }

    /// <summary>(this ∪ (this + d)) ∩ [lo, hi]: one step of Lemma 14 on the approximable set.</summary>
    public IntervalSet UnionWithShift(double d, double lo, double hi)
    {
        Guard.Finite(d);
        Guard.Finite(lo);
        Guard.Finite(hi);
        return lo > hi ? Empty : Combine(this, this, d, lo, hi);
    }

    /// <summary>Lebesgue measure of this ∩ [lo, hi] (0 when lo ≥ hi).</summary>
    public double Measure(double lo, double hi) =>
        IntervalKernel.Measure(_ends, Guard.Finite(lo), Guard.Finite(hi));

    public double Measure() => IntervalKernel.Measure(_ends, double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>[lo, hi] ⊆ this.</summary>
    public bool Covers(double lo, double hi) =>
        IntervalKernel.Covers(_ends, Guard.Finite(lo), Guard.Finite(hi));

    public bool Contains(double z) => IntervalKernel.Contains(_ends, Guard.Finite(z));

    /// <summary>The closure of [lo, hi] \ this: the gaps, as closed intervals of positive length.
    /// Its measure is the measure of the uncovered part of [lo, hi].</summary>
    public IntervalSet Gaps(double lo, double hi)
    {
        Guard.Finite(lo);
        Guard.Finite(hi);
        var gaps = new List<double>();
        var cursor = lo;
        foreach (var iv in Clip(lo, hi).Intervals)
        {
            if (iv.Lo > cursor) { gaps.Add(cursor); gaps.Add(iv.Lo); }
            cursor = Math.Max(cursor, iv.Hi);
        }
        if (hi > cursor) { gaps.Add(cursor); gaps.Add(hi); }
        return FromNormalised([.. gaps]);
    }

    private static IntervalSet Combine(IntervalSet a, IntervalSet b, double shiftB, double lo, double hi)
    {
        var buffer = new double[a._ends.Length + b._ends.Length];
        var written = IntervalKernel.UnionShifted(a._ends, b._ends, shiftB, lo, hi, buffer);
        return FromNormalised(written == buffer.Length ? buffer : buffer[..written]);
    }

    /// <summary>Shifting can round two separate intervals into touching ones; join them again.</summary>
    private static double[] Normalise(double[] ends)
    {
        var buffer = new double[ends.Length];
        var written = IntervalKernel.UnionShifted(ends, [], 0, double.NegativeInfinity, double.PositiveInfinity, buffer);
        return written == buffer.Length ? buffer : buffer[..written];
    }

    public bool Equals(IntervalSet? other) => other is not null && _ends.AsSpan().SequenceEqual(other._ends);

    public override bool Equals(object? obj) => obj is IntervalSet other && Equals(other);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var e in _ends) h.Add(e);
        return h.ToHashCode();
    }

    public override string ToString() =>
        IsEmpty ? "∅" : string.Join(" ∪ ", Intervals.Select(iv => iv.ToString()));
}
