using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rssp.Theory.Networks;
using Rssp.Theory.Collections;
using Rssp.Theory.Bounds;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tensors;

namespace Rssp.Theory.Tests;

/// <summary>The random streams against their published algorithms, so that a seed printed in a report keeps
/// reproducing it; the tensor's contract (shapes, indices, slices, equality) against naive loops; closed forms
/// that the proof derives from one another.</summary>
public class ContractTests
{
    [Fact]
    public void Splitmix64_gives_the_published_sequence_from_state_zero()
    {
        // Vigna's splitmix64.c from x = 0.
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SplitMix64.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void Xoshiro256_star_star_gives_the_published_sequence_from_state_1_2_3_4()
    {
        // The reference outputs of xoshiro256** for the state {1, 2, 3, 4}.
        var rng = new Rng(1, 2, 3, 4);
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
        Assert.Equal(1215971899390074240UL, rng.NextUInt64());
    }

    [Fact]
    public void Fnv1a_hash_is_the_published_one_before_mixing()
    {
        // FNV-1a 64 of "a" is 0xAF63DC4C8601EC8C; of "" the offset basis.
        Assert.Equal(SplitMix64.Mix(0xAF63DC4C8601EC8CUL), SplitMix64.Hash("a"));
        Assert.Equal(SplitMix64.Mix(0xCBF29CE484222325UL), SplitMix64.Hash(""));
    }

    [Fact]
    public void The_precision_and_width_formulas_are_those_of_the_proofs()
    {
        // Eq. 4.5 / Lemma 34: ε′/(c1·d·d′·c0); Theorem 31: ε/(2ℓ) per layer; the width's log(c_{i−1}c_i d_i² ℓ/ε).
        Assert.Equal(0.3 / (5 * 2 * 3 * 4), LayerPruning.EntryPrecision(0.3, 2, 3, 4, 5));
        Assert.Equal(0.3 / 6, NetworkPruning.LayerPrecision(0.3, 3));
        Assert.Equal(Math.Log(2.0 * 3 * 4 * 4 * 5 / 0.1), RandomCnn.WidthLog(2, 3, 4, 5, 0.1));
        Assert.Equal((int)Math.Ceiling(6 * 3 * RandomCnn.WidthLog(2, 3, 4, 5, 0.1)), RandomCnn.Width(6, 2, 3, 4, 5, 0.1));
    }

    [Fact]
    public void Value_arrays_compare_by_their_elements_in_order()
    {
        ValueArray<long> a = [1, 2, 3];
        ValueArray<long> b = new long[] { 1, 2, 3 };
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), ((ValueArray<long>)[1, 2, 4]).GetHashCode());
        Assert.NotEqual(a, [3, 2, 1]);
        Assert.True(a != [1, 2]);
        Assert.Equal(new SspInstance([1, 2], 4), new SspInstance(new long[] { 1, 2 }, 4));
        Assert.Empty(default(ValueArray<long>));
        Assert.Empty(new ValueArray<long>(default));
        Assert.Equal(default, (ValueArray<long>)System.Collections.Immutable.ImmutableArray<long>.Empty);
        Assert.Equal("[1, 2, 3]", a.ToString());
        Assert.Equal(3, a[^1]);
        Assert.False(a.Equals((object)"[1, 2, 3]"));
    }

    [Fact]
    public void The_seed_scheme_derives_streams_one_way()
    {
        var claim = SeedStream.Named("Lemma 23");
        Assert.Equal(SplitMix64.Hash("Lemma 23"), claim.Id);
        Assert.Equal(claim.Id ^ SplitMix64.Mix(1), claim.Child(0).Id);
        Assert.Equal(claim.Id ^ SplitMix64.Mix(3), claim.Child(2).Id);
        Assert.Equal(claim.Id ^ SplitMix64.Mix(SplitMix64.Hash("eps = 0.1")), claim.Child("eps = 0.1").Id);
        Assert.Equal(SplitMix64.Derive(9, claim.Id), claim.Seed(9));
        Assert.Equal(SplitMix64.Derive(9, claim.Child(2).Id, 4), claim.Child(2).TrialSeed(9, 4));
        Assert.NotEqual(claim.Child(0).Id, claim.Child(1).Id);
        Assert.Throws<ArgumentOutOfRangeException>(() => claim.Child(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => claim.TrialSeed(9, -1));
    }

    [Fact]
    public void Derived_seeds_are_pinned_so_that_published_seeds_keep_reproducing()
    {
        // Changing the derivation would silently change every reported trial; these values pin it.
        Assert.Equal(SplitMix64.Mix(7 ^ 0x6A09E667F3BCC909UL), SplitMix64.Derive(7));
        var h = SplitMix64.Mix(7 ^ 0x6A09E667F3BCC909UL);
        h = SplitMix64.Mix(h ^ SplitMix64.Mix(3 + 0x9E3779B97F4A7C15UL));
        h = SplitMix64.Mix(h ^ SplitMix64.Mix(5 + 0x9E3779B97F4A7C15UL));
        Assert.Equal(h, SplitMix64.Derive(7, 3, 5));
        Assert.Equal(SplitMix64.Derive(7, 3, 5), new SeedStream(3).TrialSeed(7, 5));
        Assert.Equal(new SeedStream(3).TrialSeed(7, 5), Trials.Run(7, new SeedStream(3), 5, 1, (_, seed) => seed)[0]);
        Assert.Equal([5L, 6, 7], Trials.Run(7, new SeedStream(3), 5, 3, (i, _) => i));
        Assert.Equal(Trials.Run(7, new SeedStream(3), 0, 10, (_, s) => s).Where((_, i) => i % 3 == 1), Trials.Run(7, new SeedStream(3), [1L, 4, 7], (_, s) => s));
    }

    [Fact]
    public void Rng_draws_lie_on_their_grids_and_ranges()
    {
        var rng = new Rng(3);
        for (var i = 0; i < 10_000; i++)
        {
            var u = rng.NextUnit();
            Assert.InRange(u, 0, 1 - 1.0 / (1UL << 53));
            Assert.Equal(u, Math.Round(u * (1UL << 53)) / (1UL << 53));
            Assert.InRange(rng.NextInt(7), 0, 6);
        }
        Assert.All(Enumerable.Range(0, 100).Select(_ => rng.NextInt(1)), v => Assert.Equal(0, v));
        Assert.Throws<ArgumentException>(() => rng.NextInt(0));
    }

    [Fact]
    public void Next_int_is_uniform_over_its_range()
    {
        // Chi-square-free check: each of 3 values within 5 standard deviations (≈ 408) of 10 000 in 30 000 draws.
        var rng = new Rng(17);
        var counts = new int[3];
        for (var i = 0; i < 30_000; i++) counts[rng.NextInt(3)]++;
        Assert.All(counts, c => Assert.InRange(c, 9_592, 10_408));
    }

    // ---- Tensor ----

    private static Arbitrary<(int[] Shape, ulong Seed)> Shapes => Arb.From(
        from rank in Gen.Choose(1, 4)
        from shape in Gen.ArrayOf(Gen.Choose(1, 4), rank)
        from seed in Gen.Choose(0, int.MaxValue)
        select (shape, (ulong)seed));

    [Property]
    public Property Zeros_has_one_zero_entry_per_index() =>
        Prop.ForAll(Shapes, t =>
        {
            var zeros = Tensor.Zeros(t.Shape);
            return zeros.Length == t.Shape.Aggregate(1, (a, b) => a * b) && zeros.Shape.SequenceEqual(t.Shape) &&
                   zeros.ToArray().All(v => v == 0) && zeros.Equals(Tensor.Create(t.Shape, _ => 0));
        });

    [Property]
    public Property Indexing_is_row_major_and_every_index_in_range_is_readable() =>
        Prop.ForAll(Shapes, t =>
        {
            var x = Tensor.Uniform(new Rng(t.Seed), t.Shape);
            var flat = x.ToArray();
            var index = new int[t.Shape.Length];
            for (var k = 0; k < flat.Length; k++)
            {
                if (x[index] != flat[k] || x.Offset(index) != k) return false;
                for (var r = index.Length - 1; r >= 0 && ++index[r] == t.Shape[r]; r--) index[r] = 0;
            }
            return flat.Length == t.Shape.Aggregate(1, (a, b) => a * b) && x.Length == flat.Length;
        });

    [Property]
    public Property Slice_last_keeps_exactly_the_chosen_last_indices() =>
        Prop.ForAll(Shapes, Arb.From(Gen.Choose(0, 100)), Arb.From(Gen.Choose(0, 100)), (t, a, b) =>
        {
            var x = Tensor.Uniform(new Rng(t.Seed), t.Shape);
            var last = t.Shape[^1];
            var (from, to) = (a % (last + 1), b % (last + 1));
            if (from > to) (from, to) = (to, from);
            var s = x.SliceLast(from, to);
            var width = to - from;
            if (width == 0) return true; // an empty slice is not a tensor (dimensions are positive)
            var outer = x.Length / last;
            var expected = Enumerable.Range(0, outer).SelectMany(o => Enumerable.Range(from, width).Select(l => x.ToArray()[o * last + l])).ToArray();
            return s.ToArray().SequenceEqual(expected) && s.Shape[^1] == width && s.Shape.Take(s.Rank - 1).SequenceEqual(t.Shape.Take(t.Shape.Length - 1));
        });

    [Property]
    public Property Add_and_hadamard_are_entrywise_and_equality_is_shape_and_entries() =>
        Prop.ForAll(Shapes, t =>
        {
            var x = Tensor.Uniform(new Rng(t.Seed), t.Shape);
            var y = Tensor.Uniform(new Rng(t.Seed + 1), t.Shape);
            var sum = x.Add(y).ToArray();
            var product = x.Hadamard(y).ToArray();
            var (a, b) = (x.ToArray(), y.ToArray());
            var entrywise = Enumerable.Range(0, a.Length).All(i => sum[i] == a[i] + b[i] && product[i] == a[i] * b[i]);
            var flat = x.Reshape(x.Length);
            var equality = x.Equals(Tensor.FromArray(t.Shape, a)) && !x.Equals(y) && (x.Rank == 1 || !x.Equals(flat))
                           && x.GetHashCode() == Tensor.FromArray(t.Shape, a).GetHashCode() && !x.Equals((object)"not a tensor");
            return entrywise && equality && x.ShapeText.Split("×").Select(int.Parse).SequenceEqual(t.Shape) && $"{x}".Contains(x.ShapeText);
        });

    // ---- closed forms that the proof derives from each other ----

    [Property]
    public Property Proposition_20_bounds_are_theorem_21_at_the_proofs_t() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 999)), Arb.From(Gen.Choose(1, 499)), Arb.From(Gen.Choose(1, 5000)), (b1000, e1000, n) =>
        {
            var (beta, eps) = (0.125 * b1000 / 1000, e1000 / 1000.0);
            var p = GrowthProbability.PBeta(beta);
            var alpha = FirstPhaseTail.Alpha(beta, eps);
            // Proposition 20 applies Theorem 21 with t = n p_β − α (Eq. 3.11) and Eq. 3.12 with t = n p_β − α − 1.
            var t = n * p - alpha;
            var lower = t > 0 ? 1 - FirstPhaseTail.HoeffdingBound(t, n) : double.NaN;
            var upper = t - 1 > 0 ? FirstPhaseTail.HoeffdingBound(t - 1, n) : double.NaN;
            return (t <= 0 || Math.Abs(FirstPhaseTail.LowerBound(beta, eps, n) - lower) < 1e-12)
                   && (t - 1 <= 0 || Math.Abs(FirstPhaseTail.Eq312UpperBound(beta, eps, n) - upper) < 1e-12)
                   && FirstPhaseTail.Hypothesis(beta, eps, n) == (n >= (alpha + 1) / p);
        });

    [Fact]
    public void Theorem_21_at_known_points()
    {
        Assert.Equal(Math.Exp(-1), FirstPhaseTail.HoeffdingBound(3, 18), 15);
        Assert.Equal(Math.Exp(-8), FirstPhaseTail.HoeffdingBound(10, 25), 15);
        Assert.Throws<ArgumentException>(() => FirstPhaseTail.HoeffdingBound(0, 5));
        Assert.Throws<ArgumentException>(() => FirstPhaseTail.HoeffdingBound(1, 0));
        Assert.Throws<ArgumentException>(() => FirstPhaseTail.Eq312UpperBound(0.05, 0.1, 0));
        Assert.Throws<ArgumentException>(() => FirstPhaseTail.Alpha(0, 0.1));
    }

    // ---- stopping times ----

    [Fact]
    public void A_stream_that_needs_more_than_max_samples_is_an_error_not_a_wrong_answer()
    {
        static int T(ulong seed, int maxSamples = 1 << 16) => StoppingTime.OfStream(seed, r => r.NextSymmetric(), 0.01, -1, 1, maxSamples);
        // Capped at its own T a stream gives T; capped one below, it is an error naming the cap.
        static void CapDecides(ulong seed)
        {
            var t = T(seed);
            Assert.Equal(t, T(seed, t));
            Assert.Equal("maxSamples", Assert.Throws<ArgumentException>(() => T(seed, t - 1)).ParamName);
        }

        var first = StoppingTime.InitialHorizon(0.01);
        CapDecides(5);
        // A cap below the first horizon is still a cap: 3 samples never cover at ε = 0.01 (2³ sums, each 0.02 wide).
        Assert.Equal("maxSamples", Assert.Throws<ArgumentException>(() => T(5, 3)).ParamName);
        // A stream that covers before the first horizon but after the cap: the cap, not the horizon, decides.
        CapDecides(Enumerable.Range(0, 200).Select(s => (ulong)s).First(s => T(s) < first));
        // One that covers after the first horizon, within twice it: the doubled horizon is cut back to the cap.
        CapDecides(Enumerable.Range(0, 2000).Select(s => (ulong)s).First(s => T(s) > first + 1 && T(s) <= 2 * first));
        var u = StoppingTime.OfUniformStream(5, 0.001);
        Assert.Equal(u, StoppingTime.OfUniformStream(5, 0.001, maxSamples: u));
        Assert.Throws<ArgumentException>(() => StoppingTime.OfUniformStream(5, 0.001, maxSamples: u - 1));
    }

    [Property(MaxTest = 60)]
    public Property Horizon_growth_and_prefix_backoff_do_not_change_the_stopping_time() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), Arb.From(Gen.Elements(0.5, 0.3, 0.1, 0.03, 0.01)), Arb.From(Gen.Choose(0, 12)), (seed, eps, prefix) =>
        {
            // Any sorted-prefix length and slack give the same T_ε: against the plain in-order sweep of the stream.
            var t = StoppingTime.OfUniformStream((ulong)seed, eps, 1 << 16, prefix, 1);
            var xs = new Rng((ulong)seed).Symmetric(t + 1);
            var plain = StoppingTime.FirstCover(xs, eps);
            return plain.Covered && plain.Steps == t && t == StoppingTime.OfUniformStream((ulong)seed, eps);
        });

    [Fact]
    public void The_sweep_kernel_needs_room_for_the_union_of_what_meets_the_window()
    {
        // [0, 1] ∪ [3, 4] with its shift by 10: four intervals, so 2·4 doubles of room.
        double[] a = [0, 1, 3, 4];
        var room = new double[8];
        Assert.Equal(8, IntervalKernel.UnionWithShift(a, 10, -100, 100, room));
        Assert.Equal([0, 1, 3, 4, 10, 11, 13, 14], room);
        Assert.Equal("dst", Assert.Throws<ArgumentException>(() => IntervalKernel.UnionWithShift(a, 10, -100, 100, new double[7])).ParamName);
        // Only what lies in the window needs room: [3, 4] ∪ [10, 11] clipped to [3.5, 10.5].
        Assert.Equal(4, IntervalKernel.UnionWithShift(a, 10, 3.5, 10.5, room.AsSpan(0, 4)));
        Assert.Equal([3.5, 4, 10, 10.5], room[..4]);
    }

    [Fact]
    public void Eps_of_one_or_more_covers_with_no_sample()
    {
        Assert.Equal(0, StoppingTime.SortedPrefix(1));
        Assert.Equal(0, StoppingTime.SortedPrefix(2));
        Assert.Equal(1, StoppingTime.SortedPrefix(0.9));
        Assert.Equal(0, StoppingTime.OfUniformStream(3, 1));
        Assert.Equal(9, StoppingTime.SortedPrefix(0.01)); // round(1.2 · log₂ 100) + 1
        Assert.Equal(25, StoppingTime.SortedPrefix(1e-6));
        Assert.Equal(17, StoppingTime.InitialHorizon(0.01)); // ⌊log₂ 100⌋ + 11
        Assert.Equal(8, StoppingTime.InitialHorizon(1));
        Assert.Equal(8, StoppingTime.InitialHorizon(4));
    }
}

/// <summary>The search every phase length and width goes through, the reverse Markov bound, and the laws' edges.</summary>
public class SearchAndLawTests
{
    [Property]
    public Property Smallest_finds_the_first_integer_where_a_monotone_condition_holds() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 1_000_000)), (start, threshold) =>
        {
            var calls = 0;
            var found = Smallest.From(start, k => { calls++; return k >= threshold; });
            return found == Math.Max(start, threshold) && calls <= 2 * (2 + 2 * Math.Log2(1 + Math.Max(0, threshold - start)));
        });

    [Fact]
    public void Reverse_markov_is_tight_for_a_two_point_law_just_below_t_and_at_b()
    {
        // X = B with probability q, t − δ otherwise: Pr(X ≥ t) = q and the bound tends to q as δ → 0.
        foreach (var (q, t, b) in new[] { (0.3, 0.5, 1.0), (0.8, 0.2, 2.0), (0.05, 1.5, 4.0) })
        {
            const double delta = 1e-9;
            var mean = q * b + (1 - q) * (t - delta);
            var bound = GrowthProbability.ReverseMarkov(mean, t, b);
            Assert.True(bound <= q);
            Assert.Equal(q, bound, 1e-8);
        }
        Assert.Equal(0.5, GrowthProbability.ReverseMarkov(0.75, 0.5, 1), 15);
        Assert.Throws<ArgumentException>(() => GrowthProbability.ReverseMarkov(double.NaN, 0.5, 1));
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => GrowthProbability.ReverseMarkov(0.5, 0.5, 0)).ParamName);
    }

    [Fact]
    public void Uniform_law_density_is_flat_on_its_support_and_zero_outside()
    {
        var law = new UniformLaw(0.5);
        Assert.Equal(1.0, law.Density(0));
        Assert.Equal(1.0, law.Density(0.5));
        Assert.Equal(0.0, law.Density(Math.BitIncrement(0.5)));
        Assert.Equal(0.0, law.Density(-0.75));
        Assert.Equal(0.0, law.Cdf(-0.6));
        Assert.Equal(0.25, law.Cdf(-0.25), 15);
        Assert.Equal(1.0, law.Cdf(0.6));
    }

    [Fact]
    public void Pruning_draws_exactly_n_candidates_and_sequential_trials_equal_parallel_ones()
    {
        // With b close to 1/(2a) almost every candidate is kept: n = 0 must keep none, n = 3 at most three.
        Assert.Empty(SuperUniformPruning.Prune(new UniformLaw(1), 1, 0.499, 0, new Rng(3)));
        Assert.All(Enumerable.Range(0, 50), s => Assert.InRange(SuperUniformPruning.Prune(new UniformLaw(1), 1, 0.499, 3, new Rng((ulong)s)).Length, 0, 3));
        Assert.Equal(Trials.Run(9, new SeedStream(4), 5, 6, (i, s) => (i, s)), Trials.Run(9, new SeedStream(4), 5, 6, (i, s) => (i, s), parallel: false));
        Assert.Equal(Enumerable.Range(5, 6).Select(i => (long)i), Trials.Run(9, new SeedStream(4), 5, 6, (i, _) => i, parallel: false));
    }

    [Fact]
    public void Phase_lengths_refuse_eps_outside_their_range()
    {
        Assert.Equal("eps", Assert.Throws<ArgumentException>(() => ProofConstant.SecondPhase(0.5, SecondPhaseBound.Lemma23Printed)).ParamName);
        Assert.Equal("eps", Assert.Throws<ArgumentException>(() => ProofConstant.SecondPhase(0, SecondPhaseBound.Lemma23MarkovStep)).ParamName);
        Assert.Equal("tau", Assert.Throws<ArgumentException>(() => SecondPhaseDecay.Printed(5, -1)).ParamName);
        Assert.Equal("eps", Assert.Throws<ArgumentException>(() => SingleBest.HitProbability(0, 0)).ParamName);
        Assert.Equal(11, ProofConstant.SecondPhase(0.49, SecondPhaseBound.Lemma23Printed)); // 0.875^11 ≤ 0.245 < 0.875^10
    }
}

/// <summary>Edges of the subset-sum core: closed intervals, one-point windows, equality, the first step of a trajectory.</summary>
public class SubsetSumEdgeTests
{
    [Fact]
    public void Intervals_are_closed_and_one_point_windows_are_windows()
    {
        Assert.True(new SubsetSum.Interval(0, 1).Contains(0));
        Assert.True(new SubsetSum.Interval(0, 1).Contains(1));
        Assert.False(new SubsetSum.Interval(0, 1).Contains(Math.BitIncrement(1.0)));
        var set = IntervalSet.Single(0, 1);
        Assert.Equal(IntervalSet.Single(0.5, 0.5), set.Clip(0.5, 0.5));
        Assert.Equal(IntervalSet.Single(0.25, 0.25), set.UnionWithShift(2, 0.25, 0.25));
        Assert.NotEqual(IntervalSet.Single(0, 1), IntervalSet.Single(0, 2));
        Assert.Equal(IntervalSet.Single(0, 1).GetHashCode(), IntervalSet.Of(new SubsetSum.Interval(0, 0.5), new SubsetSum.Interval(0.5, 1)).GetHashCode());
        Assert.Equal(new Stopping(true, 1), StoppingTime.FirstCover([0.5], 0.1, 0.45, 0.45));
        Assert.Equal(new Stopping(false, 1), StoppingTime.FirstCover([0.5], 0.1, 0.3, 0.3));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(2)]
    public void The_trajectory_starts_at_z0_the_density_of_the_empty_sum(double eps) =>
        Assert.Equal(Math.Min(eps, 1), Approximable.Trajectory([0.3, -0.7], eps)[0], 15);

    [Fact]
    public void A_slow_stream_grows_its_horizon_until_it_covers()
    {
        // Samples of size at most 0.02 need well over a hundred to reach ±1: the horizon must double several times.
        static double Draw(Rng r) => 0.02 * r.NextSymmetric();
        var t = StoppingTime.OfStream(8, Draw, 0.01, -1, 1);
        var rng = new Rng(8);
        var xs = Enumerable.Range(0, 4 * t).Select(_ => Draw(rng)).ToArray();
        Assert.True(t > 2 * StoppingTime.InitialHorizon(0.01));
        Assert.Equal(new Stopping(true, t), StoppingTime.FirstCover(xs, 0.01));
    }

    [Fact]
    public void Integer_items_up_to_the_largest_magnitude_are_accepted()
    {
        Assert.NotNull(IntegerSubsetSum.SolveSsp(new SspInstance([IntegerSubsetSum.MaxMagnitude, 3], 6)));
        Assert.Throws<ArgumentException>(() => IntegerSubsetSum.SolveSsp(new SspInstance([IntegerSubsetSum.MaxMagnitude + 1, 3], 6)));
    }
}

