using System.Collections.Concurrent;
using Rssp.Theory.Random;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>The jumps ε_n of n*(ε) below plain Monte Carlo's reach, from importance-sampled streams
/// (<see cref="RareTail"/>): per n ≤ horizon, the crossing of Pr(r_n &gt; ε) with ε (<see cref="TailCrossing"/>) at α/H
/// (Bonferroni over the H jumps, H fixed before the data), made monotone in n as in <see cref="CoveringPaths"/>. On the
/// piece [ε_n, ε_{n−1}) n*(ε) = n, so the ratio (n*(ε) − 1)/ln(1/ε) approaches n/ln(1/ε_n) as ε ↑ ε_n (jump n closes the
/// piece where n*(ε) = n + 1).</summary>
public sealed class RareJumps
{
    public RareJumps(IReadOnlyList<RareTail.Stream> streams, double resolution, double epsMax, double alpha)
    {
        if (streams.Count < 2) throw new ArgumentException("at least two streams are needed.", nameof(streams));
        (Streams, Resolution, EpsMax, Alpha) = (streams.Count, resolution, epsMax, alpha);
        var horizon = streams.Min(s => s.Path.Length) - 1;
        var jumps = Enumerable.Range(0, horizon + 1)
            .Select(n => TailCrossing.Of([.. streams.Select(s => s.Path[n])], [.. streams.Select(s => s.Ratio[n])], alpha / (horizon + 1), resolution)).ToArray();
        var monotone = Crossing.Monotone([.. jumps.Select(j => j.AsCrossing)]);
        // The estimate clamped into its monotone interval: importance-sampled tails need not be monotone in n (each n has
        // its own weights), so ε̂_{n+1} > ε̂_n can happen, and a ratio outside its own band would be read as a finding.
        Jumps = [.. jumps.Select((j, n) => j with { Estimate = Math.Clamp(j.Estimate, monotone[n].Low, monotone[n].High), Low = monotone[n].Low, High = monotone[n].High })];
    }

    public int Streams { get; }

    /// <summary>δ: the paths are exact above it; a jump at or below it is reported as 0.</summary>
    public double Resolution { get; }

    public double EpsMax { get; }

    /// <summary>The error of all the jumps' intervals together.</summary>
    public double Alpha { get; }

    /// <summary>ε_n with its interval and hits, n = 0..H.</summary>
    public IReadOnlyList<TailCrossing.Result> Jumps { get; }

    /// <summary>The fewest draws above a jump's estimate for it to count: below that the normal interval of
    /// <see cref="TailCrossing"/> means little even nominally.</summary>
    public const int MinHits = 30;

    /// <summary>The jumps placed inside (δ, ε_max): Low above the resolution, High below ε_max, with n ≥ 1 and at least
    /// <see cref="MinHits"/> draws above the estimate.</summary>
    public IReadOnlyList<Point> Resolved =>
    [
        .. Jumps.Select((j, n) => (j, n)).Where(t => t.n >= 1 && t.j.Low > Resolution && t.j.High < EpsMax && t.j.Hits >= MinHits)
            .Select(t => new Point(t.n, t.j, t.n / Math.Log(1 / t.j.Estimate), t.n / Math.Log(1 / t.j.Low), t.n / Math.Log(1 / t.j.High))),
    ];

    /// <summary>The smallest ε a jump is resolved at (NaN when none is).</summary>
    public double Reach => Resolved.Count > 0 ? Resolved.Min(p => p.Jump.Estimate) : double.NaN;

    /// <summary>A resolved jump ε_N and the ratio (n*(ε) − 1)/ln(1/ε) → N/ln(1/ε_N) as ε ↑ ε_N, with the ratio at the
    /// jump's Low and High ends (the ratio rises with ε).</summary>
    public sealed record Point(int N, TailCrossing.Result Jump, double Ratio, double RatioLow, double RatioHigh);

    /// <summary>The horizon for a reach: H = 3.6 ln(1/reach) + 3 for uniform samples on [−1, 1]; other laws scale it by
    /// their factor. The ratio (n*(ε) − 1)/ln(1/ε) was measured 3.67 at ε₂₈ = 4.9·10⁻⁴ and 3.43–3.49 below 10⁻⁵, so
    /// the margin is thin near 10⁻³ (H = 28 against n* ≈ 27) and a few samples at 10⁻⁶ (H = 53 against n* ≈ 49); the
    /// jump at H above the reach is reported (estimate-c --rare prints it; the claim's reach says where it stopped).</summary>
    public static int Horizon(double reach, double factor = 1) => (int)Math.Ceiling(factor * (3.6 * Math.Log(1 / reach) + 3));
}

/// <summary>Theorem 6's (or any law's) n*(ε) below plain Monte Carlo's reach, by importance sampling: N streams to the
/// horizon at resolution δ = reach/2, stream i from the trial seed i of its seed stream (any share of them can run
/// elsewhere). A budget's trials give N = max(1000, trials/40) and the reach: 10⁻³ at the quick budget (1000 streams, a second),
/// 10⁻⁶ at the default (1000 streams, about 90 s of CPU) and the thorough (10⁴).</summary>
/// <param name="Stream">the seed stream.</param>
/// <param name="Law">the law of the samples.</param>
/// <param name="Target">the target interval is [−Target, Target].</param>
/// <param name="EpsMax">the statement's ε range is (0, EpsMax).</param>
/// <param name="HorizonFactor">how many more samples than uniform ones on [−1, 1] the law needs.</param>
public sealed record RareExperiment(SeedStream Stream, SymmetricLaw Law, double Target, double EpsMax, double HorizonFactor = 1)
{
    private readonly ConcurrentDictionary<(ulong Master, int Streams, double Reach), RareTail.Stream[]> _streams = new();

    public static int StreamsFor(int budgetTrials) => Math.Max(1000, budgetTrials / 40);

    public static double ReachFor(int budgetTrials) => budgetTrials <= 400 ? 1e-3 : 1e-6;

    public int Horizon(double reach) => RareJumps.Horizon(reach, HorizonFactor);

    /// <summary>The given streams down to the reach, in parallel, in the order of the indices.</summary>
    public RareTail.Stream[] Run(ulong masterSeed, double reach, IReadOnlyList<long> indices, CancellationToken cancel = default)
    {
        var horizon = Horizon(reach);
        var results = new RareTail.Stream[indices.Count];
        // One stream per core: a sweep at δ = 5·10⁻⁷ keeps buffers of a few hundred MB per thread, and the pool adds threads
        // while streams run long (measured: 10.7 GB peak for 1000 streams without this cap, 0.6 GB with it).
        Parallel.For(0, indices.Count, new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount },
            k => results[k] = RareTail.Draw(Law, RareTail.Mixture.Default, Stream.TrialSeed(masterSeed, indices[k]), horizon, reach / 2, -Target, Target));
        return results;
    }

    /// <summary>The jumps from N streams at error α. The streams are computed once per master seed, N and reach (in
    /// batches, each told to advance) and kept for the other claims and the figures; a cancelled run keeps nothing.</summary>
    public RareJumps Sample(ulong masterSeed, int streams, double reach, double alpha, CancellationToken cancel = default, Action<long>? advance = null)
    {
        var all = _streams.GetOrAdd((masterSeed, streams, reach), _ =>
        {
            var run = new List<RareTail.Stream>(streams);
            for (var start = 0; start < streams; start += 64)
            {
                var count = Math.Min(64, streams - start);
                run.AddRange(Run(masterSeed, reach, [.. Enumerable.Range(start, count).Select(i => (long)i)], cancel));
                advance?.Invoke(count);
            }
            return [.. run];
        });
        return new RareJumps(all, reach / 2, EpsMax, alpha);
    }
}
