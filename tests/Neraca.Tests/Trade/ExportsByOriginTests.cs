using Neraca.Registry;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

/// <summary>
/// Issue 17, exports by origin: registered Lampung businesses' exports shipped from other provinces' ports, beside the
/// BPS figure (hand-computed: 1,500 + 500 through TANJUNG PRIOK (31) of a BPS figure of 10,000 = 20.00 %).
/// </summary>
public class ExportsByOriginTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EstimateAsync_RecordsThroughOtherPorts_SummedWithEvidenceAndShare(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2024, 1, 10_000m, 18), Total('M', 2024, 1, 4_000m, 18)));
        await using (var db = database.NewContext())
        {
            db.Businesses.AddRange(
                Business("Kopi Liwa", 18, Export(2024, 1, 5, "090111", "US", 1_500m, "TANJUNG PRIOK"), Export(2024, 1, 9, "090111", "US", 700m, "PANJANG"),
                    Export(2024, 2, 1, "090111", "US", 900m, "TANJUNG PRIOK"), Export(2024, 1, 20, "090111", "JP", 300m, null)),
                Business("Lada Way Kanan", 18, Export(2024, 1, 12, "090411", "US", 500m, "tanjung priok"), Export(2024, 1, 13, "090411", "DE", 80m, "NOWHERE PORT")),
                Business("Kopi Jawa", 31, Export(2024, 1, 6, "090111", "US", 9_999m, "TANJUNG PRIOK")));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var estimate = await ExportsByOrigin.EstimateAsync(read, 18, new TradePeriod(2024, 1));

        Assert.Equal((2_000m, 10_000m, 20.00m), (estimate.EstimateUsd, estimate.BpsExportsUsd, estimate.ShareOfBpsPct));
        Assert.Equal([("090111", "US", 1_500m), ("090411", "US", 500m)], estimate.Rows.Select(r => (r.Hs, r.Country, r.ValueUsd!.Value)));
        Assert.Equal(["Kopi Liwa", "Lada Way Kanan"], estimate.Evidence.Select(e => e.Business));
        Assert.All(estimate.Evidence, e => Assert.Equal(31, e.PortProvince));
        Assert.Equal(1, estimate.RecordsWithoutPort);
        Assert.Equal(["NOWHERE PORT"], estimate.PortsWithoutProvince);
        Assert.Contains("not a BPS figure", estimate.Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EstimateAsync_NoBpsFigure_ShareAbsentWithReason()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using (var db = database.NewContext())
        {
            db.Businesses.Add(Business("Kopi Liwa", 18, Export(2024, 3, 5, "090111", "US", 1_500m, "TANJUNG PRIOK")));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var estimate = await ExportsByOrigin.EstimateAsync(read, 18, new TradePeriod(2024, 0));

        Assert.Equal((1_500m, (decimal?)null, (decimal?)null), (estimate.EstimateUsd, estimate.BpsExportsUsd, estimate.ShareOfBpsPct));
        Assert.Equal("no BPS export figure loaded for the period", estimate.ShareNote);
    }

    private static Business Business(string name, short province, params ExportRecord[] exports) => new()
    {
        Name = name,
        Nib = Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ProvinceCode = province,
        RegencyCode = (short)(province * 100 + 1),
        Kind = BusinessKind.Ikm,
        CreatedAtUtc = DateTime.UtcNow,
        Exports = [.. exports],
    };

    private static ExportRecord Export(int year, int month, int day, string hs, string country, decimal usd, string? port)
    {
        var (record, errors) = RecordRules.Export(new ExportInput(new DateOnly(year, month, day), country, hs, usd, "", "", port), new DateOnly(2026, 1, 1));
        Assert.Empty(errors);
        return record!;
    }
}
