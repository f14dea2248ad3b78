using System.Globalization;
using Rssp.Theory.Distributions;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Verification.Experiments;

/// <summary>A law of the samples for n*(ε) under any law: its key, a description, how a draw is made from a seeded
/// stream, and its variance.</summary>
public sealed record SampleLaw(string Key, string Description, Func<Rng, double> Draw, double Variance)
{
    /// <summary>The laws the SLTH literature uses: Unif([−1, 1]); the product of two uniforms (Lemma 11); V·U⁺ with its atom ½
    /// at 0 (what Proposition 32's construction sees); Gaussian and Laplace weights of a stated variance.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["uniform", "product", "vuplus", "gaussian", "laplace"];

    /// <summary>The law of that key; the variance applies to the Gaussian and the Laplace law (the others have their own).</summary>
    public static SampleLaw? Of(string key, double variance = 1.0 / 3) => key switch
    {
        "uniform" => new(key, "Unif([−1, 1])", rng => rng.NextSymmetric(), 1.0 / 3),
        "product" => new(key, "X₁X₂, X_i ~ Unif([−1, 1]) (Lemma 11)", new ProductOfUniforms().Sample, 1.0 / 9),
        "vuplus" => new(key, "V·U⁺ (atom ½ at 0, Proposition 32)", new VTimesUPlus().Sample, 1.0 / 18),
        "gaussian" => new(key, $"N(0, {variance.ToString("G4", CultureInfo.InvariantCulture)})", rng => Math.Sqrt(variance) * Gaussian(rng), variance),
        "laplace" => new(key, $"Laplace of variance {variance.ToString("G4", CultureInfo.InvariantCulture)}", rng => Math.Sqrt(variance / 2) * Laplace(rng), variance),
        _ => null,
    };

    /// <summary>A standard normal draw by Box–Muller from two uniforms (1 − u ∈ (0, 1], so the log is finite).</summary>
    public static double Gaussian(Rng rng)
    {
        var (u, v) = (1 - rng.NextUnit(), rng.NextUnit());
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>A Laplace(0, 1) draw (variance 2): a fair sign times an Exp(1) = −ln(1 − u), u ∈ [0, 1).</summary>
    public static double Laplace(Rng rng)
    {
        var sign = rng.NextUnit() < 0.5 ? -1 : 1;
        return -sign * Math.Log(1 - rng.NextUnit());
    }

    /// <summary>G(u) = Pr(|X| ≤ u | X ≠ 0), for the rare-event estimator's magnitude tilt: u for the uniform law;
    /// u(1 − ln u) for the product of two uniforms and for V·U⁺ off its atom; erf(u/√(2v)) for the Gaussian;
    /// 1 − exp(−u/√(v/2)) for the Laplace law.</summary>
    public Func<double, double> MagnitudeCdf => Key switch
    {
        "uniform" => u => Math.Min(u, 1),
        "product" or "vuplus" => u => u >= 1 ? 1 : u <= 0 ? 0 : u * (1 - Math.Log(u)),
        "gaussian" => u => MathNet.Numerics.SpecialFunctions.Erf(u / Math.Sqrt(2 * Variance)),
        _ => u => 1 - Math.Exp(-u / Math.Sqrt(Variance / 2)),
    };

    /// <summary>Importance-sampled streams of this law on [−target, target] (<see cref="RareTail"/>), ε ∈ (0, 1/3), to the
    /// horizon <see cref="HorizonFactor"/> times the uniform law's.</summary>
    public RareExperiment Rare(double target) =>
        new(SeedStream.Named($"rare law {Key} {Variance.ToString("R", CultureInfo.InvariantCulture)} on ±{target.ToString("R", CultureInfo.InvariantCulture)}"),
            new SymmetricLaw(Draw, MagnitudeCdf, Key == "vuplus" ? VTimesUPlus.AtomAtZero : 0), target, 1.0 / 3, HorizonFactor(target));

    /// <summary>How many more samples than uniform ones on [−1, 1] this law needs on [−target, target]: the horizon bounds
    /// the n whose jumps ε_n are estimated, so it must pass n*(reach) (a horizon too short stops the jumps above the
    /// reach; one too long only costs time). Measured (300 streams to 10⁻³, seed 1; the uniform horizon there is 28): the
    /// product of two uniforms crosses 10⁻³ at n ≈ 34 (ratio (n*(ε) − 1)/ln(1/ε) 4.9 against the uniform's 3.7, falling
    /// toward it as ε falls), so 1.5; V·U⁺ needs about twice the product's samples (half of them are its atom at 0; it
    /// crosses 10⁻³ at n ≈ 74), so 3 (the former 2 stopped its jumps at 8·10⁻³ when 10⁻³ was asked, and fails
    /// RareTailTests); the Laplace law of the uniform's variance crosses 10⁻³ at n ≈ 29 and 5·10⁻³ past the uniform
    /// horizon, so 1.25; the Gaussian of that variance within it. A target wider than these were measured on (±1, and
    /// variance 1/3 for the Gaussian and Laplace laws) needs more samples before any subset sum reaches its ends: the
    /// factor grows in proportion to the target over the standard deviation (a generous rule, not a measured one).</summary>
    public double HorizonFactor(double target) =>
        (Key switch { "product" => 1.5, "vuplus" => 3, "laplace" => 1.25, _ => 1 }) * Math.Max(1, target * (Key is "gaussian" or "laplace" ? Math.Sqrt(1.0 / 3 / Variance) : 1));

    /// <summary>The ε-paths of this law's streams on [−target, target], ε ∈ (0, 1/3).</summary>
    public PathExperiment Paths(double target, double streamsPerTrial = 2.5) =>
        new(SeedStream.Named($"law {Key} {Variance.ToString("R", CultureInfo.InvariantCulture)} on ±{target.ToString("R", CultureInfo.InvariantCulture)}"),
            (seed, epsMin) => CoveringRadius.OfStream(seed, Draw, epsMin, 1.0 / 3, -target, target), 1.0 / 3, streamsPerTrial);
}
