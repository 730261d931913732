namespace Neraca.Imports;

/// <summary>Picks the reader from the file's first bytes (a ZIP is an XLSX, JSON is the WebAPI), else by extension.</summary>
public static class ImportFormats
{
    private static readonly List<(Func<string, byte[], bool> Matches, Func<ITradeReader> Create)> Registry = [];

    public static void Register(Func<string, byte[], bool> matches, Func<ITradeReader> create) => Registry.Add((matches, create));

    public static ITradeReader Choose(string fileName, Stream stream)
    {
        var head = new byte[64];
        var n = stream.Read(head, 0, head.Length);
        Array.Resize(ref head, n);
        foreach (var (matches, create) in Registry)
        {
            if (matches(fileName, head))
            {
                return create();
            }
        }

        throw new TradeFileException($"{fileName}: unrecognised file format (expected a BPS XLSX, a BPS WebAPI JSON or a flat CSV)");
    }
}
