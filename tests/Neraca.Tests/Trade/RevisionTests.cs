using System.Globalization;
using System.Text;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Tests.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Trade;

/// <summary>
/// Issue 11, item 3 (decision 0015): what a national file covers. Slices of the real 2025 export XLSX (September 2025,
/// chapters 84 and 85) written as lines and imported through the real pipeline; expected values from the reader's facts.
/// </summary>
public class RevisionTests
{
    private static readonly YearMonth September = new(2025, 9);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_NationalRevisionWithoutOneProvince_SupersedesThatProvinceToo(Engine engine)
    {
        var facts = September2025();
        var dropped = facts.Select(Province).Where(p => p != Storage.Province.Unspecified).Distinct().Order().First();
        var revised = facts.Where(f => Province(f) != dropped).ToList();
        await using var database = await TestDatabase.CreateAsync(engine);
        Assert.Equal(ImportOutcome.Imported, (await ImportAsync(database, facts, replace: false)).Outcome);

        var summary = await ImportAsync(database, revised, replace: true);

        // The revised file no longer lists the province: it traded zero there, and Indonesia is the revised file's sum.
        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        await using var db = database.NewContext();
        var figures = new TradeFigures(db);
        var indonesia = Assert.Single(await figures.BalanceAsync(null, September, September, Granularity.Month));
        var province = Assert.Single(await figures.BalanceAsync(dropped, September, September, Granularity.Month));
        Assert.Equal(revised.Sum(f => f.ValueUsd), indonesia.ExportsUsd);
        Assert.Equal(summary.Totals.Where(t => t.Basis == Basis.Detail).Sum(t => t.ValueUsd), indonesia.ExportsUsd);
        Assert.Equal(0m, province.ExportsUsd);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ProvinceFileWhereNationalFileHadZero_RefusedUnlessReplace(Engine engine)
    {
        var facts = September2025();
        const short Lampung = 18;
        Assert.DoesNotContain(facts, f => Province(f) == Lampung); // the national file covers Lampung with zero
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportAsync(database, facts, replace: false);
        var own = $"X|2025|9|847130|JAPAN|PANJANG|1000|{Lampung}";

        var refused = await ImportLinesAsync(database, own, replace: false);
        var replaced = await ImportLinesAsync(database, own, replace: true);

        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.Contains(refused.Errors, e => e.Text.Contains("province 18 HS 84", StringComparison.Ordinal) && e.Text.Contains("national file", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Imported, replaced.Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_RevisionWithoutReplace_EveryConflictListed(Engine engine)
    {
        var facts = September2025();
        // One scope per province × chapter of the file: each is a conflict when the file is loaded again (revised values).
        var scopes = facts.Select(f => (Province(f), f.HsCode[..2])).Distinct().Count();
        Assert.True(scopes > 20, scopes.ToString(CultureInfo.InvariantCulture)); // more than the old cap of 20
        await using var database = await TestDatabase.CreateAsync(engine);
        await ImportAsync(database, facts, replace: false);

        var refused = await ImportAsync(database, [.. facts.Select(f => f with { ValueUsd = f.ValueUsd + 1m })], replace: false);

        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.Equal(scopes, refused.Errors.Count(e => e.Text.Contains("--replace", StringComparison.Ordinal)));
        Assert.Equal(scopes, refused.ErrorCount);
    }

    private static short Province(RawFact f) =>
        PortSeed.All.FirstOrDefault(p => p.PortName == f.Port)?.ProvinceCode ?? Storage.Province.Unspecified;

    private static List<RawFact> September2025()
    {
        using var stream = File.OpenRead(RepoPaths.Shared("bps", "exim_ekspor_2025.xlsx"));
        return [.. new BpsPivotXlsxReader().Read(stream, new ReadContext("exim_ekspor_2025.xlsx")).Where(f => f.Month == 9 && f.Year == 2025)];
    }

    private static Task<ImportSummary> ImportAsync(TestDatabase database, List<RawFact> facts, bool replace) =>
        ImportLinesAsync(database, string.Join('\n', facts.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"X|{f.Year}|{f.Month}|{f.HsCode}|{f.Country}|{f.Port}|{f.ValueUsd}|"))), replace);

    private static async Task<ImportSummary> ImportLinesAsync(TestDatabase database, string lines, bool replace)
    {
        await using var db = database.NewContext();
        return await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), $"slice-{Guid.NewGuid():N}.txt",
            new ImportOptions { Replace = replace }, new LinesReader());
    }
}
