using Neraca.Common;

namespace Neraca.Imports;

/// <summary>
/// This batch's scopes, about 60 bytes each: the key packed into a long (HS chapters interned) and running totals
/// in a struct array. A file has at most flows × periods × provinces × chapters scopes (about a million for ten
/// years of national detail), so memory is bounded by that key space, not by the number of rows.
/// </summary>
internal sealed class ScopeTable
{
    private Dictionary<long, int>? index = [];
    private readonly Dictionary<string, ushort> chapterIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> chapterLookup;
    private readonly List<string> chapters = [];
    private Entry[] entries = new Entry[256];

    public ScopeTable() => chapterLookup = chapterIds.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Adds one fact to its scope, creating the scope on first sight; returns the scope's position.</summary>
    public int Add(Flow flow, short year, byte month, Basis basis, short province, ReadOnlySpan<char> hs2, long milli, long? grams)
    {
        ObjectDisposedException.ThrowIf(index is null, this);
        var packed = Pack(flow, year, month, basis, province, ChapterId(hs2));
        if (!index.TryGetValue(packed, out var position))
        {
            position = Count++;
            if (position == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
            }

            entries[position] = new Entry { Key = packed, Grams = -1 };
            index[packed] = position;
        }

        ref var e = ref entries[position];
        e.Facts++;
        e.Milli = checked(e.Milli + milli); // an overflow rejects the import (ValueBounds)
        if (grams is long g)
        {
            e.Grams = checked(Math.Max(e.Grams, 0) + g);
        }

        return position;
    }

    public bool Contains(ScopeKey key) =>
        chapterIds.TryGetValue(key.Hs2, out var chapter)
        && (index ?? throw new ObjectDisposedException(nameof(ScopeTable))).ContainsKey(Pack(key.Flow, key.Year, key.Month, key.Basis, key.Province, chapter));

    /// <summary>Drops the key index once no fact is left to add: on a national file it is the import's largest structure.</summary>
    public void Seal() => index = null;

    public ScopeKey KeyAt(int position) => Unpack(entries[position].Key);

    public (long Facts, long Milli, long? Grams) TotalsAt(int position)
    {
        var e = entries[position];
        return (e.Facts, e.Milli, e.Grams < 0 ? null : e.Grams);
    }

    /// <summary>The distinct flow × year × month of the scopes, in first-seen order.</summary>
    public IEnumerable<(Flow Flow, short Year, byte Month)> Periods() =>
        Enumerable.Range(0, Count).Select(KeyAt).Select(k => (k.Flow, k.Year, k.Month)).Distinct();

    private ushort ChapterId(ReadOnlySpan<char> hs2)
    {
        if (chapterLookup.TryGetValue(hs2, out var id))
        {
            return id;
        }

        if (chapters.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("more than 65,536 distinct HS chapters in one file");
        }

        id = (ushort)chapters.Count;
        var text = hs2.ToString();
        chapters.Add(text);
        chapterIds[text] = id;
        return id;
    }

    // Layout (high to low): flow 4 bits, basis 4, month 8, year 16, province 16, chapter 16.
    private static long Pack(Flow flow, short year, byte month, Basis basis, short province, ushort chapter) =>
        ((long)flow << 60) | ((long)basis << 56) | ((long)month << 48) | ((long)(ushort)year << 32) | ((long)(ushort)province << 16) | chapter;

    private ScopeKey Unpack(long packed) => new(
        (Flow)(packed >> 60),
        (short)(ushort)(packed >> 32),
        (byte)(packed >> 48),
        (Basis)((packed >> 56) & 0xF),
        (short)(ushort)(packed >> 16),
        chapters[(ushort)packed]);

    private struct Entry
    {
        public long Key;
        public long Facts;
        public long Milli;
        public long Grams; // -1 until a fact of the scope reports a weight
    }
}
