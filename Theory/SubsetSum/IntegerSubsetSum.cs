using Rssp.Theory.Collections;
using Rssp.Theory.Validation;

namespace Rssp.Theory.SubsetSum;

/// <summary>An SSP instance (Definition 1): integers x_1..x_n and a target z. The target of §2.0.1's
/// NPP → SSP reduction is ½ Σ x_i, so it is stored doubled: TwiceTarget = 2z.</summary>
public sealed record SspInstance(ValueArray<long> Items, long TwiceTarget);

/// <summary>An NPP instance (Definition 8): integers x_1..x_n.</summary>
public sealed record NppInstance(ValueArray<long> Items);

/// <summary>Exact integer solvers for small n by meet in the middle over the two halves' subset sums
/// (hash sets of exact 64-bit sums), and the reductions of §2.0.1.</summary>
public static class IntegerSubsetSum
{
    public const int MaxItems = 40;

    /// <summary>|x_i| bound that keeps every sum (and 2z) exact in 64 bits.</summary>
    public const long MaxMagnitude = 1L << 40;

    /// <summary>A mask S with Σ_{i∈S} x_i = z, if one exists (Definition 1).</summary>
    public static ulong? SolveSsp(SspInstance instance)
    {
        var items = Validate(instance.Items);
        if ((instance.TwiceTarget & 1) != 0) return null; // z = k + ½ is no integer sum
        return FindSum(items, instance.TwiceTarget / 2);
    }

    /// <summary>A mask S with Σ_{x∈S} x − Σ_{x∉S} x = 0, if one exists (Definition 8).</summary>
    public static ulong? SolveNpp(NppInstance instance)
    {
        var items = Validate(instance.Items);
        var total = items.Sum();
        return (total & 1) != 0 ? null : FindSum(items, total / 2);
    }

    /// <summary>§2.0.1: SSP(x_1..x_n; z) ↦ NPP({x_1..x_n, Σ x_i − 2z}).</summary>
    public static NppInstance SspToNpp(SspInstance instance) =>
        new([.. Validate(instance.Items), instance.Items.Sum() - instance.TwiceTarget]);

    /// <summary>§2.0.1: NPP(x_1..x_n) ↦ SSP(x_1..x_n; ½ Σ x_i).</summary>
    public static SspInstance NppToSsp(NppInstance instance) =>
        new(Validate(instance.Items), instance.Items.Sum());

    public static long SumOf(long[] items, ulong mask) =>
        items.Where((_, i) => (mask >> i & 1) == 1).Sum();

    private static ulong? FindSum(long[] items, long target)
    {
        var half = items.Length / 2;
        var left = new Dictionary<long, ulong>();
        for (var mask = 0UL; mask < 1UL << half; mask++) left.TryAdd(SumOf(items, mask), mask);
        var rightCount = items.Length - half;
        for (var r = 0UL; r < 1UL << rightCount; r++)
        {
            var mask = r << half;
            if (left.TryGetValue(target - SumOf(items, mask), out var l)) return l | mask;
        }
        return null;
    }

    private static long[] Validate(ValueArray<long> instanceItems)
    {
        var items = instanceItems.ToArray();
        Guard.AtMost(items.Length, MaxItems, "items.Length");
        foreach (var x in items)
            if (Math.Abs(x) > MaxMagnitude)
                throw new ArgumentException($"items must satisfy |x| <= 2^40, got {x}.", nameof(items));
        return items;
    }
}
