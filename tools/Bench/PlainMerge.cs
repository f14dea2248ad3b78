namespace Rssp.Bench;

/// <summary>The peer for coverage: a plain interval merge (List of pairs, sort-free linear merge, a new list
/// per step), exact lookahead windows, a fixed horizon of 3·log₂(1/ε) + 25 samples and no early stop;
/// T_ε is read off the stored coverage flags afterwards.</summary>
public static class PlainMerge
{
    public static int Horizon(double eps) => (int)Math.Ceiling(3 * Math.Log2(1 / eps)) + 25;

    public static int StoppingTime(double[] xs, double eps)
    {
        var n = xs.Length;
        var pos = new double[n + 1];
        var neg = new double[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            pos[k] = pos[k + 1] + Math.Max(xs[k], 0);
            neg[k] = neg[k + 1] + Math.Min(xs[k], 0);
        }
        var set = new List<(double Lo, double Hi)> { (-eps, eps) };
        var first = -1;
        for (var k = 1; k <= n; k++)
        {
            var (lo, hi) = (-1 - pos[k] - 1e-9, 1 - neg[k] + 1e-9);
            var next = new List<(double Lo, double Hi)>();
            int i = 0, j = 0;
            while (i < set.Count || j < set.Count)
            {
                (double Lo, double Hi) take = j >= set.Count || (i < set.Count && set[i].Lo <= set[j].Lo + xs[k - 1])
                    ? set[i++]
                    : (set[j].Lo + xs[k - 1], set[j++].Hi + xs[k - 1]);
                var (l, h) = (Math.Max(take.Lo, lo), Math.Min(take.Hi, hi));
                if (l > h) continue;
                if (next.Count > 0 && l <= next[^1].Hi) next[^1] = (next[^1].Lo, Math.Max(next[^1].Hi, h));
                else next.Add((l, h));
            }
            set = next;
            if (first < 0 && set.Any(t => t.Lo <= -1 && t.Hi >= 1)) first = k;
        }
        return first;
    }
}
