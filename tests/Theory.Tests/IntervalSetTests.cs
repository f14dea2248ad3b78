using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tests.Reference;
using Rssp.Verification.Reference;
using Rssp.Verification.Generators;
using Iv = Rssp.Theory.SubsetSum.Interval;

namespace Rssp.Theory.Tests;

/// <summary>IntervalSet laws, and every operation against the sort-and-coalesce reference.
/// Endpoints are dyadic (k/64), so shifts and unions are exact and laws hold to the bit.</summary>
public class IntervalSetTests
{
    private static Gen<double> Dyadic { get; } = Gen.Choose(-256, 256).Select(k => k / 64.0);

    private static Gen<Iv> AnInterval { get; } =
        from a in Dyadic from len in Gen.Choose(0, 64) select new Iv(a, a + len / 64.0);

    private static Gen<List<Iv>> Raw { get; } = Gen.Choose(0, 8).SelectMany(n => Gen.ListOf(AnInterval, n)).Select(l => l.ToList());

    private static Arbitrary<IntervalSet> Sets { get; } = Arb.From(Raw.Select(IntervalSet.Of));

    private static Arbitrary<(double, double, double)> Triples { get; } =
        Arb.From(from x in Dyadic from y in Dyadic from z in Dyadic select (x, y, z));

    private static List<(double, double)> Naive(IEnumerable<Iv> ivs, double lo = double.NegativeInfinity, double hi = double.PositiveInfinity) =>
        BruteForce.Coalesce(ivs.Select(iv => (iv.Lo, iv.Hi)), lo, hi);

    private static bool Matches(IntervalSet s, List<(double Lo, double Hi)> naive) =>
        s.Intervals.Select(iv => (iv.Lo, iv.Hi)).SequenceEqual(naive);

    [Property]
    public Property Of_is_the_sorted_coalesced_union() =>
        Prop.ForAll(Arb.From(Raw), raw => Matches(IntervalSet.Of(raw), Naive(raw)));

    /// <summary>Up to 300 intervals on the 1/256 grid of [−8, 8]: big enough for the kernel's four-part merge,
    /// coarse enough for ties between a start of the set and one of its shift.</summary>
    private static Arbitrary<IntervalSet> LargeSets { get; } = Arb.From(
        from n in Gen.Choose(0, 300)
        from starts in Gen.ArrayOf(Gen.Choose(-2048, 2048), n)
        from lengths in Gen.ArrayOf(Gen.Choose(0, 24), n)
        select IntervalSet.Of(starts.Zip(lengths, (a, len) => new Iv(a / 256.0, (a + len) / 256.0))));

    [Property(MaxTest = 300)]
    public Property The_sweep_kernel_is_the_union_with_the_shift_clipped_to_the_window() =>
        Prop.ForAll(LargeSets, Arb.From(from shift in Gen.OneOf(Gen.Choose(-1024, 1024), Gen.Choose(-6000, 6000)) from lo in Gen.Choose(-3000, 3000)
                from width in Gen.Choose(0, 6000) select (shift / 256.0, lo / 256.0, (lo + width) / 256.0)),
            (s, args) =>
            {
                var (d, l, h) = args;
                var dst = new double[2 * s.Ends.Length];
                var w = IntervalKernel.UnionWithShift(s.Ends, d, l, h, dst);
                return dst[..w].SequenceEqual(s.UnionWithShift(d, l, h).Ends.ToArray());
            });

    /// <summary>60 to 400 intervals of length 0 to 2/8 on the 1/8 grid of [−40, 40] (dense) or [−400, 400] (sparse: most
    /// stay apart, so whole parts of the merge are gaps), shifted by a multiple of 1/8: the shift lands starts on starts
    /// and ends on starts everywhere, so ties and touching intervals meet the cuts between the kernel's parts and the
    /// start of its tail.</summary>
    private static Arbitrary<(IntervalSet Set, double Shift)> TiedSets { get; } = Arb.From(
        from n in Gen.Choose(60, 400)
        from spread in Gen.Elements(320, 3200)
        from starts in Gen.ArrayOf(Gen.Choose(-spread, spread), n)
        from lengths in Gen.ArrayOf(Gen.Choose(0, 2), n)
        from shift in Gen.Choose(-80, 80)
        select (IntervalSet.Of(starts.Zip(lengths, (a, len) => new Iv(a / 8.0, (a + len) / 8.0))), shift / 8.0));

    [Property(MaxTest = 300)]
    public Property The_sweep_kernel_is_exact_where_starts_tie_and_intervals_touch() =>
        Prop.ForAll(TiedSets, t =>
        {
            var dst = new double[2 * t.Set.Ends.Length];
            var w = IntervalKernel.UnionWithShift(t.Set.Ends, t.Shift, -1000, 1000, dst);
            var naive = IntervalSet.Of(t.Set.Intervals.Concat(t.Set.Intervals.Select(iv => new Iv(iv.Lo + t.Shift, iv.Hi + t.Shift))));
            return dst[..w].SequenceEqual(naive.Ends.ToArray());
        });

    [Property]
    public Property A_set_cut_at_any_point_is_the_append_of_its_two_sides() =>
        Prop.ForAll(Sets, Arb.From(Dyadic), Arb.From(Dyadic), (s, p, q) =>
        {
            // The stopping time widens a window by appending bands that meet it in one point.
            var (a, b) = (Math.Min(p, q), Math.Max(p, q));
            var (lower, middle, upper) = (s.Clip(-10, a), s.Clip(a, b), s.Clip(b, 10));
            var dst = new double[2 * (lower.Count + middle.Count + upper.Count)];
            var w = IntervalKernel.Append(dst, IntervalKernel.Append(dst, IntervalKernel.Append(dst, 0, lower.Ends), middle.Ends), upper.Ends);
            return dst[..w].SequenceEqual(s.Ends.ToArray());
        });

    [Fact]
    public void Append_refuses_a_set_that_starts_before_the_end_of_the_first()
    {
        var dst = new double[4];
        Assert.Equal(2, IntervalKernel.Append(dst, 0, [0.0, 1.0]));
        Assert.Equal(2, IntervalKernel.Append(dst, 2, []));
        Assert.Equal("s", Assert.Throws<ArgumentException>(() => IntervalKernel.Append(dst, 2, [0.5, 2.0])).ParamName);
        Assert.Equal(2, IntervalKernel.Append(dst, 2, [1.0, 2.0]));
        Assert.Equal([0.0, 2.0], dst[..2]);
        Assert.Equal(4, IntervalKernel.Append(dst, 2, [2.5, 3.0]));
        Assert.Equal([0.0, 2.0, 2.5, 3.0], dst);
    }

    [Property]
    public Property Union_is_associative() =>
        Prop.ForAll(Sets, Sets, Sets, (a, b, c) => a.Union(b).Union(c).Equals(a.Union(b.Union(c))));

    [Property]
    public Property Union_is_commutative() => Prop.ForAll(Sets, Sets, (a, b) => a.Union(b).Equals(b.Union(a)));

    [Property]
    public Property Union_is_idempotent_and_has_the_empty_set_as_unit() =>
        Prop.ForAll(Sets, a => a.Union(a).Equals(a) && a.Union(IntervalSet.Empty).Equals(a));

    [Property]
    public Property Union_equals_reference() =>
        Prop.ForAll(Arb.From(Raw), Arb.From(Raw), (a, b) => Matches(IntervalSet.Of(a).Union(IntervalSet.Of(b)), Naive(a.Concat(b))));

    [Property]
    public Property Measure_is_additive_over_adjacent_windows() =>
        Prop.ForAll(Sets, Triples, (s, t) =>
        {
            var (x, y, z) = t;
            var p = new[] { x, y, z }.Order().ToArray();
            return s.Measure(p[0], p[1]) + s.Measure(p[1], p[2]) == s.Measure(p[0], p[2]);
        });

    [Property]
    public Property Measure_of_a_disjoint_union_is_the_sum() =>
        Prop.ForAll(Sets, Sets, (a, b) =>
        {
            var far = b.Shift(100);
            return a.Union(far).Measure() == a.Measure() + far.Measure();
        });

    [Property]
    public Property Measure_equals_reference() =>
        Prop.ForAll(Arb.From(Raw), Arb.From(Dyadic), Arb.From(Dyadic), (raw, x, y) =>
            IntervalSet.Of(raw).Measure(Math.Min(x, y), Math.Max(x, y)) == BruteForce.Measure(Naive(raw, Math.Min(x, y), Math.Max(x, y))));

    [Property]
    public Property Shift_is_invertible() =>
        Prop.ForAll(Sets, Arb.From(Dyadic), (s, d) => s.Shift(d).Shift(-d).Equals(s) && s.Shift(d).Measure() == s.Measure());

    [Property]
    public Property Shift_moves_every_endpoint() =>
        Prop.ForAll(Sets, Arb.From(Dyadic), (s, d) => s.Shift(d).Intervals.SequenceEqual(s.Intervals.Select(iv => new Iv(iv.Lo + d, iv.Hi + d))));

    [Property]
    public Property Clip_equals_reference() =>
        Prop.ForAll(Arb.From(Raw), Arb.From(Dyadic), Arb.From(Dyadic), (raw, x, y) =>
            Matches(IntervalSet.Of(raw).Clip(x, y), x <= y ? Naive(raw, x, y) : []));

    [Property]
    public Property Union_with_shift_is_union_of_shift_then_clip() =>
        Prop.ForAll(Sets, Triples, (s, t) =>
        {
            var (d, x, y) = t;
            var (lo, hi) = (Math.Min(x, y), Math.Max(x, y));
            return s.UnionWithShift(d, lo, hi).Equals(s.Union(s.Shift(d)).Clip(lo, hi));
        });

    [Property]
    public Property Union_with_shift_is_empty_for_an_empty_window() =>
        Prop.ForAll(Sets, Arb.From(Dyadic), (s, d) => s.UnionWithShift(d, 1, 0.5).IsEmpty && s.Clip(1, 0.5).IsEmpty);

    [Property]
    public Property Contains_equals_reference() =>
        Prop.ForAll(Arb.From(Raw), Arb.From(Dyadic), (raw, z) => IntervalSet.Of(raw).Contains(z) == raw.Any(iv => iv.Contains(z)));

    [Property]
    public Property Covers_equals_reference() =>
        Prop.ForAll(Arb.From(Raw), Arb.From(Dyadic), Arb.From(Dyadic), (raw, x, y) =>
        {
            var (lo, hi) = (Math.Min(x, y), Math.Max(x, y));
            return IntervalSet.Of(raw).Covers(lo, hi) == BruteForce.Covers(Naive(raw), lo, hi);
        });

    [Property]
    public Property Gaps_and_set_partition_the_window() =>
        Prop.ForAll(Sets, Arb.From(Dyadic), Arb.From(Dyadic), (s, x, y) =>
        {
            var (lo, hi) = (Math.Min(x, y), Math.Max(x, y));
            var gaps = s.Gaps(lo, hi);
            var interiorsDisjoint = gaps.Intervals.All(g => s.Measure(g.Lo, g.Hi) == 0);
            var noEmptyGap = gaps.Intervals.All(g => g.Length > 0);
            var unionCovers = lo == hi || s.Union(gaps).Covers(lo, hi);
            return gaps.Measure() + s.Measure(lo, hi) == hi - lo && interiorsDisjoint && noEmptyGap && unionCovers;
        });

    [Fact]
    public void Small_cases_read_as_written()
    {
        var s = IntervalSet.Of(new Iv(2, 3), new Iv(0, 1), new Iv(1, 1.5), new Iv(5, 5));
        Assert.Equal("[0, 1.5] ∪ [2, 3] ∪ [5, 5]", s.ToString());
        Assert.Equal(3, s.Count);
        Assert.Equal(2.5, s.Measure());
        Assert.True(s.Contains(5));
        Assert.False(s.Contains(4));
        Assert.True(s.Covers(0, 1.5));
        Assert.False(s.Covers(0, 2));
        Assert.Equal("∅", IntervalSet.Empty.ToString());
        Assert.True(IntervalSet.Single(1, 0).IsEmpty);
        Assert.Equal("[1.5, 2] ∪ [3, 5]", s.Gaps(0, 5).ToString());
    }
}
