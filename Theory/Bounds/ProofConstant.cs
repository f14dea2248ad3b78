using Rssp.Theory.Validation;

namespace Rssp.Theory.Bounds;

/// <summary>Which bound the proof of Theorem 6 uses for the second phase.</summary>
public enum SecondPhaseBound
{
    /// <summary>Lemma 23 as printed: (7/8)^{n−k}.</summary>
    Lemma23Printed,

    /// <summary>The Markov step carried out: (7/8)^{n−k}/ε.</summary>
    Lemma23MarkovStep,
}

/// <summary>The sample size the proof of Theorem 6 certifies, with each step made explicit: the proof
/// asks both factors of (1 − (7/8)^{n−k})·(1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²)) to be ≥ 1 − ε/2, with
/// k ≥ (α + 1)/p_β (Proposition 20's hypothesis). n(β, ε) = k_min + m_min, and every n ≥ n(β, ε) is certified too (a
/// larger second phase only lowers its bound). Remark 7 normalises by L(ε) = ln(1/(2ε)). n(β, ε) is a step function of ε
/// that does not increase with ε and is right-continuous (each ceiling and each "smallest integer with …" holds at
/// equality), so everything here is read exactly from its pieces (<see cref="Pieces"/>), with no ε grid.</summary>
public static class ProofConstant
{
    /// <summary>The smallest k ≥ (α+1)/p (Proposition 20's hypothesis) with exp(−(2p²/k)(k − α/p)²) ≤ ε/2. On that range
    /// (k − α/p)²/k increases with k, so the condition is monotone and the smallest k is found by search.</summary>
    public static int FirstPhase(double beta, double eps)
    {
        var p = GrowthProbability.PBeta(beta);
        var alpha = FirstPhaseTail.Alpha(beta, eps);
        var a = alpha / p;
        return checked((int)Smallest.From((long)Math.Ceiling((alpha + 1) / p), k => Math.Exp(-2 * p * p / k * (k - a) * (k - a)) <= eps / 2));
    }

    /// <summary>The smallest m = n − k ≥ 1 whose second-phase bound is ≤ ε/2: (7/8)^m ≤ ε/2 as printed, (7/8)^m/ε ≤ ε/2
    /// with the Markov step's factor.</summary>
    public static int SecondPhase(double eps, SecondPhaseBound bound)
    {
        Guard.InOpen(eps, 0, 0.5);
        var target = bound == SecondPhaseBound.Lemma23Printed ? eps / 2 : eps * eps / 2;
        return (int)Smallest.From(1, m => Math.Pow(7.0 / 8.0, m) <= target);
    }

    /// <summary>n(β, ε): the sample size the proof certifies.</summary>
    public static int SampleSize(double beta, double eps, SecondPhaseBound bound) =>
        FirstPhase(beta, eps) + SecondPhase(eps, bound);

    /// <summary>Remark 7's normalisation L(ε) = ln(1/(2ε)).</summary>
    public static double Log(double eps) => Math.Log(1 / (2 * eps));

    /// <summary>min over β ∈ (0, 1/8) of n(β, ε) and a β attaining it, exactly over the doubles β. Where
    /// α_{β,ε} = j is constant, n(β, ε) does not decrease with β (p_β decreases, so α/p_β, the hypothesis (α+1)/p_β and the
    /// first phase grow; the second phase does not depend on β): the minimum over that interval is at its left end, the
    /// smallest β with α_{β,ε} ≤ j (found from ln(1 + β) = L/j and settled on the doubles). α = j makes k &gt; j/p_β &gt; 8j,
    /// so j stops where 8j reaches the best n found. A β whose hypothesis (α+1)/p_β alone exceeds the best is skipped (near
    /// 1/8, p_β → 0 and its n is huge): the search starts from β = 1/20.</summary>
    public static (double Beta, int N) BestBeta(double eps, SecondPhaseBound bound)
    {
        var log = Log(Guard.InOpen(eps, 0, 0.5));
        var m = SecondPhase(eps, bound);
        var best = (Beta: 0.05, N: SampleSize(0.05, eps, bound));
        for (var j = Math.Max(1, (int)Math.Floor(log / Math.Log(1.125))); 8L * j < best.N; j++)
            if (SmallestBetaWithAlphaAtMost(j, eps, log) is double b && (j + 1) / GrowthProbability.PBeta(b) + m < best.N
                && FirstPhase(b, eps) + m is var n && (n < best.N || (n == best.N && b < best.Beta)))
                best = (b, n);
        return best;
    }

    /// <summary>The smallest double β ∈ (0, 1/8) with α_{β,ε} ≤ j, or null if none.</summary>
    private static double? SmallestBetaWithAlphaAtMost(int j, double eps, double log)
    {
        const double top = 0.125;
        var b = Math.Max(double.ExpM1(log / j), double.Epsilon);
        while (b < top && FirstPhaseTail.Alpha(b, eps) > j) b = Math.BitIncrement(b);
        if (b >= top) return null;
        while (Math.BitDecrement(b) > 0 && FirstPhaseTail.Alpha(Math.BitDecrement(b), eps) <= j) b = Math.BitDecrement(b);
        return b;
    }

    /// <summary>lim_{ε→0} n(β, ε)/L(ε) in closed form: with λ = ln(1 + β) and p = p_β, α ~ L/λ and ln(2/ε) ~ L, the first
    /// phase is the root k = a + c/2 + √(ac + c²/4) of 2p²(k − a)² = k·ln(2/ε) (a = α/p, c = ln(2/ε)/(2p²)), so
    /// k/L → 1/(λp) + 1/(4p²) + √(1/(2λp³) + 1/(16p⁴)); the second phase adds s/ln(8/7), s = 1 as printed (ln(2/ε)) and
    /// 2 with the Markov step (ln(2/ε²)).</summary>
    public static double Limit(double beta, SecondPhaseBound bound)
    {
        var (p, lambda) = (GrowthProbability.PBeta(beta), Math.Log(1 + beta));
        var first = 1 / (lambda * p) + 1 / (4 * p * p) + Math.Sqrt(1 / (2 * lambda * p * p * p) + 1 / (16 * p * p * p * p));
        return first + (bound == SecondPhaseBound.Lemma23Printed ? 1 : 2) / Math.Log(8.0 / 7);
    }

    /// <summary>inf over β ∈ (0, 1/8) of <see cref="Limit"/> and the β attaining it: Limit is smooth on (0, 1/8) and tends
    /// to ∞ at both ends (λ → 0, p → 0); the best of 1000 evenly spaced β, refined by golden section between its
    /// neighbours.</summary>
    public static (double Beta, double C) BestLimit(SecondPhaseBound bound)
    {
        const int points = 1000;
        double F(double b) => Limit(b, bound);
        var i = Enumerable.Range(1, points - 1).MinBy(i => F(0.125 * i / points));
        var (lo, hi) = (0.125 * (i - 1) / points, 0.125 * (i + 1) / points);
        var g = (Math.Sqrt(5) - 1) / 2;
        while (hi - lo > 1e-13)
        {
            var (x1, x2) = (hi - g * (hi - lo), lo + g * (hi - lo));
            if (F(x1) < F(x2)) hi = x2;
            else lo = x1;
        }
        var beta = (lo + hi) / 2;
        return (beta, F(beta));
    }

    /// <summary>An upper bound U(ε) on n(β, ε′)/L(ε′) for every ε′ ≤ ε ≤ 1/3: n(β, ε) with α ≤ L/λ + 1, the first phase at
    /// most its root + 2 and the second at most s·ln(2/ε)/ln(8/7) + 2 (one for each ceiling and one for rounding in the
    /// floating comparison). Each term over L is (A·L + B)/L or √(a polynomial in L with coefficients ≥ 0)/L, so U falls as
    /// L grows: below ε it bounds every ratio. It tends to <see cref="Limit"/> as ε → 0, and tells where a sup over ε can
    /// stop looking.</summary>
    public static double Envelope(double beta, double eps, SecondPhaseBound bound)
    {
        var log = Log(Guard.InOpen(eps, 0, 0.5));
        var (p, lambda) = (GrowthProbability.PBeta(beta), Math.Log(1 + beta));
        var (a, d) = ((log / lambda + 1) / p, log + 2 * Math.Log(2));
        var c = d / (2 * p * p);
        var second = bound == SecondPhaseBound.Lemma23Printed ? d : 2 * log + 3 * Math.Log(2);
        return (a + c / 2 + Math.Sqrt(a * c + c * c / 4) + 2 + second / Math.Log(8.0 / 7) + 2) / log;
    }

    /// <summary>One piece of a step function n of ε: n = N on [Low, High), where Low is the jump at which n steps down to N
    /// (the smallest double with n ≤ N) and High the jump above (or the top of the range, excluded).</summary>
    public readonly record struct Piece(int N, double Low, double High)
    {
        /// <summary>sup over the piece of (N − offset)/L(ε): approached as ε ↑ High, attained nowhere (L falls with ε).</summary>
        public double Sup(int offset) => (N - offset) / Log(High);
    }

    /// <summary>The pieces of n, a step function of ε ∈ (0, top) that does not increase with ε, is right-continuous and grows
    /// without bound as ε → 0, from the top down: each jump located to adjacent doubles by bisection on the doubles' order
    /// (n(ε) &gt; N at the double below Low, n(Low) ≤ N). Lazy and endless: the caller takes what it needs.</summary>
    public static IEnumerable<Piece> Pieces(Func<double, int> n, double top)
    {
        var high = top;
        while (true)
        {
            var value = n(Math.BitDecrement(high));
            var below = high / 2;
            while (n(below) <= value) below /= 2;
            var (lo, hi) = (BitConverter.DoubleToInt64Bits(below), BitConverter.DoubleToInt64Bits(Math.BitDecrement(high)));
            while (hi - lo > 1)
            {
                var mid = lo + (hi - lo) / 2;
                if (n(BitConverter.Int64BitsToDouble(mid)) <= value) hi = mid;
                else lo = mid;
            }
            var low = BitConverter.Int64BitsToDouble(hi);
            yield return new Piece(value, low, high);
            high = low;
        }
    }

    /// <summary>A sample size over ε ∈ (0, 1/3) read exactly against a printed constant C: its pieces from 1/3 down to the
    /// first ε (Cut) below which the envelope lies under both C and the sup of (n − 1)/L found so far, so that no lower
    /// piece can raise the sup or fall short of C.</summary>
    public sealed record Path(IReadOnlyList<Piece> Pieces, double Cut, double Constant)
    {
        /// <summary>sup over (0, 1/3) of (n(ε) − offset)/L(ε) and the piece whose upper end approaches it. Offset 1 gives the
        /// smallest C with which every n ≥ C·L(ε) is certified for every ε (n is an integer: ⌈C·L⌉ ≥ n(ε) ⟺ C·L &gt; n(ε) − 1);
        /// offset 0 the sup of n(ε)/L(ε).</summary>
        public (double Value, Piece At) Sup(int offset) => Pieces.Select(p => (p.Sup(offset), p)).MaxBy(t => t.Item1);

        /// <summary>The pieces on which ⌈C·L(ε)⌉ &lt; n(ε) somewhere, each with the smallest double ε of the piece where it does
        /// (⌈C·L⌉ falls as ε grows, so from there to the piece's top), top down.</summary>
        public IReadOnlyList<(Piece Piece, double From)> Short { get; } =
        [
            .. Pieces.Where(p => ShortAt(Constant, p.N, Math.BitDecrement(p.High))).Select(p =>
            {
                var e = Math.Max(p.Low, Math.Exp(-(p.N - 1) / Constant) / 2);
                while (e < p.High && !ShortAt(Constant, p.N, e)) e = Math.BitIncrement(e);
                while (e > p.Low && ShortAt(Constant, p.N, Math.BitDecrement(e))) e = Math.BitDecrement(e);
                return (p, e);
            }),
        ];

        /// <summary>The smallest ε at which ⌈C·L(ε)⌉ samples fall short of n(ε) (C is reproduced for every smaller ε), or
        /// null if C suffices on all of (0, 1/3).</summary>
        public double? Reach => Short.Count == 0 ? null : Short[^1].From;

        private static bool ShortAt(double constant, int n, double eps) => Math.Ceiling(constant * Log(eps)) < n;
    }

    /// <summary>The <see cref="Path"/> of n against C: pieces from 1/3 down until envelope(Low) &lt; min(C, sup of (n − 1)/L so
    /// far); envelope(ε) must bound n(ε′)/L(ε′) for every ε′ ≤ ε (<see cref="Envelope"/>). Null once a piece's (n − 1)/L
    /// reaches <paramref name="abandon"/> (a search that needs only paths below it); fails after 10⁶ pieces.</summary>
    public static Path? PathOf(Func<double, int> n, Func<double, double> envelope, double constant, double abandon = double.PositiveInfinity)
    {
        var pieces = new List<Piece>();
        var sup = double.NegativeInfinity;
        foreach (var piece in Pieces(n, 1.0 / 3))
        {
            pieces.Add(piece);
            sup = Math.Max(sup, piece.Sup(1));
            if (sup >= abandon) return null;
            if (envelope(piece.Low) < Math.Min(constant, sup)) return new Path(pieces, piece.Low, constant);
            if (pieces.Count >= 1_000_000) throw new InvalidOperationException("the proof's sample size did not settle below its envelope within 10⁶ pieces.");
        }
        throw new InvalidOperationException("unreachable: the pieces are endless.");
    }

    /// <summary>The path of n(β, ε) at one β.</summary>
    public static Path PathAt(double beta, SecondPhaseBound bound, double constant) => PathAt(beta, bound, constant, double.PositiveInfinity)!;

    private static Path? PathAt(double beta, SecondPhaseBound bound, double constant, double abandon) =>
        PathOf(e => SampleSize(beta, e, bound), e => Envelope(beta, e, bound), constant, abandon);

    /// <summary>The path of min over β of n(β, ε) (<see cref="BestBeta"/>: β chosen per ε), bounded by the envelope at the
    /// β of <see cref="BestLimit"/> (any β's envelope bounds the minimum).</summary>
    public static Path BestPath(SecondPhaseBound bound, double constant)
    {
        var beta = BestLimit(bound).Beta;
        return PathOf(e => BestBeta(e, bound).N, e => Envelope(beta, e, bound), constant)!;
    }

    /// <summary>One β for "some β works for every ε": the smallest sup over ε of (n(β, ε) − 1)/L(ε) among 249 evenly spaced
    /// β in (0, 1/8) and, around the best, ±1 step in 1/100 steps (branch and bound: a β is dropped once its limit or a
    /// piece's ratio reaches the best so far). An upper bound on the minimum over β, which no scan makes exact: the
    /// sup of (n − 1)/L at β chosen per ε (<see cref="BestPath"/>) is a lower bound.</summary>
    public static (double Beta, double Sup) ScanBeta(SecondPhaseBound bound)
    {
        var (start, _) = BestLimit(bound);
        double? SupAt(double b, double abandon) => PathAt(b, bound, double.PositiveInfinity, abandon)?.Sup(1).Value;
        var best = (Beta: start, Sup: SupAt(start, double.PositiveInfinity)!.Value);
        void Try(double b)
        {
            if (b <= 0 || b >= 0.125 || Limit(b, bound) >= best.Sup) return;
            if (SupAt(b, best.Sup) is double s && s < best.Sup) best = (b, s);
        }
        const double step = 0.125 / 250;
        foreach (var i in Enumerable.Range(1, 249)) Try(i * step);
        var centre = best.Beta;
        foreach (var i in Enumerable.Range(-100, 201)) Try(centre + i * step / 100);
        return best;
    }
}
