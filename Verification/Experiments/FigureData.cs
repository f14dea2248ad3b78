using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Experiments;

/// <summary>The data behind the report's figures, drawn from seeds derived from the master seed.</summary>
public static class FigureData
{
    /// <summary>One curve of Pr(T_ε ≤ n) against n with a pointwise 95% Clopper–Pearson band.</summary>
    public sealed record CoverageCurve(double Eps, int[] N, double[] Probability, double[] Low, double[] High);

    public static IReadOnlyList<CoverageCurve> Coverage(ulong masterSeed, int trials, IReadOnlyList<double> epsGrid) =>
        epsGrid.Select((eps, g) =>
        {
            var t = Trials.Run(masterSeed, SplitMix64.Hash("figure: coverage") + (ulong)g, 0, trials, (_, seed) => StoppingTime.OfUniformStream(seed, eps));
            var ns = Enumerable.Range(t.Min() - 1, t.Max() - t.Min() + 3).ToArray();
            var k = ns.Select(n => t.LongCount(x => x <= n)).ToArray();
            var bands = k.Select(c => ClopperPearson.Interval(c, trials, 0.05)).ToArray();
            return new CoverageCurve(eps, ns, k.Select(c => c / (double)trials).ToArray(), bands.Select(b => b.Low).ToArray(), bands.Select(b => b.High).ToArray());
        }).ToArray();

    /// <summary>(Z_n, E[Z_{n+1} | X_1..X_n]/Z_n) at instances spread over the whole process (exact expectations).</summary>
    public static IReadOnlyList<(double Zn, double Ratio)> Growth(ulong masterSeed, int instances)
    {
        double[] epsGrid = [0.1, 0.03, 0.01, 0.003];
        return Trials.Run(masterSeed, SplitMix64.Hash("figure: growth"), 0, instances, (i, seed) =>
        {
            var eps = epsGrid[i % epsGrid.Length];
            var rng = new Rng(seed);
            var n = rng.NextInt((int)Math.Ceiling(Math.Log2(1 / eps)) + 8);
            var law = NextDensityLaw.Of(rng.Symmetric(n), eps);
            return (law.Zn, law.Expectation / law.Zn);
        });
    }
}
