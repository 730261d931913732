using System.Globalization;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

/// <summary>
/// BPS Lampung's published monthly totals (million US$, January 2018 – January 2020) loaded as published totals must
/// reproduce the percentages BPS printed within ±0.01 wherever both months are present.
/// </summary>
public class PublishedMonthlyTests
{
    private const short Lampung = 18;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Every printed percentage our figures do not reproduce within ±0.01, with its cause. Each cause was checked by
    /// hand against the file: the recomputation from the figures printed for the base month in the same release.
    /// </summary>
    private static readonly Dictionary<(string Period, string Column), string> KnownDifferences = new()
    {
        [("2019-05", "imports_mom_pct")] =
            "revised base month: April 2019 imports were first printed as 398.31; 480.08 / 1.2081 implies ≈397.38 in the May release (printed 20.81, we get 20.53)",
        [("2019-06", "exports_mom_pct")] =
            "revised base month: May 2019 exports 252.59 as first printed, 252.51 in the June release (printed -18.02, we get -18.05)",
        [("2019-09", "exports_mom_pct")] =
            "revised base month: August 2019 exports 251.93 as first printed; 273.12 / 1.0839 implies ≈251.98 in the September release (printed 8.39, we get 8.41)",
        [("2019-11", "exports_mom_pct")] =
            "revised base month: October 2019 exports 249.02 as first printed, 249.09 in the November release (printed 7.55, we get 7.59)",
    };

    private static readonly (string Column, Func<BalanceRow, decimal?> Value)[] Percentages =
    [
        ("exports_mom_pct", r => r.ExportsMomPct),
        ("exports_yoy_pct", r => r.ExportsYoyPct),
        ("imports_mom_pct", r => r.ImportsMomPct),
        ("imports_yoy_pct", r => r.ImportsYoyPct),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MonthlyBalanceAsync_LampungPublished2018To2020_ReproducesPrintedPercentages(Engine engine)
    {
        var file = ReadFile();
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines([.. TotalsOf(file)]));
        await using var db = database.NewContext();
        var rows = (await new TradeFigures(db).MonthlyBalanceAsync(Lampung, new YearMonth(2018, 1), new YearMonth(2020, 1)))
            .ToDictionary(r => r.Period, StringComparer.Ordinal);

        var compared = 0;
        var differences = new Dictionary<(string, string), string>();
        foreach (var printed in file)
        {
            var row = rows[printed.Period];
            if (printed.Fields["exports_musd"] is decimal x)
            {
                Assert.Equal(x * 1_000_000m, row.ExportsUsd);
            }

            foreach (var (column, value) in Percentages)
            {
                if (printed.Fields[column] is not decimal expected || value(row) is not decimal actual)
                {
                    continue; // not printed, or a base month that is not in the file: nothing to compare
                }

                compared++;
                if (Math.Abs(actual - expected) > 0.01m)
                {
                    differences[(printed.Period, column)] = string.Create(Inv, $"printed {expected}, computed {actual}");
                }
            }
        }

        Assert.Equal(45, compared);
        Assert.Equal(KnownDifferences.Keys.Order(), differences.Keys.Order());
    }

    [Fact]
    public void PublishedFile_January2020_BalanceIsExportsMinusImports()
    {
        var jan = ReadFile().Single(r => r.Period == "2020-01");

        Assert.Equal(61.53m, jan.Fields["exports_musd"] - jan.Fields["imports_musd"]);
        Assert.Equal(61.53m, jan.Fields["balance_musd"]);
    }

    /// <summary>
    /// The month's exports and imports as printed, plus the base months the releases printed (previous month, same month a
    /// year earlier) where the file has no figure of its own for that month (2017 months, December 2019 exports).
    /// </summary>
    private static IEnumerable<string> TotalsOf(List<PrintedMonth> file)
    {
        var values = new Dictionary<(char, YearMonth), decimal>();
        foreach (var r in file)
        {
            Put(values, 'X', r.Month, r.Fields["exports_musd"], overwrite: true);
            Put(values, 'M', r.Month, r.Fields["imports_musd"], overwrite: true);
        }

        foreach (var r in file)
        {
            Put(values, 'X', r.Month.AddMonths(-1), r.Fields["prev_month_exports_musd"], overwrite: false);
            Put(values, 'X', r.Month.AddMonths(-12), r.Fields["prev_year_exports_musd"], overwrite: false);
        }

        return values.Select(kv => Total(kv.Key.Item1, kv.Key.Item2.Year, kv.Key.Item2.Month, kv.Value * 1_000_000m, Lampung));
    }

    private static void Put(Dictionary<(char, YearMonth), decimal> values, char flow, YearMonth month, decimal? musd, bool overwrite)
    {
        if (musd is decimal v && (overwrite || !values.ContainsKey((flow, month))))
        {
            values[(flow, month)] = v;
        }
    }

    private sealed record PrintedMonth(string Period, YearMonth Month, Dictionary<string, decimal?> Fields);

    private static List<PrintedMonth> ReadFile()
    {
        var lines = File.ReadAllLines(RepoPaths.Shared("lampung", "published_monthly_2018_2020-01.csv"));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var cells = line.Split(',');
            var fields = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            for (var i = 1; i < header.Length - 1; i++)
            {
                fields[header[i]] = cells[i].Length == 0 ? null : decimal.Parse(cells[i], NumberStyles.Number, Inv);
            }

            return new PrintedMonth(cells[0], YearMonth.Parse(cells[0], "period"), fields);
        })];
    }
}
