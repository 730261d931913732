using System.Text.Json;
using Neraca.Reference;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;

namespace Neraca.Tests.Markets;

/// <summary>`neraca markets` through the CLI's entry point, on the shared BACI 2024 tables.</summary>
[Collection(ConsoleCollection.Name)]
public class MarketsCliTests
{
    private static readonly string[] Contract =
    [
        "country", "label", "score", "demand_usd", "demand_share_pct", "demand_growth_pct", "indonesia_exports_usd",
        "province_exports_usd", "agreements", "requirements", "notes", "parts",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Markets_Coffee090111Json_ArrayContractWithUsaFirst(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            var loader = new ReferenceLoader(db);
            Assert.True((await loader.LoadFileAsync(RepoPaths.Shared("worldtrade", "baci2024_hs6_world.csv"), "test", year: 2024)).Loaded);
            Assert.True((await loader.LoadFileAsync(RepoPaths.Shared("worldtrade", "baci2024_hs6_top_importers.csv"), "test", year: 2024)).Loaded);
        }

        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2024, 0, "09011190", "UNITED STATES", "PANJANG", 300m, 18),
            TradeTestData.Fact('X', 2024, 0, "09011190", "JAPAN", "PANJANG", 100m, 18)));

        var (exit, output, error) = await CliRunner.RunAsync("markets", "--hs", "090111", "--province", "18", "--year", "2024", "--n", "3",
            "--date", "2024-12-31", "--lang", "en", "--format", "json", "--db", database.ConnectionString);

        Assert.True(exit == 0, error);
        var markets = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, markets.Count);
        Assert.All(markets, m => Assert.Equal(Contract, m.EnumerateObject().Select(p => p.Name)));
        var us = markets[0];
        // The USA's 2024 imports of 090111: US$ 6,165 million of 33,675 million = 18.31 %; Lampung 300 of 400 to the US.
        Assert.Equal(("US", 6_165_000_000m, 18.31m, 300m), (us.GetProperty("country").GetString(), us.GetProperty("demand_usd").GetDecimal(),
            us.GetProperty("demand_share_pct").GetDecimal(), us.GetProperty("province_exports_usd").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, us.GetProperty("demand_growth_pct").ValueKind);
        Assert.Equal(60m, us.GetProperty("score").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MarketsMatch_ConsentingBusinesses_RankedWithReasons(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            db.Businesses.AddRange(
                Business("Kopi Siap", "9120000000101", true, "09011110", 30_000m, Neraca.Registry.CertificationType.Halal),
                Business("Kopi Rahasia", "9120000000102", false, "090111", 90_000m, Neraca.Registry.CertificationType.Halal),
                Business("Kopi Kecil", "9120000000103", true, "090121", 5m, null));
            await db.SaveChangesAsync();
        }

        var (exit, output, error) = await CliRunner.RunAsync("markets", "match", "--hs", "090111", "--country", "US", "--quantity", "20", "--unit", "ton",
            "--certifications", "halal", "--province", "18", "--date", "2026-12-01", "--db", database.ConnectionString);

        Assert.True(exit == 0, error);
        var ranking = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        // Kopi Siap: 35 + 20 (30 t for 20 t) + 20 (halal) = 75; Kopi Kecil: 25 + 5 (5 t of 20) + 0 = 30; no consent: not listed.
        Assert.Equal([("Kopi Siap", 75m), ("Kopi Kecil", 30m)], ranking.Select(m => (m.GetProperty("name").GetString(), m.GetProperty("score").GetDecimal())));
        Assert.Equal(5, ranking[0].GetProperty("reasons").GetArrayLength());
    }

    private static Neraca.Registry.Business Business(string name, string nib, bool consent, string hs, decimal capacityKg, Neraca.Registry.CertificationType? cert) => new()
    {
        Name = name,
        Nib = nib,
        ProvinceCode = 18,
        RegencyCode = 1801,
        Verification = Neraca.Registry.Verification.Verified,
        CatalogConsent = consent,
        CreatedAtUtc = DateTime.UtcNow,
        Products = [new Neraca.Registry.Product { NameId = "Kopi", NameEn = "Coffee", HsCode = hs, MonthlyCapacity = capacityKg, CapacityUnit = hs == "090121" ? "ton" : "kg" }],
        Certifications = cert is { } c ? [new Neraca.Registry.Certification { Type = c }] : [],
    };

    [Fact]
    public async Task Markets_BadHs_Exit2NamingHs()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, error) = await CliRunner.RunAsync("markets", "--hs", "09x", "--province", "18", "--year", "2024", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("hs must be an HS code of 4, 6 or 8 digits", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markets_NoProvince_Exit2WithReason()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, error) = await CliRunner.RunAsync("markets", "--hs", "090111", "--year", "2024", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("needs a province", error, StringComparison.Ordinal);
    }
}

