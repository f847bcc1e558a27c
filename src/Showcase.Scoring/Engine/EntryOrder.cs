namespace Showcase.Scoring;

/// <summary>
/// Entry indices kept sorted by a <see cref="RankingKey"/> (a total order). Invariant: <c>Items</c> is strictly increasing
/// under the key it was last sorted or updated with, so an entry is found by binary search and one changed entry is
/// moved by one removal and one insertion, never a full sort.
/// </summary>
internal sealed class EntryOrder(int capacity)
{
    private readonly int[] _items = new int[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public int this[int index] => _items[index];

    public void Clear() => Count = 0;

    /// <summary>Makes this order the same as <paramref name="other"/> (of the same capacity).</summary>
    public void CopyFrom(EntryOrder other)
    {
        other._items.AsSpan(0, other.Count).CopyTo(_items);
        Count = other.Count;
    }

    public void Append(int entry) => _items[Count++] = entry;

    public void Sort(RankingKey key) => _items.AsSpan(0, Count).Sort(key);

    /// <summary>The index of <paramref name="entry"/>, found with its key as it was when it was placed.</summary>
    public int IndexOf(int entry, RankingKey key)
    {
        var index = LowerBound(entry, key);
        if (index >= Count || _items[index] != entry)
        {
            throw new InvalidOperationException($"Entry #{entry} is not where its key says it is.");
        }

        return index;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(_items, index + 1, _items, index, Count - index - 1);
        Count--;
    }

    /// <returns>The index it was inserted at.</returns>
    public int Insert(int entry, RankingKey key)
    {
        var index = LowerBound(entry, key);
        Array.Copy(_items, index, _items, index + 1, Count - index);
        _items[index] = entry;
        Count++;
        return index;
    }

    private int LowerBound(int entry, RankingKey key)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (key.Compare(_items[middle], entry) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
