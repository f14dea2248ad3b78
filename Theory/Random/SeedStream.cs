namespace Rssp.Theory.Random;

/// <summary>The one seed scheme of the suite. A stream is a 64-bit id: a named stream's id is the hash of its name
/// (<see cref="Named"/>), and a sub-stream's is its parent's id XOR the mix of a key — i + 1 for the i-th child, the
/// hash of the name for a named one (<see cref="Child(int)"/>, <see cref="Child(string)"/>). Every seed drawn from a
/// stream under a master seed m is <see cref="SplitMix64.Derive"/>(m, id) for the stream's own seed and
/// Derive(m, id, i) for its trial i. The same path gives the same seeds wherever it is taken.</summary>
public readonly record struct SeedStream(ulong Id)
{
    /// <summary>The stream of a name (a claim's key, a figure's name).</summary>
    public static SeedStream Named(string name) => new(SplitMix64.Hash(name));

    /// <summary>The i-th sub-stream (a grid point, a layer, an entry), i ≥ 0.</summary>
    public SeedStream Child(int index) =>
        index >= 0 ? new(Id ^ SplitMix64.Mix((ulong)index + 1)) : throw new ArgumentOutOfRangeException(nameof(index), index, "a child index is >= 0.");

    /// <summary>The sub-stream of a name (a constant's grid point by its label).</summary>
    public SeedStream Child(string name) => new(Id ^ SplitMix64.Mix(SplitMix64.Hash(name)));

    /// <summary>The stream's own seed under a master seed (for a single draw, e.g. an FsCheck run).</summary>
    public ulong Seed(ulong master) => SplitMix64.Derive(master, Id);

    /// <summary>The seed of trial i of the stream under a master seed.</summary>
    public ulong TrialSeed(ulong master, long trial) =>
        trial >= 0 ? SplitMix64.Derive(master, Id, (ulong)trial) : throw new ArgumentOutOfRangeException(nameof(trial), trial, "a trial index is >= 0.");
}
