namespace Rssp.Verification.Checking;

/// <summary>The rounding allowances of exact claims compared in floating point, each sized by the error of the computation
/// it covers (double precision, unit round-off u = 1.1·10⁻¹⁶). An allowance is absolute only where the values compared are
/// of order one; where they may be tiny (tail probabilities) the claim compares ratios, with a relative allowance.</summary>
public static class Tolerance
{
    /// <summary>Absolute, for sums of at most a few thousand doubles of magnitude ≤ 1 (densities Z_n, exact conditional
    /// expectations and probabilities over ≤ 2¹⁴ intervals, CDF differences): at most ~10⁴·u ≈ 10⁻¹² of round-off.</summary>
    public const double UnitSums = 1e-12;

    /// <summary>Absolute, for convolutions and norms of the tensor cases (≤ 5·5·4 = 100 products of entries in [−1, 1] per
    /// output, sums ≤ 100): at most 100·100·u ≈ 10⁻¹².</summary>
    public const double Convolutions = 1e-12;

    /// <summary>Absolute, for Eq. 3.3's double integral by prefix sums over up to ~10⁴ intervals against the direct
    /// integral of the piecewise-linear Z_{n+1}(x): two independent evaluations with ~10⁶ rounded terms each, ≤ 10⁶·u ≈ 10⁻¹⁰.</summary>
    public const double Eq33Integral = 1e-10;

    /// <summary>Relative, for the tail of up to 14 convolved geometric laws on n ≤ 120 (Eq. 3.11's second method), a sum of
    /// positive terms without cancellation (each pmf value ≤ 14·120 rounded products and sums, ≤ ~2·10³·u ≈ 2·10⁻¹³
    /// relative), against MathNet's binomial tail (≤ 6·10⁻¹³ relative for n ≤ 500) or against another such tail: against
    /// log-space sums of the binomial pmf the worst relative error measured is 3.8·10⁻¹³ (ToleranceTests), so two such tails
    /// differ by at most ~10⁻¹²; the allowance is five times that.</summary>
    public const double GeometricTailRelative = 5e-12;

    /// <summary>Relative, for Proposition 18's closing algebra: (Z_n(1 + 1/8) − Z_n(1 + β))/(2Z_n − Z_n(1 + β)), (1/8 − β)/(1 − β)
    /// and 1 − 7/(8(1 − β)), all of size p_β ≈ (1/8 − β)/(1 − β), each computed by a difference of terms of order one (or of
    /// order Z_n) that cancel to it: a few u lost against p_β, so relative ≈ 6u/(1/8 − β) ≈ 7·10⁻¹⁰ at the generator's largest
    /// β, 1/8 − 10⁻⁶ (measured at most 3.3·10⁻¹⁰; ToleranceTests).</summary>
    public const double ClosingAlgebra = 1e-9;

    /// <summary>Relative, for a binomial tail by MathNet's regularized incomplete beta (a continued fraction, no
    /// cancellation; against log-space sums of the pmf, the worst relative error measured is 6·10⁻¹³ for n ≤ 500, 7·10⁻¹² for
    /// n ≤ 5000 and 6·10⁻¹¹ for n ≤ 50000, the range of Eq. 3.12; ToleranceTests) compared with a closed-form exponential
    /// bound (relative error ~u·|exponent| ≤ 10⁻¹³).</summary>
    public const double BinomialTailRelative = 1e-10;

    /// <summary>Relative, as <see cref="BinomialTailRelative"/> but for n ≤ 500 (Theorem 21's range), where the worst
    /// relative error measured is 6·10⁻¹³.</summary>
    public const double BinomialTailRelativeUpTo500 = 1e-12;

    /// <summary>Relative, for ratios of parameter counts up to ~10¹⁰ (exact integers in doubles) and logarithms: ≤ 10·u.</summary>
    public const double CountRatio = 1e-12;

    /// <summary>Absolute, for the certified suprema of the pruning constructions (sums of ≤ 10³ products of weights in
    /// [−1, 1], and (1 + ε/2ℓ)^ℓ − 1 by log1p/expm1): ≤ 10³·u ≈ 10⁻¹³.</summary>
    public const double Certificates = 1e-12;
}
