using FsCheck.Fluent;
using Rssp.Theory.SubsetSum;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter3;

/// <summary>The proof of Proposition 16 after Eq. 3.3: the function h(u) = ½ ∫_{u−½}^{u+½} Y_n(y) dy as printed, the
/// printed h(−½) + h(½) = 2Z_n (which holds only without the ½ in h), the value u* with ∫_{u*−½}^{u*+½} Y_n = Z_n from
/// the intermediate value theorem, and Eq. 3.4's lower bound (1 − Z_n) Z_n at u*.</summary>
[Statement(16.5, "Proof of Proposition 16")]
public static class ProofOfProposition16
{
    /// <summary>|A ∩ [u − ½, u + ½]|, the integral of Y_n over the window of width 1 centred at u.</summary>
    public static double Window(IntervalSet a, double u) => a.Measure(u - 0.5, u + 0.5);

    /// <summary>u* ∈ [−½, ½] with Window(u*) = Z_n, by bisection on the continuous Window(u) − Z_n, whose values at ±½
    /// have opposite signs when Window(−½) + Window(½) = 2Z_n. When they have the same sign — in exact arithmetic only if
    /// the identity fails; in floating point also when both are zero up to rounding, as where the samples cover [−1, 1]
    /// and Window ≡ Z_n = 1 — u* is the end where |Window − Z_n| is least, so the margin then measures how far the
    /// identity is from holding rather than calling rounding a failure.</summary>
    public static double UStar(IntervalSet a, double zn)
    {
        double lo = -0.5, hi = 0.5;
        var (atLo, atHi) = (Window(a, lo) - zn, Window(a, hi) - zn);
        var sign = Math.Sign(atLo);
        if (sign == 0) return lo;
        if (Math.Sign(atHi) == sign) return Math.Abs(atLo) <= Math.Abs(atHi) ? lo : hi;
        for (var k = 0; k < 80 && hi - lo > 0; k++)
        {
            var mid = (lo + hi) / 2;
            if (Math.Sign(Window(a, mid) - zn) == sign) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    private static (IntervalSet A, double Zn) Set(RsspInstance t)
    {
        var a = Approximable.Set(t.Samples, t.Eps);
        return (a, a.Measure(-1, 1) / 2);
    }

    public static Claim HSumAsPrinted => Define.Exact("Proof of Proposition 16",
        "h(u) = ½ ∫_{u−½}^{u+½} Y_n(y) dy; h(−½) + h(½) = ∫_{−1}^{1} Y_n(y) dy = 2Z_n.",
        "h as printed from the exact approximable set; margin −|h(−½) + h(½) − 2Z_n|",
        () => RsspGens.Arbitrary(),
        t => HSumGap(t, 0.5, 2), variantName: "h(−½) + h(½) = 2Z_n as printed", tolerance: Tolerance.UnitSums,
        target: ClaimTarget.ProofStep("h(−½) + h(½) = 2Z_n with h as defined, in the proof of Proposition 16"),
        mutants: [new("2Z_n → Z_n", MutationKind.ConstantChanged, "h(−½) + h(½) = Z_n with h as printed.", t => HSumGap(t, 0.5, 1))]);

    /// <summary>−|scale·(h(−½) + h(½)) − k·Z_n| with h the window integral without the ½ (scale ½: h as printed).</summary>
    private static double HSumGap(RsspInstance t, double scale, double k)
    {
        var (a, zn) = Set(t);
        return -Math.Abs(scale * (Window(a, -0.5) + Window(a, 0.5)) - k * zn);
    }

    /// <summary>The intermediate-value step's margin: −max(|h(−½) + h(½) − 2Z_n|, |h(u*) − Z_n|), h without the ½.</summary>
    public static double? IntermediateValueMargin(RsspInstance t)
    {
        var (a, zn) = Set(t);
        return -Math.Max(Math.Abs(Window(a, -0.5) + Window(a, 0.5) - 2 * zn), Math.Abs(Window(a, UStar(a, zn)) - zn));
    }

    public static Claim IntermediateValue => Define.Exact("Proof of Proposition 16",
        "With h(u) = ∫_{u−½}^{u+½} Y_n(y) dy (without the ½, as h(−½) = ∫_{−1}^{0} Y_n is printed): h(−½) + h(½) = 2Z_n, so some u* ∈ [−½, ½] has h(u*) = Z_n.",
        "h(±½) from the exact set, then u* by bisection (the nearer end if h(±½) − Z_n have the same sign); margin −max(|h(−½) + h(½) − 2Z_n|, |h(u*) − Z_n|)",
        () => RsspGens.Arbitrary(),
        IntermediateValueMargin, Variant.Intended, "h without the ½: u* exists", tolerance: Tolerance.UnitSums, target: ClaimTarget.ProofStep("h without the ½: u* exists: the evident reading of a step of the proof of Proposition 16"),
        mutants: [new("2Z_n → Z_n", MutationKind.ConstantChanged, "h(−½) + h(½) = Z_n with h without the ½.", t => HSumGap(t, 1, 1))]);

    public static Claim Eq34AtUStar => Define.Exact("Proof of Proposition 16",
        "Eq. 3.4 at u = u*: ∫_{−1}^{1} (1 − Y_n(z)) ∫_{z−1}^{z+1} Y_n(y) dy dz ≥ ∫_{u*−½}^{u*+½} (1 − Y_n(z)) dz · ∫_{u*−½}^{u*+½} Y_n(y) dy = (1 − Z_n) Z_n.",
        "the left side as 4(E[Z_{n+1} | X_1..X_n] − Z_n) by Eq. 3.3's closed form (Theory.Eq33), the right one from the window at u* (bisection); margin left − right",
        () => RsspGens.Arbitrary(),
        t =>
        {
            var (a, zn) = Set(t);
            var us = UStar(a, zn);
            var w = Window(a, us);
            var full = 4 * (Eq33.Expectation(t.Samples, t.Eps) - zn);
            return full - (1 - w) * w;
        }, variantName: "Eq. 3.4 at u*", tolerance: Tolerance.Eq33Integral,
        target: ClaimTarget.ProofStep("Eq. 3.4 lower-bounded by (1 − Z_n) Z_n at u*, in the proof of Proposition 16"),
        mutants: [new("(1 − Z_n)Z_n → 4(1 − Z_n)Z_n", MutationKind.ConstantChanged, "the double integral ≥ 4(1 − Z_n)Z_n.", t => { var (a, zn) = Set(t); return 4 * (Eq33.Expectation(t.Samples, t.Eps) - zn) - 4 * (1 - zn) * zn; })]);

    public static IReadOnlyList<Claim> Claims => [HSumAsPrinted, IntermediateValue, Eq34AtUStar];
}
