namespace Rssp.Reports.Runs;

/// <summary>A share of the work: --shard i/k (0 ≤ i &lt; k) takes the trials (or claims) whose index is i mod k,
/// so k shards are disjoint, cover everything, and depend on nothing but i and k.</summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard Whole { get; } = new(0, 1);

    public bool IsWhole => Count == 1;

    public bool Owns(long index) => index % Count == Index;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Parses "i/k"; throws an ArgumentException naming --shard otherwise.</summary>
    public static Shard Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Whole;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var i) && int.TryParse(parts[1], out var k) && k >= 1 && i >= 0 && i < k)
            return new(i, k);
        throw new ArgumentException($"--shard must be i/k with 0 ≤ i < k (e.g. 0/4 … 3/4), got '{text}'.", "--shard");
    }
}
