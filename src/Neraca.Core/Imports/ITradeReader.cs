namespace Neraca.Imports;

/// <summary>
/// Reads one file format as a stream of facts. A reader never throws for bad data: it reports each problem
/// through <see cref="ReadContext.Error"/> with its position and goes on, so the user sees every error at once.
/// It throws <see cref="TradeFileException"/> only when the file cannot be read at all (not a ZIP, not JSON).
/// </summary>
public interface ITradeReader
{
    /// <summary>Short format name stored with the batch: "bps-xlsx", "bps-webapi", "csv".</summary>
    string Format { get; }

    IEnumerable<RawFact> Read(Stream stream, ReadContext context);
}

/// <summary>The file as a whole cannot be read (wrong format, truncated, an API error response): which file and why (a code).</summary>
public sealed class TradeFileException(string fileName, ImportMessage reason, Exception? inner = null)
    : Exception($"{fileName}: {reason}", inner)
{
    public string FileName { get; } = fileName;

    public ImportMessage Reason { get; } = reason;
}
