using Rssp.Theory.Collections;
using Rssp.Theory.Bounds;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.Tensors;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>The data behind the report's figures, drawn from seeds derived from the master seed.</summary>
public static class FigureData
{
    /// <summary>One curve of Pr(T_ε ≤ n) against n with a pointwise 95% Clopper–Pearson band.</summary>
    public sealed record CoverageCurve(double Eps, ValueArray<int> N, ValueArray<double> Probability, ValueArray<double> Low, ValueArray<double> High);

    public static IReadOnlyList<CoverageCurve> Coverage(ulong masterSeed, int trials, IReadOnlyList<double> epsGrid) =>
        epsGrid.Select((eps, g) =>
        {
            var t = Trials.Run(masterSeed, SeedStream.Named("figure: coverage").Child(g), 0, trials, (_, seed) => StoppingTime.OfUniformStream(seed, eps));
            var ns = Enumerable.Range(t.Min() - 1, t.Max() - t.Min() + 3).ToArray();
            var k = ns.Select(n => t.LongCount(x => x <= n)).ToArray();
            var bands = k.Select(c => ClopperPearson.Interval(c, trials, 0.05)).ToArray();
            return new CoverageCurve(eps, ns, k.Select(c => c / (double)trials).ToArray(), bands.Select(b => b.Low).ToArray(), bands.Select(b => b.High).ToArray());
        }).ToArray();

    /// <summary>(Z_n, E[Z_{n+1} | X_1..X_n]/Z_n) at instances spread over the whole process (exact expectations).</summary>
    public static IReadOnlyList<(double Zn, double Ratio)> Growth(ulong masterSeed, int instances)
    {
        double[] epsGrid = [0.1, 0.03, 0.01, 0.003];
        return Trials.Run(masterSeed, SeedStream.Named("figure: growth"), 0, instances, (i, seed) =>
        {
            var eps = epsGrid[i % epsGrid.Length];
            var rng = new Rng(seed);
            var n = rng.NextInt((int)Math.Ceiling(Math.Log2(1 / eps)) + 8);
            var law = NextDensityLaw.Of(rng.Symmetric(n), eps);
            return (law.Zn, law.Expectation / law.Zn);
        });
    }

    /// <summary>Proposition 18 over β: per β the exact Pr(Z_{n+1} ≥ Z_n(1 + β) | X_1..X_n), its minimum and median over
    /// instances with Z_n ≤ ½, and p_β.</summary>
    public sealed record Proposition18Curves(ValueArray<double> Beta, ValueArray<double> Minimum, ValueArray<double> Median, ValueArray<double> Bound, int Instances);

    public static Proposition18Curves Proposition18(ulong masterSeed, int instances)
    {
        double[] epsGrid = [0.1, 0.03, 0.01, 0.003];
        var laws = Trials.Run(masterSeed, SeedStream.Named("figure: proposition 18"), 0, instances, (i, seed) =>
        {
            var eps = epsGrid[i % epsGrid.Length];
            var rng = new Rng(seed);
            for (var attempt = 0; ; attempt++)
            {
                var n = rng.NextInt((int)Math.Ceiling(Math.Log2(1 / eps)) + 1);
                var law = NextDensityLaw.Of(rng.Symmetric(n), eps);
                if (law.Zn <= 0.5) return law;
            }
        });
        var betas = Enumerable.Range(1, 49).Select(k => 0.125 * k / 50).ToArray();
        var probabilities = betas.Select(b => laws.Select(l => l.ProbabilityAtLeast(l.Zn * (1 + b))).Order().ToArray()).ToArray();
        return new(betas, probabilities.Select(p => p[0]).ToArray(), probabilities.Select(p => Quantile(p, 0.5)).ToArray(),
            betas.Select(GrowthProbability.PBeta).ToArray(), instances);
    }

    /// <summary>Proposition 33's ratio ‖K ∗ X‖_max / (‖K‖_1‖X‖_max) for random K and X over random shapes (c1 = 1), at a
    /// uniform X and at the input of the exact supremum for the one-signed |K| (which attains 1 when the filter fits).</summary>
    public sealed record Proposition33Point(int FilterSize, double RandomRatio, double WorstRatio);

    public static IReadOnlyList<Proposition33Point> Proposition33(ulong masterSeed, int count) =>
        Trials.Run(masterSeed, SeedStream.Named("figure: proposition 33"), 0, count, (_, seed) =>
        {
            var rng = new Rng(seed);
            int d = 1 + rng.NextInt(4), c0 = 1 + rng.NextInt(4), size = d + rng.NextInt(5);
            var k = Tensor.Uniform(rng, d, d, c0, 1);
            var x = Tensor.Uniform(rng, size, size, c0);
            var random = Convolution.Convolve(k, x).MaxNorm() / (k.L1Norm() * x.MaxNorm());
            var abs = k.Map(Math.Abs);
            var sup = ExactSupremum.Of(abs, size, size);
            return new Proposition33Point(d * d * c0, random, sup.Value / abs.L1Norm());
        });

    /// <summary>The certified sup error of Proposition 32's construction against the width n (d = 3, c = 2, one random
    /// normalised target), per width the median and the largest over draws.</summary>
    public sealed record ErrorCurve(ValueArray<double> Width, ValueArray<double> Median, ValueArray<double> Largest, double Eps);

    public static ErrorCurve Proposition32Errors(ulong masterSeed, int draws)
    {
        const double eps = 0.1;
        int[] widths = [4, 6, 8, 12, 16, 24, 32, 48, 64];
        var target = Tensor.Uniform(new Rng(SeedStream.Named("figure: proposition 32 target").Seed(masterSeed)), 3, 3, 2, 1);
        target = target.Scale(1 / target.L1Norm());
        var errors = widths.Select((n, w) => Trials.Run(masterSeed, SeedStream.Named("figure: proposition 32").Child(w), 0, draws, (_, seed) =>
        {
            var rng = new Rng(seed);
            var u = Tensor.Uniform(rng, 3, 3, 2, n);
            var v = Tensor.Uniform(rng, 1, 1, n, 1);
            return LayerPruning.Proposition32(u, v, target, 4, 4, eps).Supremum.Value;
        }).Order().ToArray()).ToArray();
        return new(widths.Select(n => (double)n).ToArray(), errors.Select(e => Quantile(e, 0.5)).ToArray(), errors.Select(e => Quantile(e, 1)).ToArray(), eps);
    }

    /// <summary>Theorem 31's certified bound against the first layer's width, for widths from the formula with C from 1
    /// to 8 (a two-layer target: 3×3 kernels, channels 1, 2, 1, ε = 0.1).</summary>
    public static ErrorCurve Theorem31Errors(ulong masterSeed, int draws)
    {
        const double eps = 0.1;
        double[] constants = [1, 1.5, 2, 3, 4, 5, 6, 8];
        var target = SimpleCnn.Random(new Rng(SeedStream.Named("figure: theorem 31 target").Seed(masterSeed)), [3, 3], [1, 2, 1]).NormalisedL1();
        var runs = constants.Select((c, w) => Trials.Run(masterSeed, SeedStream.Named("figure: theorem 31").Child(w), 0, draws, (_, seed) =>
        {
            var network = RandomCnn.ForTarget(target, c, eps, new Rng(seed));
            return (Width: RandomCnn.Width(c, 1, 2, 3, 2, eps), Bound: NetworkPruning.Theorem31(target, network, eps, 5, 5).CertifiedBound);
        }).OrderBy(r => r.Bound).ToArray()).ToArray();
        return new(runs.Select(r => (double)r[0].Width).ToArray(), runs.Select(r => Quantile([.. r.Select(x => x.Bound)], 0.5)).ToArray(), runs.Select(r => Quantile([.. r.Select(x => x.Bound)], 1)).ToArray(), eps);
    }

    /// <summary>§4.1's widths over ε from 1e−1 to 1e−6: the single best's exact M*(ε, ε) and M*(ε, ½), and the median
    /// and 0.9-quantile of T_ε (all targets at once) from a few trials per ε.</summary>
    public sealed record Widths(ValueArray<double> Eps, ValueArray<double> SingleBestStrict, ValueArray<double> SingleBestHalf, ValueArray<double> SampledEps, ValueArray<double> SubsetMedian, ValueArray<double> SubsetQuantile90);

    public static Widths Section41(ulong masterSeed, int trials)
    {
        var eps = Enumerable.Range(0, 21).Select(k => Math.Pow(10, -1 - k * 0.25)).ToArray();
        double[] sampled = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6];
        var times = sampled.Select((e, g) => Trials.Run(masterSeed, SeedStream.Named("figure: section 4.1").Child(g), 0, trials,
            (_, seed) => (double)StoppingTime.OfUniformStream(seed, e)).Order().ToArray()).ToArray();
        return new(eps, eps.Select(e => (double)SingleBest.Width(e, e)).ToArray(), eps.Select(e => (double)SingleBest.Width(e, 0.5)).ToArray(), sampled,
            times.Select(t => Quantile(t, 0.5)).ToArray(), times.Select(t => Quantile(t, 0.9)).ToArray());
    }

    /// <summary>The τ-quantile of sorted values, one definition for every figure: the inverse of the empirical CDF, the
    /// smallest value with at least a fraction τ of the values at or below it (MathNet's R-1), so a quantile is always one
    /// of the values.</summary>
    internal static double Quantile(double[] sorted, double tau) =>
        MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(sorted, tau, MathNet.Numerics.Statistics.QuantileDefinition.R1);
}
