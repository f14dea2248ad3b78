using Rssp.Theory.Distributions;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter4;

namespace Rssp.Verification.Experiments;

/// <summary>The existential constants of the seed as experiments: Theorem 6, Corollary 10 (product of two uniforms,
/// (a, b) = (½, (log 2)/2)), Proposition 32, Lemma 34 (at level ε′) and Theorem 31.</summary>
public static class Constants
{
    public static ConstantExperiment Theorem6 { get; } = new("theorem6", "Theorem 6", "log(1/ε)", 1,
        eps => [.. (eps ?? Claims.Chapter2.Theorem6.EpsGrid).Select(e =>
            new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e), seed => StoppingTime.OfUniformStream(seed, e)))]);

    public static ConstantExperiment Corollary10 { get; } = new("corollary10", "Corollary 10 [constant C_{a,b}]", "log(1/ε)", 1,
        eps => [.. (eps ?? Claims.Chapter2.Theorem6.EpsGrid).Select(e =>
            new ConstantPoint($"eps = {e:G3}", e, Math.Log(1 / e),
                seed => StoppingTime.OfStream(seed, rng => new ProductOfUniforms().Sample(rng), e, -0.5, 0.5)))]);

    public static ConstantExperiment Proposition32 { get; } = Filters("proposition32", "Proposition 32 [constant C]", perChannel: false);

    public static ConstantExperiment Lemma34 { get; } = Filters("lemma34", "Lemma 34 [constant at level ε′]", perChannel: true);

    public static ConstantExperiment Theorem31 { get; } = new("theorem31", "Theorem 31 [constant C]", "c_i log(c_{i−1}c_i d_i² ℓ/ε) (per layer)", 10,
        eps => [.. Over(Claims.Chapter4.Theorem31.ConstantGrid, g => (g.Sizes, g.Channels), g => g.Eps, eps).Select(p =>
            new ConstantPoint($"kernels {string.Join(",", p.Shape.Sizes)}, channels {string.Join(",", p.Shape.Channels)}, eps = {p.Eps:G3}", p.Eps, 1.0,
                seed => Claims.Chapter4.Theorem31.ConstantNeeded(seed, p.Shape.Sizes, p.Shape.Channels, p.Eps)))]);

    public static IReadOnlyList<ConstantExperiment> All { get; } = [Theorem6, Corollary10, Proposition32, Lemma34, Theorem31];

    /// <summary>The experiment named on the command line: "theorem6", "Theorem 6", "lemma-34" all name one.</summary>
    public static ConstantExperiment? Named(string name)
    {
        static string Norm(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return All.FirstOrDefault(e => Norm(e.Name) == Norm(name));
    }

    /// <summary>Proposition 32 (one output channel) or Lemma 34 (c1 = c, at level ε′): per draw the largest first-cover
    /// time over all d²c·c1 sample sets at precision ε/(c1·d²c), over log(d²c·c1/ε).</summary>
    private static ConstantExperiment Filters(string name, string key, bool perChannel) =>
        new(name, key, "log(d²c·c1/ε)", 10,
            eps => [.. Over(Claims.Chapter4.Proposition32.Grid, g => (g.D, g.C), g => g.Eps, eps).Select(p =>
            {
                var (d, c) = p.Shape;
                var c1 = perChannel ? c : 1;
                var delta = p.Eps / (c1 * d * d * c);
                return new ConstantPoint($"d = {d}, c = {c}, eps = {p.Eps:G3}", p.Eps, Math.Log(d * d * c * c1 / p.Eps),
                    seed => FilterSamples.MaxCoverTime(seed, d * d * c, c1, delta));
            })]);

    /// <summary>The default grid, or every shape of it at each given ε.</summary>
    private static IEnumerable<(TShape Shape, double Eps)> Over<TPoint, TShape>(
        IEnumerable<TPoint> grid, Func<TPoint, TShape> shape, Func<TPoint, double> eps, IReadOnlyList<double>? given) =>
        given is null
            ? grid.Select(g => (shape(g), eps(g)))
            : grid.Select(shape).DistinctBy(Describe).SelectMany(s => given.Select(e => (s, e)));

    private static string Describe<T>(T shape) => shape switch
    {
        ValueTuple<int[], int[]> t => $"{string.Join(",", t.Item1)}|{string.Join(",", t.Item2)}",
        _ => shape?.ToString() ?? "",
    };
}
