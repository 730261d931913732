using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Neraca.Reference;
using Neraca.Tests.Imports.Xlsx;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Trade;

/// <summary>
/// Every sample BPS XLSX file imported with the real importer: `top --by hs2` and `top --by country` (Indonesia) for the
/// file's latest month agree to the cent with sums of the file's cells taken independently (the reader's raw facts,
/// grouped here), and the top N's shares plus the rest add up to 100.
/// </summary>
public class BpsSampleTopTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SharedData.SampleFiles)
        {
            data.Add(Path.GetFileName(file), "hs2");
            data.Add(Path.GetFileName(file), "country");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TopAsync_SampleFileLatestMonth_EqualsIndependentCellSums(string name, string by)
    {
        var path = Path.Combine(SharedData.BpsFolder, name);
        List<RawFact> facts;
        using (var stream = File.OpenRead(path))
        {
            facts = [.. new BpsPivotXlsxReader().Read(stream, new ReadContext(name))];
        }

        var flow = facts[0].Flow;
        var latest = facts.Where(f => f.Month > 0).Max(f => (f.Year * 100) + f.Month);
        var month = new YearMonth(latest / 100, latest % 100);
        var topBy = by == "hs2" ? TopBy.Hs2 : TopBy.Country;
        var expected = facts
            .Where(f => f.Year == month.Year && f.Month == month.Month)
            .GroupBy(f => topBy == TopBy.Hs2 ? (f.HsCode.Length >= 2 ? f.HsCode[..2] : "") : CountryKey(f.Country))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd), StringComparer.Ordinal);

        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using (var db = database.NewContext())
        {
            var summary = await new TradeImporter(db).ImportFileAsync(path, new ImportOptions());
            Assert.True(summary.Outcome == ImportOutcome.Imported, string.Join("\n", summary.Errors));
        }

        await using var read = database.NewContext();
        var figures = new TradeFigures(read);
        var all = await figures.TopAsync(topBy, flow, TradePeriod.From(month), null, TradeFigures.MaxTopN);
        var actual = all.Rows.ToDictionary(r => r.Key, r => r.ValueUsd!.Value, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Values.Sum(), all.TotalUsd);

        var top = await figures.TopAsync(topBy, flow, TradePeriod.From(month), null, 10);
        Assert.Equal(100m, top.TopSharePct + top.RestSharePct);
        Assert.Equal(top.TotalUsd, top.TopUsd + top.RestUsd);
        var restShare = top.TotalUsd == 0 ? 0m : top.RestUsd!.Value / top.TotalUsd!.Value * 100m;
        var shares = top.Rows.Sum(r => r.SharePct!.Value) + Math.Round(restShare, 2, MidpointRounding.AwayFromZero);
        Assert.InRange(shares, 100m - (0.01m * (top.Rows.Count + 1)), 100m + (0.01m * (top.Rows.Count + 1)));
    }

    /// <summary>The ranking key of a partner as filed: ISO alpha-2 when the name is known, else the name itself; "" = unspecified.</summary>
    private static string CountryKey(string name) => CountryNames.ResolveIso2(name) ?? name;
}
