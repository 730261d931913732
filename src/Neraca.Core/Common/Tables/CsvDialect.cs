namespace Neraca.Common.Tables;

/// <summary>
/// How a CSV file separates fields and writes decimals. Excel opens a CSV with the list separator and decimal
/// symbol of the reader's Windows locale: in Indonesian that is `;` and a decimal comma, in English `,` and a point.
/// A download for an Indonesian reader therefore uses <see cref="Indonesian"/>; the CLI and English downloads use
/// <see cref="English"/> (also what scripts expect). Numbers never carry thousands separators (see decision 0016).
/// </summary>
public sealed record CsvDialect(char Separator, char DecimalSeparator)
{
    public static readonly CsvDialect Indonesian = new(';', ',');

    public static readonly CsvDialect English = new(',', '.');

    /// <summary>The dialect for a two-letter language code ("en" → English, anything else → Indonesian).</summary>
    public static CsvDialect For(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
}
