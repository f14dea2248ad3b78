using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Rssp.Theory.Collections;

/// <summary>An immutable array with value equality, for records: two records holding equal elements in the same
/// order are equal (an array or <see cref="ImmutableArray{T}"/> field would compare by reference).</summary>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> items;

    public ValueArray(ImmutableArray<T> items) => this.items = items;

    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    public int Count => Items.Length;

    public int Length => Items.Length;

    public T this[int index] => Items[index];

    public T[] ToArray() => [.. Items];

    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    public bool Equals(ValueArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }

    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    public static implicit operator ValueArray<T>(T[] items) => new([.. items]);

    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator ReadOnlySpan<T>(ValueArray<T> items) => items.AsSpan();

    public override string ToString() => $"[{string.Join(", ", Items)}]";
}

/// <summary>Builds <see cref="ValueArray{T}"/> from collection expressions.</summary>
public static class ValueArray
{
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);
}
