using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Demo;
using Neraca.Programs;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;

namespace Neraca.Tests.Programs;

/// <summary>`programs report` and `programs outcomes` on the demo programs, through the CLI's entry point, on both engines.</summary>
[Collection(ConsoleCollection.Name)]
public class ProgramsCliTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private static async Task<TestDatabase> DemoAsync(Engine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        await DemoRegistry.LoadAsync(db, Now);
        await DemoPrograms.LoadAsync(db, Now);
        return database;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Report_CoffeeClinic_EffectEqualsRecomputedFromOutcomeRows(Engine engine)
    {
        await using var database = await DemoAsync(engine);
        int id;
        int year;
        await using (var db = database.NewContext())
        {
            var coffee = await db.Programs.SingleAsync(p => p.Name.StartsWith("Klinik Pengolahan Kopi"));
            (id, year) = (coffee.Id, coffee.StartDate.Year);
        }

        var (exit, report, _) = await RunAsync("programs", "report", "--year", Str(year), "--province", "18", "--format", "json", "--db", database.ConnectionString);
        var (exit2, outcomes, _) = await RunAsync("programs", "outcomes", "--program", Str(id), "--format", "json", "--db", database.ConnectionString);

        Assert.Equal((0, 0), (exit, exit2));
        var program = JsonDocument.Parse(report).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id);
        var effect = program.GetProperty("effect");
        var rows = JsonDocument.Parse(outcomes).RootElement.EnumerateArray().ToList();
        var pairs = rows.Where(r => r.GetProperty("pair").ValueKind == JsonValueKind.Number).GroupBy(r => r.GetProperty("pair").GetInt32()).ToList();
        Assert.Equal(12, program.GetProperty("participants").GetInt32());
        Assert.Equal(pairs.Count, effect.GetProperty("matched_pairs").GetInt32());
        Assert.True(pairs.Count >= Effect.DefaultMinimumPairs);

        // The difference in differences by hand from the rows: mean over pairs of (Δ participant − Δ comparison).
        decimal Diff(IGrouping<int, JsonElement> pair, Func<JsonElement, decimal> change) =>
            change(pair.Single(r => r.GetProperty("role").GetString() == "participant")) - change(pair.Single(r => r.GetProperty("role").GetString() == "comparison"));
        var readiness = pairs.Average(p => Diff(p, r => r.GetProperty("readiness_after").GetDecimal() - r.GetProperty("readiness_before").GetDecimal()));
        var export = pairs.Average(p => Diff(p, r => B(r.GetProperty("exported_within_12m")) - B(r.GetProperty("exported_before"))));
        Assert.Equal(Math.Round(readiness, 2, MidpointRounding.AwayFromZero), effect.GetProperty("readiness_did").GetDecimal());
        Assert.Equal(Math.Round(100m * export, 2, MidpointRounding.AwayFromZero), effect.GetProperty("export_did").GetDecimal());
        Assert.True(effect.GetProperty("readiness_did").GetDecimal() > 10m);

        // The interval from the rows alone (same bootstrap, same seed) equals the report's.
        var observations = pairs.Select(p =>
        {
            var a = p.Single(r => r.GetProperty("role").GetString() == "participant");
            var c = p.Single(r => r.GetProperty("role").GetString() == "comparison");
            return new PairObservation(p.Key, a.GetProperty("readiness_before").GetDecimal(), a.GetProperty("readiness_after").GetDecimal(),
                c.GetProperty("readiness_before").GetDecimal(), c.GetProperty("readiness_after").GetDecimal(),
                a.GetProperty("exported_before").GetBoolean(), a.GetProperty("exported_within_12m").GetBoolean(),
                c.GetProperty("exported_before").GetBoolean(), c.GetProperty("exported_within_12m").GetBoolean());
        }).ToList();
        var recomputed = Effect.Estimate(observations).Effect!;
        Assert.Equal(
            (recomputed.ReadinessCiLow, recomputed.ReadinessCiHigh, recomputed.ExportCiLow, recomputed.ExportCiHigh),
            (effect.GetProperty("readiness_ci_low").GetDecimal(), effect.GetProperty("readiness_ci_high").GetDecimal(), effect.GetProperty("export_ci_low").GetDecimal(), effect.GetProperty("export_ci_high").GetDecimal()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Report_PackagingClinic_EffectNullNotEnoughData(Engine engine)
    {
        await using var database = await DemoAsync(engine);
        int year;
        await using (var db = database.NewContext())
        {
            year = (await db.Programs.SingleAsync(p => p.Name.StartsWith("Klinik Kemasan"))).StartDate.Year;
        }

        var (exit, report, _) = await RunAsync("programs", "report", "--year", Str(year), "--format", "json", "--db", database.ConnectionString);

        Assert.Equal(0, exit);
        var program = JsonDocument.Parse(report).RootElement.EnumerateArray().Single(p => p.GetProperty("name").GetString()!.StartsWith("Klinik Kemasan", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, program.GetProperty("effect").ValueKind);
        Assert.StartsWith("not enough data: 4 matched pair(s)", program.GetProperty("effect_note").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, program.GetProperty("participants").GetInt32());
    }

    [Fact]
    public async Task Report_Xlsx_WritesWorkbook()
    {
        await using var database = await DemoAsync(Engine.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"programs-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, _, error) = await RunAsync("programs", "report", "--year", Str(Now.Year), "--format", "xlsx", "--out", file, "--db", database.ConnectionString);

            Assert.Equal(0, exit);
            Assert.Contains("wrote", error, StringComparison.Ordinal);
            Assert.Equal((byte)'P', (await File.ReadAllBytesAsync(file))[0]); // a ZIP container
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Report_BadFormat_Exit2()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, error) = await RunAsync("programs", "report", "--year", "2025", "--format", "pdf", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("--format", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Funnel_CompletedParticipant_TrainedOthersNot(Engine engine)
    {
        await using var database = await DemoAsync(engine);
        await using var db = database.NewContext();
        var coffee = await ProgramReport.Full(db.Programs).SingleAsync(p => p.Name.StartsWith("Klinik Pengolahan Kopi"));
        var done = coffee.Enrolments.First(e => e.CompletedOn is not null);
        var notDone = coffee.Enrolments.First(e => e.CompletedOn is null);

        var trained = await RegistryAccess.WithAll(db.Businesses).SingleAsync(b => b.Id == done.BusinessId);
        var untrained = await RegistryAccess.WithAll(db.Businesses).SingleAsync(b => b.Id == notDone.BusinessId);

        Assert.Equal(coffee.EndDate, RegistryViews.FunnelOf(trained).Steps.Single(s => s.Stage == FunnelStage.Trained).ReachedOn);
        Assert.Null(RegistryViews.FunnelOf(untrained).Steps.Single(s => s.Stage == FunnelStage.Trained).ReachedOn);
        Assert.Equal(10, coffee.Enrolments.Count(e => e.CompletedOn is not null)); // two of twelve: 50 % attendance or no post-test
    }

    private static decimal B(JsonElement e) => e.GetBoolean() ? 1m : 0m;

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
