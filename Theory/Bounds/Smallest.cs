namespace Rssp.Theory.Bounds;

/// <summary>The smallest integer at or above a start where a monotone condition holds (false, …, false, true, …):
/// doubling steps until it holds, then bisection. The proof's phase lengths and §4.1's widths are all of this form.</summary>
internal static class Smallest
{
    public static long From(long start, Func<long, bool> holds)
    {
        if (holds(start)) return start;
        long below = start, above = start + 1;
        while (!holds(above)) (below, above) = (above, above + 2 * (above - start));
        while (above - below > 1)
        {
            var mid = below + (above - below) / 2;
            if (holds(mid)) above = mid;
            else below = mid;
        }
        return above;
    }
}
