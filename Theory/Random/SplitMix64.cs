namespace Rssp.Theory.Random;

/// <summary>SplitMix64 (Steele, Lea, Flood): the seeding and seed-derivation mixer.</summary>
public static class SplitMix64
{
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A seed derived from a master seed and a path (claim, trial index, …):
    /// distinct paths give statistically independent streams, and the same path the same stream.</summary>
    public static ulong Derive(ulong master, params ReadOnlySpan<ulong> path)
    {
        var h = Mix(master ^ 0x6A09E667F3BCC909UL);
        foreach (var p in path) h = Mix(h ^ Mix(p + 0x9E3779B97F4A7C15UL));
        return h;
    }

    /// <summary>A stable 64-bit hash of a name (FNV-1a), for deriving seeds from claim ids.</summary>
    public static ulong Hash(string name)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in name) h = (h ^ c) * 0x100000001B3UL;
        return Mix(h);
    }
}
