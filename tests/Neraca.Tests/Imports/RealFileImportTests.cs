using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>The real BPS files through the whole pipeline (reader, normalizer, transaction) on both engines.</summary>
public class RealFileImportTests
{
    private static async Task<ImportSummary> ImportAsync(TestDatabase database, string path, ImportOptions? options = null)
    {
        await using var db = database.NewContext();
        return await new TradeImporter(db).ImportFileAsync(path, options ?? new ImportOptions());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_WebApiAnnualAndMonthly_StoredSumsAgreePerPortAndCountry(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var annual = await ImportAsync(database, RepoPaths.Shared("bps", "webapi", "trade_exp_annual_03_2024.json"));
        var monthly = await ImportAsync(database, RepoPaths.Shared("bps", "webapi", "trade_exp_monthly_03_2024.json"));

        Assert.Equal(ImportOutcome.Imported, annual.Outcome);
        Assert.Equal(ImportOutcome.Imported, monthly.Outcome);
        Assert.Equal(686, annual.FactsImported);
        Assert.Equal(4590, monthly.FactsImported);
        Assert.Empty(annual.UnknownCountries);
        await using var db = database.NewContext();
        var sums = await (from f in db.TradeFacts
                          join s in db.BatchScopes on f.ScopeId equals s.Id
                          where s.IsActive
                          group f by new { Annual = s.Month == 0, f.PortId, f.CountryId } into g
                          select new { g.Key.Annual, g.Key.PortId, g.Key.CountryId, Milli = g.Sum(x => x.ValueMilli) }).ToListAsync();
        var annualSums = sums.Where(s => s.Annual).ToDictionary(s => (s.PortId, s.CountryId), s => s.Milli);
        var monthlySums = sums.Where(s => !s.Annual).ToDictionary(s => (s.PortId, s.CountryId), s => s.Milli);
        Assert.Equal(Money.ToMilli(3_995_628_247.491m), annualSums.Values.Sum());
        Assert.Equal(annualSums.Count, monthlySums.Count);
        Assert.All(annualSums, a => Assert.Equal(a.Value, monthlySums[a.Key]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_WebApiErrorRecordings_RejectedAndNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);
        var expected = new Dictionary<string, string>
        {
            ["error_bad_key.json"] = "re-check your key",
            ["error_waf_block.json"] = "HTML",
            ["data_list_not_available.json"] = "no data",
            ["error_data_missing_th.json"] = "'th' parameter is required",
        };

        foreach (var (file, phrase) in expected)
        {
            var summary = await ImportAsync(database, RepoPaths.Shared("bps", "webapi", file), new ImportOptions { Flow = Flow.Export });

            Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
            Assert.Contains(summary.Errors, e => e.Text.Contains(file, StringComparison.Ordinal) && e.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_LampungJanuary2020Csv_TwoPublishedTotalsWithUnspecifiedMembers(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var path = TempFile("lampung-2020-01.csv", "period,flow,province,value_usd\n2020-01,export,18,206310000\n2020-01,import,18,144780000\n");

        var summary = await ImportAsync(database, path);

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        Assert.Equal(2, summary.FactsImported);
        await using var db = database.NewContext();
        var facts = await (from f in db.TradeFacts
                           join s in db.BatchScopes on f.ScopeId equals s.Id
                           join h in db.HsCodes on f.HsCodeId equals h.Id
                           join c in db.Countries on f.CountryId equals c.Id
                           join p in db.Ports on f.PortId equals p.Id
                           select new { s.Flow, s.ProvinceCode, s.Basis, Hs = h.Code, Country = c.Name, Port = p.Name, f.ValueMilli }).ToListAsync();
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(((short)18, Basis.PublishedTotal, "", "", ""), (f.ProvinceCode, f.Basis, f.Hs, f.Country, f.Port)));
        Assert.Equal(Money.ToMilli(206_310_000m), facts.Single(f => f.Flow == Flow.Export).ValueMilli);
        Assert.Equal(Money.ToMilli(144_780_000m), facts.Single(f => f.Flow == Flow.Import).ValueMilli);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_BadCsvInputs_RejectedWithPositionAndNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);
        var cases = new (string Name, string Content, string Phrase)[]
        {
            ("text.csv", "period,flow,province,value_usd\n2020-01,export,18,abc\n", "row 2"),
            ("negative.csv", "period,flow,province,value_usd\n2020-01,export,18,-5\n", "row 2"),
            ("month13.csv", "period,flow,province,value_usd\n2020-13,export,18,5\n", "row 2"),
            ("flow.csv", "period,flow,province,value_usd\n2020-01,sideways,18,5\n", "row 2"),
            ("dup.csv", "period,flow,province,hs_code,country,port,value_usd\n2020-01,export,18,0901,JP,PANJANG,5\n2020-01,export,18,0901,JP,PANJANG,6\n", "duplicate key"),
            ("empty.csv", "", "empty"),
        };

        foreach (var (name, content, phrase) in cases)
        {
            var summary = await ImportAsync(database, TempFile(name, content));

            Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
            Assert.Contains(summary.Errors, e => e.Text.Contains(name, StringComparison.Ordinal) && e.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    internal static string TempFile(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "neraca-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
