using Rssp.Theory.Networks;
using Rssp.Theory.Random;

namespace Rssp.Verification.Experiments;

/// <summary>A uniform network shape of Theorem 31's constant: depth ℓ, every kernel d×d, every channel count c
/// (c_0 = … = c_ℓ = c). Every layer then has the same per-entry precision δ(ε) = ε/(2ℓ·c²d²) (Lemma 34 at ε/(2ℓ)), the
/// same L(ε) = ln(ℓc²d²/ε) and the same offset 1/c, so a draw's C_draw(ε) = max_i (n′_i(ε) − 1/c)/L(ε) is
/// (max_i n′_i(ε) − 1/c)/L(ε), and max_i n′_i(ε) = min{n : ρ_n ≤ ε} with ρ the draw's path (<see cref="Path"/>): the
/// (1 − ε)-quantile of C_draw is (n*(ε) − 1/c)/ln(ℓc²d²/ε), one crossing per draw as for a filter shape, with scale 2ℓc²d²
/// and log argument ℓc²d².</summary>
public sealed record NetworkShape(int Depth, int D, int C) : CoveringShape
{
    /// <summary>2ℓc²d²: δ(ε) = ε/Scale.</summary>
    public override double Scale => 2.0 * Depth * C * C * D * D;

    /// <summary>ℓc²d², the argument of L(ε) = ln(ℓc²d²/ε).</summary>
    public override int LogArgument => Depth * C * C * D * D;

    /// <summary>The smallest per-entry precision a draw's paths go down to: a draw costs about ℓ·d²c·c sets × paths down to
    /// δ_min, so ε_min is at least Scale·10⁻³.</summary>
    public const double MinPrecision = 1e-3;

    public override double EpsMin(int draws, double alpha) => Math.Max(FilterConstant.EpsMinFor(draws, alpha), Scale * MinPrecision);

    /// <summary>The top of the proof's range: ε &lt; 1 (the probability 1 − ε) and Lemma 34 at ε/(2ℓ) within its range
    /// ε′ &lt; min(1, c²d²/3): min(1, 2ℓ·min(1, c²d²/3)).</summary>
    public double EpsMax => Math.Min(1, 2.0 * Depth * Math.Min(1, C * C * D * D / 3.0));

    /// <summary>The kernel sizes d_1..d_ℓ and channels c_0..c_ℓ of the shape.</summary>
    public (int[] Sizes, int[] Channels) Layers => ([.. Enumerable.Repeat(D, Depth)], [.. Enumerable.Repeat(C, Depth + 1)]);

    /// <summary>δ(ε), computed as the proof's pruning does (<see cref="NetworkPruning.LayerPrecision"/>, then
    /// <see cref="LayerPruning.EntryPrecision"/>): each step a correctly rounded division by a positive constant, so
    /// monotone in ε.</summary>
    public double Precision(double eps) => LayerPruning.EntryPrecision(NetworkPruning.LayerPrecision(eps, Depth), D, D, C, C);

    /// <summary>The seed of layer i's samples in a draw (d²c entries, c channels, <see cref="FilterSamples"/>).</summary>
    public static ulong LayerSeed(ulong seed, int layer) => SeedStream.Named("layer").Child(layer).Seed(seed);

    /// <summary>R_n = max over layers of their <see cref="FilterSamples.RadiusPath"/> on [δ(ε_min), δ(1)], then in ε units:
    /// ρ_n = min{ε : δ(ε) ≥ R_n} (+∞ stays), so ρ_n ≤ ε ⟺ R_n ≤ δ(ε) bit for bit (closed, as a tie r_n = δ covers), and
    /// min{n : ρ_n ≤ ε} = max_i <see cref="FilterSamples.MaxCoverTime"/> of layer i at δ(ε) for every ε ∈ [ε_min, 1].</summary>
    public override double[] Path(ulong seed, double epsMin)
    {
        var (deltaMin, deltaMax) = (Precision(epsMin), Precision(1));
        var worst = Array.Empty<double>();
        for (var i = 0; i < Depth; i++)
            worst = FilterSamples.Worse(worst, FilterSamples.RadiusPath(LayerSeed(seed, i), D * D * C, C, deltaMin, deltaMax), deltaMin);
        return [.. worst.Select(EpsOf)];
    }

    /// <summary>min{ε : δ(ε) ≥ r} over doubles (δ is monotone, so the set is an up-set): from r·Scale, a few ulps either way.</summary>
    public double EpsOf(double r)
    {
        if (double.IsPositiveInfinity(r)) return r;
        var e = r * Scale;
        while (Precision(e) < r) e = Math.BitIncrement(e);
        while (Precision(Math.BitDecrement(e)) >= r) e = Math.BitDecrement(e);
        return e;
    }

    /// <summary>The shapes one step from s: ℓ, d, c ± 1 within 1..max.</summary>
    public static Func<NetworkShape, IEnumerable<NetworkShape>> Around(int max) => s =>
        new[] { s with { Depth = s.Depth + 1 }, s with { Depth = s.Depth - 1 }, s with { D = s.D + 1 }, s with { D = s.D - 1 },
                s with { C = s.C + 1 }, s with { C = s.C - 1 } }
            .Where(t => t.Depth is >= 1 && t.D >= 1 && t.C >= 1 && t.Depth <= max && t.D <= max && t.C <= max);

    public override string ToString() => $"ℓ = {Depth}, d = {D}, c = {C}";
}
