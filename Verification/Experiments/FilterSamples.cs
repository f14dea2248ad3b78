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
                var v = new Rng(SeedStream.Named("V").TrialSeed(seed, l)).Symmetric(horizon);
                for (var e = 0; e < entries && worst <= horizon; e++)
                {
                    var u = new Rng(SeedStream.Named("U").Child(e).TrialSeed(seed, l)).Symmetric(horizon);
                    var a = v.Zip(u, (vt, ut) => vt * Math.Max(0, ut)).ToArray();
                    var t = StoppingTime.FirstCover(a, delta);
                    worst = t.Covered ? Math.Max(worst, t.Steps) : int.MaxValue;
                }
            }
            if (worst <= horizon) return worst;
            if (horizon >= 1 << 14) throw new InvalidOperationException($"no cover within {horizon} samples at precision {delta}.");
        }
    }
}
