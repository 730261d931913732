namespace Neraca.Imports.Csv;

/// <summary>
/// Reuses one string per distinct text (ports, countries and HS codes repeat on most rows), so a large file
/// costs no string allocation per field. Bounded: past the cap new texts are allocated but not kept.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 100_000;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var created = text.ToString();
        if (pool.Count < MaxEntries)
        {
            pool.Add(created, created);
        }

        return created;
    }
}
