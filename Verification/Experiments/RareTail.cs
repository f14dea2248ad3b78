using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Validation;

namespace Rssp.Verification.Experiments;

/// <summary>A law symmetric about 0 for the rare-event estimator: a draw, the CDF G(u) = Pr(|X| ≤ u | X ≠ 0) of its
/// magnitude (null: the magnitude is not tilted), and the mass of its atom at 0 (V·U⁺: ½; 0 when it has none); given
/// X ≠ 0, sign and magnitude are independent and the sign is fair.</summary>
public sealed record SymmetricLaw(Func<Rng, double> Draw, Func<double, double>? MagnitudeCdf, double Atom = 0)
{
    public static SymmetricLaw Uniform { get; } = new(rng => rng.NextSymmetric(), u => u);
}

/// <summary>Pr(r_n &gt; ε) = Pr(T_ε &gt; n) for every n up to a horizon and every ε above a resolution δ, by mixture
/// importance sampling on the law of the samples. Why this scheme: slow covering of [−1, 1] comes from the streams whose
/// minority sign is rare and whose minority samples sum to little more than the target's end (few subset sums reach
/// near it); a tilt on the radius (a Feynman–Kac particle system with potentials (r_m/r_{m'})^λ) does not see that
/// and, measured, gives heavy-tailed replicates that underestimate plain Monte Carlo threefold to twentyfold at
/// Pr ≈ 3·10⁻⁴. So a stream is drawn from a mixture q = Σ_c w_c q_c: with weight w_0 the law itself, and components
/// that make one sign rarer (probability p_c instead of ½) and its magnitudes smaller (the least of b_c draws:
/// density b_c g(u)(1 − G(u))^{b_c − 1}). The weight of a stream's first n samples is the likelihood ratio
/// L_n = ∏ f(x_i)/q(x_1..x_n) = 1/Σ_c w_c ∏_{i ≤ n} ρ_c(x_i), ρ_c = q_c/f per sample; then
/// E_q[L_n 1{r_n &gt; ε}] = Pr_f(r_n &gt; ε) exactly, for every n and ε at once (a prefix of a mixture stream has the mixture
/// of the prefixes' laws). L_n ≤ 1/w_0, so the weights are bounded. Streams are independent, each from its own seed.</summary>
public static class RareTail
{
    /// <summary>The mixture: the weight of the law itself; each component's minority-sign probability and magnitude
    /// exponent b (the least of b draws), used for either sign with equal weight; and, for a law with an atom a at 0,
    /// the factors s by which the tilted components raise it (a zero with probability min(s·a, <see cref="MaxAtom"/>)),
    /// each tilt once per factor: streams with more zeros than usual have fewer samples that count and cover slowly.</summary>
    public sealed record Mixture(double Untilted, IReadOnlyList<(double P, int B)> Tilts, IReadOnlyList<double>? AtomFactors = null)
    {
        /// <summary>Minority-sign probabilities 0.3 … 0.1 with magnitudes the least of 1, 2 or 3 draws, 1/10 of the
        /// weight on the law itself, and an atom at 0 kept or raised by 1.25 or 1.5 (V·U⁺: ½, 0.625, 0.75).</summary>
        public static Mixture Default { get; } = new(0.1, [.. from p in new[] { 0.3, 0.22, 0.16, 0.11 } from b in new[] { 1, 2, 3 } select (p, b)], [1, 1.25, 1.5]);

        /// <summary>The largest atom a tilted component gives.</summary>
        public const double MaxAtom = 0.9;

        /// <summary>The same without magnitude tilts (for a law whose magnitude CDF is not given).</summary>
        public Mixture SignsOnly => this with { Tilts = [.. Tilts.Where(t => t.B == 1)] };

        /// <summary>The same without atom tilts (for a law without an atom: the factors would repeat the same components).</summary>
        public Mixture WithoutAtom => this with { AtomFactors = null };

        private int Atoms => AtomFactors?.Count ?? 1;

        public int Components => 1 + 2 * Tilts.Count * Atoms;

        /// <summary>Component c: 0 the law; then, for each atom factor, each tilt with the minority sign negative and
        /// positive.</summary>
        internal (double P, int B, int Sign, double AtomFactor) Tilt(int c)
        {
            if (c == 0) return (0.5, 1, -1, 1);
            var (atom, rest) = Math.DivRem(c - 1, 2 * Tilts.Count);
            return (Tilts[rest / 2].P, Tilts[rest / 2].B, rest % 2 == 0 ? -1 : 1, AtomFactors?[atom] ?? 1);
        }
    }

    /// <summary>A stream's path v_0..v_H (r_n where &gt; δ, δ where r_n ≤ δ) and its likelihood ratios L_0..L_H.</summary>
    public sealed record Stream(double[] Path, double[] Ratio);

    /// <summary>One stream to the horizon: component c drawn with its weight, then its samples, the path of the covering
    /// radius on [lo, hi] at resolution δ (r_0 = max(|lo|, |hi|), so every value is finite) and the ratios.</summary>
    public static Stream Draw(SymmetricLaw law, Mixture mixture, ulong seed, int horizon, double delta, double lo = -1, double hi = 1) =>
        Draw(law, mixture, seed, horizon, xs => CoveringPath(xs, delta, lo, hi));

    /// <summary>v_0..v_H of the samples, in one sweep over all of them (measured at δ = 5·10⁻⁷, H = 53: 85 ms a stream, against
    /// 150–290 ms when the sweep runs on a prefix grown until the path reaches δ, as <see cref="CoveringRadius.OfStream(ulong, Func{Rng, double}, double, double, double, double, int)"/>
    /// does). Past the first value ≤ δ the radius never rises again, so the rest is δ.</summary>
    internal static double[] CoveringPath(double[] xs, double delta, double lo, double hi)
    {
        var path = CoveringRadius.Path(xs, delta, Math.Max(Math.Abs(lo), Math.Abs(hi)), lo, hi);
        var full = new double[xs.Length + 1];
        path.CopyTo(full, 0);
        full.AsSpan(path.Length).Fill(delta);
        return full;
    }

    /// <summary>One stream with any radius of its prefixes (path(x_1..x_H) gives v_0..v_H): the tests use a radius with a
    /// known tail.</summary>
    public static Stream Draw(SymmetricLaw law, Mixture mixture, ulong seed, int horizon, Func<double[], double[]> path)
    {
        Guard.Positive(horizon);
        if (law.MagnitudeCdf is null && mixture.Tilts.Any(t => t.B != 1)) mixture = mixture.SignsOnly;
        if (law.Atom <= 0 && mixture.AtomFactors is not null) mixture = mixture.WithoutAtom;
        var rng = new Rng(seed);
        var k = mixture.Components;
        var weights = Weights(mixture);
        var pick = rng.NextUnit();
        var component = 0;
        for (var acc = weights[0]; component < k - 1 && pick >= acc; acc += weights[++component]) { }
        var xs = new double[horizon];
        var logs = new double[k]; // log ∏ ρ_c over the prefix
        var ratio = new double[horizon + 1];
        ratio[0] = 1;
        for (var i = 0; i < horizon; i++)
        {
            xs[i] = Sample(law, mixture, component, rng);
            for (var c = 0; c < k; c++) logs[c] += LogDensityRatio(law, mixture, c, xs[i]);
            ratio[i + 1] = 1 / SumExp(weights, logs);
        }
        return new(path(xs), ratio);
    }

    /// <summary>w_0 for the law itself, then the tilted components, (1 − w_0)/(components − 1) each.</summary>
    private static double[] Weights(Mixture m) =>
        [m.Untilted, .. Enumerable.Repeat((1 - m.Untilted) / (m.Components - 1), m.Components - 1)];

    /// <summary>The atom of component c: a zero with probability min(s·a, <see cref="Mixture.MaxAtom"/>) (a for the law itself).</summary>
    private static double AtomOf(SymmetricLaw law, double factor) => factor == 1 ? law.Atom : Math.Min(factor * law.Atom, Mixture.MaxAtom);

    private static double Sample(SymmetricLaw law, Mixture m, int c, Rng rng)
    {
        var (p, b, sign, factor) = m.Tilt(c);
        double x;
        if (c > 0 && factor != 1)
        {
            // the raised atom, then a draw of the law given X ≠ 0 (rejection: the law's own zeros are redrawn)
            if (rng.NextUnit() < AtomOf(law, factor)) return 0;
            do x = law.Draw(rng); while (x == 0);
        }
        else x = law.Draw(rng);
        if (c == 0 || x == 0) return x;
        var minority = rng.NextUnit() < p;
        var u = Math.Abs(x);
        if (minority)
            for (var j = 1; j < b; j++)
            {
                double y;
                do y = law.Draw(rng); while (y == 0);
                u = Math.Min(u, Math.Abs(y));
            }
        return (minority ? sign : -sign) * u;
    }

    /// <summary>log(q_c(x)/f(x)): at the atom x = 0, log(a_c/a) (0 when the component keeps the law's atom a); for x ≠ 0,
    /// log((1 − a_c)/(1 − a)) plus log 2p + log(b(1 − G(|x|))^{b − 1}) on the minority sign, log 2(1 − p) on the other.</summary>
    private static double LogDensityRatio(SymmetricLaw law, Mixture m, int c, double x)
    {
        if (c == 0) return 0;
        var (p, b, sign, factor) = m.Tilt(c);
        var atom = factor == 1 ? 0 : x == 0 ? Math.Log(AtomOf(law, factor) / law.Atom) : Math.Log((1 - AtomOf(law, factor)) / (1 - law.Atom));
        if (x == 0) return atom;
        if (Math.Sign(x) != sign) return atom + Math.Log(2 * (1 - p));
        var magnitude = b == 1 ? 0 : Math.Log(b) + (b - 1) * Math.Log(Math.Max(0, 1 - law.MagnitudeCdf!(Math.Abs(x))));
        return atom + Math.Log(2 * p) + magnitude;
    }

    private static double SumExp(double[] weights, double[] logs)
    {
        var top = logs.Max();
        var sum = 0.0;
        for (var c = 0; c < logs.Length; c++) sum += weights[c] * Math.Exp(logs[c] - top);
        return sum * Math.Exp(top);
    }
}
