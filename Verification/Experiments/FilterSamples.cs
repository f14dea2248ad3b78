using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Verification.Experiments;

/// <summary>The sample sets of Proposition 32's proof: for each filter entry e, a_t^e = V_t·U⁺_{e,t}, with V shared by
/// the entries (one V per output channel ℓ in Lemma 34). Under a draw's seed, V for channel ℓ is trial ℓ of the stream "V", and U for
/// entry e and channel ℓ trial ℓ of the e-th child of "U"; each stream comes from its own seed, so a longer horizon
/// extends the same samples.</summary>
public static class FilterSamples
{
    /// <summary>max over entries e and channels ℓ of the first n at which {a_1..a_n} for (e, ℓ) covers [−1, 1] at
    /// precision δ: the event of the proof holds with n samples per channel iff this is ≤ n.</summary>
    public static int MaxCoverTime(ulong seed, int entries, int channels, double delta)
    {
        for (var horizon = 64; ; horizon *= 2)
        {
            var worst = 0;
            for (var l = 0; l < channels && worst <= horizon; l++)
            {
                var v = V(seed, l, horizon);
                for (var e = 0; e < entries && worst <= horizon; e++)
                {
                    var t = StoppingTime.FirstCover(Set(seed, v, e, l), delta);
                    worst = t.Covered ? Math.Max(worst, t.Steps) : int.MaxValue;
                }
            }
            if (worst <= horizon) return worst;
            if (horizon >= MaxHorizon) throw new InvalidOperationException($"no cover within {horizon} samples at precision {delta}.");
        }
    }

    /// <summary>The ε-path of a draw's event (<see cref="CoveringRadius"/>): R_n = max over entries e and channels ℓ of the
    /// covering radius r_n of {a_1..a_n} for (e, ℓ) on [−1, 1], as path values on [δ_min, δ_max] (δ_min where R_n ≤ δ_min,
    /// +∞ above δ_max), ending at the first n with R_n ≤ δ_min. The event holds with n samples per channel at precision
    /// δ ∈ [δ_min, δ_max] iff R_n ≤ δ: one pass gives <see cref="MaxCoverTime"/> at every δ.</summary>
    public static double[] RadiusPath(ulong seed, int entries, int channels, double deltaMin, double deltaMax)
    {
        var worst = Array.Empty<double>();
        for (var l = 0; l < channels; l++)
        for (var e = 0; e < entries; e++)
            worst = Worse(worst, SetPath(seed, e, l, deltaMin, deltaMax), deltaMin);
        return worst;
    }

    /// <summary>The path of a joint event from the paths of its parts (each ending at its first value ≤ δ_min, which stands
    /// for all later ones): their pointwise max, the shorter padded with δ_min (worst is updated in place, and resized when path is longer).</summary>
    public static double[] Worse(double[] worst, double[] path, double deltaMin)
    {
        if (path.Length > worst.Length) Array.Resize(ref worst, path.Length);
        for (var n = 0; n < worst.Length; n++)
            worst[n] = Math.Max(worst[n], n < path.Length ? path[n] : deltaMin);
        return worst;
    }

    /// <summary>The path of one set down to δ_min; the horizon doubles until it gets there (the values do not depend on it).</summary>
    private static double[] SetPath(ulong seed, int e, int l, double deltaMin, double deltaMax)
    {
        for (var horizon = 64; ; horizon *= 2)
        {
            var path = CoveringRadius.Path(Set(seed, V(seed, l, horizon), e, l), deltaMin, deltaMax);
            if (path[^1] <= deltaMin) return path;
            if (horizon >= MaxHorizon) throw new InvalidOperationException($"no cover within {horizon} samples at precision {deltaMin}.");
        }
    }

    private const int MaxHorizon = 1 << 14;

    private static double[] V(ulong seed, int l, int horizon) => new Rng(SeedStream.Named("V").TrialSeed(seed, l)).Symmetric(horizon);

    /// <summary>a_t = V_t·U⁺_{e,t} for channel ℓ, t &lt; the horizon of v.</summary>
    private static double[] Set(ulong seed, double[] v, int e, int l)
    {
        var u = new Rng(SeedStream.Named("U").Child(e).TrialSeed(seed, l)).Symmetric(v.Length);
        return v.Zip(u, (vt, ut) => vt * Math.Max(0, ut)).ToArray();
    }
}
