using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Experiments;
using Rssp.Verification.Statistics;

namespace Rssp.Verification.Tests;

/// <summary>The rare-event estimator against definitions: its importance sampling on a radius whose tail is known
/// exactly, its crossing and interval against their definitions by brute force, and on the covering radius against
/// plain Monte Carlo where both reach.</summary>
public class RareTailTests
{
    /// <summary>A radius with a known tail: v_n = ∏ (1 − |x_i|) over the negative x_i, i ≤ n, of Unif([−1, 1]) samples. With
    /// K ~ Bin(n, ½) negatives and 1 − |x| ~ Unif(0, 1), Pr(v_n &gt; ε) = Σ_k Pr(K = k) Pr(Γ(k, 1) &lt; ln(1/ε)) exactly. It
    /// falls fast when negatives are many and large, so its tail is what the mixture's tilts (a rarer sign, smaller
    /// magnitudes) aim at.</summary>
    private static double[] NegativeProduct(double[] xs)
    {
        var path = new double[xs.Length + 1];
        path[0] = 1;
        for (var i = 0; i < xs.Length; i++) path[i + 1] = xs[i] < 0 ? path[i] * (1 + xs[i]) : path[i];
        return path;
    }

    private static double ExactTail(int n, double eps) =>
        Enumerable.Range(0, n + 1).Sum(k => Binomial.PMF(0.5, n, k) * (k == 0 ? 1 : Gamma.CDF(k, 1, Math.Log(1 / eps))));

    [Fact]
    public void Importance_sampling_reproduces_a_known_tail_down_to_a_millionth()
    {
        const int streams = 20000;
        var stream = SeedStream.Named("rare toy");
        var draws = new RareTail.Stream[streams];
        Parallel.For(0, streams, i => draws[i] = RareTail.Draw(SymmetricLaw.Uniform, RareTail.Mixture.Default, stream.TrialSeed(1, i), 40, NegativeProduct));
        foreach (var (n, eps) in new[] { (10, 0.1), (24, 0.01), (40, 0.05), (40, 0.3) })
        {
            var y = draws.Select(d => d.Path[n] > eps ? d.Ratio[n] : 0).ToArray();
            var (mean, se) = (y.Average(), Math.Sqrt(y.Select(v => v * v).Average() - y.Average() * y.Average()) / Math.Sqrt(streams));
            var exact = ExactTail(n, eps);
            Assert.InRange(mean, exact - 5 * se, exact + 5 * se);
            Assert.True(se < 0.1 * exact, $"n = {n}, ε = {eps}: relative error {se / exact:G3} (exact {exact:G3})");
        }
        Assert.True(ExactTail(40, 0.3) < 2e-6, "the deepest point is a rare event");
        // The ratio is a likelihood ratio (mean 1) and bounded by 1/w₀.
        var ratios = draws.Select(d => d.Ratio[40]).ToArray();
        Assert.InRange(ratios.Average(), 1 - 5 * Std(ratios) / Math.Sqrt(streams), 1 + 5 * Std(ratios) / Math.Sqrt(streams));
        Assert.All(ratios, r => Assert.InRange(r, 0, 1 / RareTail.Mixture.Default.Untilted + 1e-9));
    }

    /// <summary>The atom's tilt: with V·U⁺ (atom ½ at 0) the path "number of zeros among x_1..x_n" has the binomial law
    /// Bin(n, ½) under the law itself, so the weighted tail E_q[L_n·1{zeros &gt; k}] must be Pr(Bin(n, ½) &gt; k), down to
    /// 2·10⁻⁵, and the ratio's mean 1. Measured: with the atom's factor log(a_c/a) dropped from the ratio this fails
    /// (and <see cref="Other_laws_agree_with_plain_Monte_Carlo_where_both_reach"/> for V·U⁺ fails too).</summary>
    [Fact]
    public void The_atom_tilt_reproduces_the_binomial_law_of_the_zeros()
    {
        const int streams = 20000, horizon = 40;
        var law = SampleLaw.Of("vuplus")!.Rare(1).Law;
        Assert.Equal(0.5, law.Atom);
        var stream = SeedStream.Named("rare atom");
        var draws = new RareTail.Stream[streams];
        static double[] Zeros(double[] xs)
        {
            var path = new double[xs.Length + 1];
            for (var i = 0; i < xs.Length; i++) path[i + 1] = path[i] + (xs[i] == 0 ? 1 : 0);
            return path;
        }
        Parallel.For(0, streams, i => draws[i] = RareTail.Draw(law, RareTail.Mixture.Default, stream.TrialSeed(1, i), horizon, Zeros));
        foreach (var (n, k) in new[] { (20, 12), (30, 21), (40, 32) })
        {
            var y = draws.Select(d => d.Path[n] > k ? d.Ratio[n] : 0).ToArray();
            var (mean, se) = (y.Average(), Std(y) / Math.Sqrt(streams));
            var exact = 1 - Binomial.CDF(0.5, n, k);
            Assert.InRange(mean, exact - 5 * se, exact + 5 * se);
            Assert.True(se < 0.1 * exact, $"n = {n}, zeros > {k}: relative error {se / exact:G3} (exact {exact:G3})");
        }
        Assert.True(1 - Binomial.CDF(0.5, 40, 32) < 3e-5, "the deepest point is a rare event");
        var ratios = draws.Select(d => d.Ratio[horizon]).ToArray();
        Assert.InRange(ratios.Average(), 1 - 5 * Std(ratios) / Math.Sqrt(streams), 1 + 5 * Std(ratios) / Math.Sqrt(streams));
    }

    private static double Std(double[] v) => Math.Sqrt(v.Select(x => x * x).Average() - v.Average() * v.Average());

    private static Gen<(double[] V, double[] W)> Weighted =>
        from n in Gen.Choose(2, 40)
        from v in Gen.ArrayOf(Gen.Elements(0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5), n)
        from w in Gen.ArrayOf(Gen.Elements(0.0, 0.05, 0.5, 1.0, 2.0), n)
        select (v, w);

    /// <summary>The normal bounds of the mean of w_i·1{v_i &gt; ε} (strict: false for Pr(v ≥ ε)), straight from the definition.</summary>
    private static (double Mean, double Low, double High) Bounds(double[] v, double[] w, double eps, double z, bool strict = true)
    {
        var y = v.Select((x, i) => (strict ? x > eps : x >= eps) ? w[i] : 0).ToArray();
        var mean = y.Average();
        var half = z * Math.Sqrt(y.Sum(t => (t - mean) * (t - mean)) / (y.Length - 1) / y.Length);
        return (mean, Math.Max(0, mean - half), mean + half);
    }

    [Property(MaxTest = 200)]
    public Property Tail_crossing_and_its_interval_are_their_definitions() =>
        Prop.ForAll(Arb.From(Weighted), t =>
        {
            var (v, w) = t;
            const double alpha = 0.1, from = 0.015, slack = 1e-12;
            var z = Normal.InvCDF(0, 1, 1 - alpha / 2);
            var result = TailCrossing.Of(v, w, alpha, from);
            var draws = v.Where(x => x > from).Append(from).ToArray();
            double First(Func<double, double> bound) =>
                draws.Concat(draws.Select(bound)).Where(c => c >= from).Order().First(c => bound(c) <= c + slack);
            var high = draws.Concat(draws.Select(c => Bounds(v, w, c, z, strict: false).High)).Where(c => c >= from).OrderDescending()
                .FirstOrDefault(c => Bounds(v, w, c, z, strict: false).High >= c - slack, from);
            double Inside(double e) => e <= from + slack ? 0 : e;
            static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9;
            return (Same(result.Estimate, Inside(First(e => Bounds(v, w, e, z).Mean))) && Same(result.Low, Inside(First(e => Bounds(v, w, e, z).Low)))
                    && Same(result.High, Inside(high)))
                .Label($"estimate {result.Estimate} low {result.Low} high {result.High}; by definition {First(e => Bounds(v, w, e, z).Mean)}, {First(e => Bounds(v, w, e, z).Low)}, {high}");
        });

    [Property(MaxTest = 100)]
    public Property With_unit_weights_the_crossing_is_the_plain_one() =>
        Prop.ForAll(Arb.From(Weighted), t =>
        {
            var ones = t.V.Select(_ => 1.0).ToArray();
            return Math.Abs(TailCrossing.Of(t.V, ones, 0.05, 0.015).Estimate - Crossing.Of([.. t.V.Order()], 0.05, 0.015, double.PositiveInfinity).Estimate) < 1e-12;
        });

    /// <summary>Pr(r_n &gt; ε) from importance-sampled streams (a normal interval at level α) and from plain streams
    /// (Clopper–Pearson at level α): the two intervals meet.</summary>
    private static void AssertTailsMeet(IReadOnlyList<RareTail.Stream> weighted, IReadOnlyList<double[]> paths, int n, double eps, double alpha, string law)
    {
        var z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        var y = weighted.Select(s => s.Path[n] > eps ? s.Ratio[n] : 0).ToArray();
        var (mean, se) = (y.Average(), Std(y) / Math.Sqrt(y.Length));
        var hits = paths.Count(p => n < p.Length && p[n] > eps);
        var plain = ClopperPearson.Interval(hits, paths.Count, alpha);
        Assert.True(mean - z * se <= plain.High && plain.Low <= mean + z * se,
            $"{law}, n = {n}, ε = {eps:G3}: importance sampling {mean:G3} ± {z * se:G3}, plain [{plain.Low:G3}, {plain.High:G3}] ({hits} of {paths.Count})");
    }

    [Fact]
    public void On_the_covering_radius_it_agrees_with_plain_Monte_Carlo_where_both_reach()
    {
        const double alpha = 1e-4, delta = 2.5e-3;
        const int horizon = 20;
        var rare = new RareExperiment(SeedStream.Named("rare vs plain: rare"), SymmetricLaw.Uniform, 1, 1.0 / 3);
        var weighted = rare.Run(3, 2 * delta, [.. Enumerable.Range(0, 1500).Select(i => (long)i)]);
        Assert.All(weighted, s => Assert.True(s.Path.Length > horizon));
        var plainStream = SeedStream.Named("rare vs plain: plain");
        var paths = Trials.Run(3, plainStream, 0, 8000, (_, seed) => CoveringRadius.OfUniformStream(seed, delta, 1.0 / 3));
        foreach (var (n, eps) in new[] { (14, 0.03), (16, 0.01), (18, 0.01), (20, 0.005) })
            AssertTailsMeet(weighted, paths, n, eps, alpha, "uniform");
        // The jumps of n*(ε) from both, where both place them: their intervals meet.
        var jumps = new RareJumps(weighted, delta, 1.0 / 3, 1e-3).Jumps;
        var plainJumps = new CoveringPaths(paths, delta, 1.0 / 3, 1e-3).Jumps;
        for (var n = 8; n <= 14; n++)
            Assert.True(jumps[n].Low <= plainJumps[n].High && plainJumps[n].Low <= jumps[n].High,
                $"ε_{n}: importance sampling {jumps[n]}, plain {plainJumps[n]}");
    }

    /// <summary>The other laws (V·U⁺ with its atom at 0, the product of two uniforms, Gaussian and Laplace of the uniform's
    /// variance) against plain Monte Carlo where both reach, as for the uniform law: Pr(r_n &gt; ε) at three of each law's jumps
    /// (first … last, where plain Monte Carlo's 5000 streams place them: Pr from about 10⁻¹ down to 5·10⁻³) and the jumps'
    /// intervals between; and the law's horizon passes the reach (the jump at the horizon lies at or below it). Measured:
    /// with the magnitude factor removed from the likelihood ratio every law fails, threefold to sixfold above plain Monte
    /// Carlo; with V·U⁺'s former horizon factor 2 its horizon stops before n = 56.</summary>
    [Theory]
    [InlineData("product", 20, 29)]
    [InlineData("vuplus", 40, 56)]
    [InlineData("gaussian", 13, 20)]
    [InlineData("laplace", 13, 20)]
    public void Other_laws_agree_with_plain_Monte_Carlo_where_both_reach(string key, int first, int last)
    {
        const double alpha = 1e-4, delta = 2.5e-3;
        var law = SampleLaw.Of(key)!;
        var rare = law.Rare(1);
        var weighted = rare.Run(3, 2 * delta, [.. Enumerable.Range(0, 1200).Select(i => (long)i)]);
        var horizon = rare.Horizon(2 * delta);
        Assert.True(horizon >= last, $"{key}: the horizon {horizon} at reach {2 * delta} stops before n = {last}, where ε_n is still above the reach");
        Assert.All(weighted, s => Assert.Equal(horizon + 1, s.Path.Length));
        var paths = law.Paths(1).Run(3, delta, 0, 5000);
        var plainJumps = new CoveringPaths(paths, delta, 1.0 / 3, 1e-3).Jumps;
        foreach (var n in new[] { first, (first + last) / 2, last })
            AssertTailsMeet(weighted, paths, n, plainJumps[n].Estimate, alpha, key);
        var jumps = new RareJumps(weighted, delta, 1.0 / 3, 1e-3).Jumps;
        for (var n = first; n <= last; n++)
            Assert.True(jumps[n].Low <= plainJumps[n].High && plainJumps[n].Low <= jumps[n].High,
                $"{key}, ε_{n}: importance sampling {jumps[n]}, plain {plainJumps[n]}");
        Assert.True(jumps[horizon].Estimate <= 2 * delta, $"{key}: the horizon {horizon} ends above the reach {2 * delta} (ε_H = {jumps[horizon].Estimate:G3})");
    }

    /// <summary>The likelihood ratio is exact only if G is the magnitude's CDF: each law's G against the empirical CDF of
    /// 20000 nonzero draws, within the DKW band at level 10⁻⁶.</summary>
    [Theory]
    [InlineData("uniform")]
    [InlineData("product")]
    [InlineData("vuplus")]
    [InlineData("gaussian")]
    [InlineData("laplace")]
    public void Each_laws_magnitude_cdf_is_the_law_of_its_magnitudes(string key)
    {
        var law = SampleLaw.Of(key, 0.5)!;
        var rng = new Rng(SeedStream.Named("magnitude " + key).Seed(1));
        var magnitudes = Enumerable.Range(0, 60000).Select(_ => Math.Abs(law.Draw(rng))).Where(u => u > 0).Take(20000).Order().ToArray();
        Assert.Equal(20000, magnitudes.Length);
        var band = Math.Sqrt(Math.Log(2 / 1e-6) / (2 * magnitudes.Length));
        var worst = magnitudes.Select((u, i) => Math.Max(Math.Abs(law.MagnitudeCdf(u) - (i + 1.0) / magnitudes.Length), Math.Abs(law.MagnitudeCdf(u) - (double)i / magnitudes.Length))).Max();
        Assert.True(worst <= band, $"{key}: sup |G − F̂| = {worst:G3} > {band:G3}");
    }
}
