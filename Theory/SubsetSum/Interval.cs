namespace Rssp.Theory.SubsetSum;

/// <summary>A closed interval [Lo, Hi] with Lo ≤ Hi (a point when Lo = Hi).</summary>
public readonly record struct Interval(double Lo, double Hi)
{
    public double Length => Hi - Lo;

    public bool Contains(double z) => Lo <= z && z <= Hi;

    public override string ToString() => $"[{Lo:R}, {Hi:R}]";
}
