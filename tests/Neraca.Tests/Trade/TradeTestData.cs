using System.Text;
using Neraca.Imports;
using Neraca.Tests.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Trade;

/// <summary>
/// Loads figures through the real importer with <see cref="LinesReader"/>:
/// "flow|year|month|hs|country|port|value|province" per line; no HS and no country = a published total.
/// </summary>
internal static class TradeTestData
{
    public static async Task<ImportSummary> LoadAsync(TestDatabase database, string lines, bool replace = false)
    {
        await using var db = database.NewContext();
        var summary = await new TradeImporter(db).ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(lines)), $"test-{Guid.NewGuid():N}.txt",
            new ImportOptions { Replace = replace }, new LinesReader());
        Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("\n", summary.Errors));
        return summary;
    }

    /// <summary>A published total: "X|2020|1||||206310000|18".</summary>
    public static string Total(char flow, int year, int month, decimal usd, short province) =>
        FormattableString.Invariant($"{flow}|{year}|{month}||||{usd}|{province}");

    /// <summary>A detailed fact.</summary>
    public static string Fact(char flow, int year, int month, string hs, string country, string port, decimal usd, short province) =>
        FormattableString.Invariant($"{flow}|{year}|{month}|{hs}|{country}|{port}|{usd}|{province}");

    public static string Lines(params string[] lines) => string.Join('\n', lines);
}
