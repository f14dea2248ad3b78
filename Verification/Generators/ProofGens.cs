using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Verification.Generators;

/// <summary>Generators for the proof-step claims, each built to satisfy the hypothesis of the step it feeds.</summary>
public static class ProofGens
{
    /// <summary>The most samples <see cref="Late"/> draws (meet in the middle accepts up to 48).</summary>
    public const int MaxLate = 40;

    /// <summary>X_1..X_n drawn one by one until Z_{n,ε} ≥ 1 − ε/2 first holds (Lemma 15's hypothesis), or null if
    /// <see cref="MaxLate"/> samples do not reach it: the first such n often leaves gaps, which the proof of Lemma 15 is
    /// about.</summary>
    public static Gen<RsspInstance?> Late(IReadOnlyList<double> epsGrid) =>
        from eps in Gen.Elements(epsGrid.ToArray())
        from seed in Gen.Choose(0, int.MaxValue)
        select FirstAtLeast(new Rng((ulong)seed).Symmetric(MaxLate), eps, 1 - eps / 2);

    /// <summary>The shortest prefix of <paramref name="samples"/> whose density reaches <paramref name="level"/>, or null.</summary>
    public static RsspInstance? FirstAtLeast(double[] samples, double eps, double level)
    {
        var z = Approximable.Trajectory(samples, eps);
        var n = Array.FindIndex(z, d => d >= level);
        return n < 0 ? null : new RsspInstance(samples[..n], eps);
    }

    /// <summary>β across (0, 1/8), both ends approached, with 1/16 (the suite's default β) now and then.</summary>
    public static Gen<double> Beta { get; } = Gen.Frequency(
        (10, Gen.Choose(1, 9999).Select(k => 0.125 * k / 10000)),
        (1, Gen.Elements(1e-6, 0.125 - 1e-6, 1.0 / 16)));

    /// <summary>ε across (0, 1/3), both ends approached.</summary>
    public static Gen<double> Eps { get; } = Gen.Frequency(
        (10, Gen.Choose(1, 3332).Select(k => k / 10000.0)),
        (1, Gen.Elements(1e-6, 1.0 / 3 - 1e-9)));
}
