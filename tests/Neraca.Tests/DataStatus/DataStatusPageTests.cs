using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.DataStatus;

/// <summary>
/// Issue 17: `/data`, `/api/data/status`, the release-date form and the dashboard's overdue notice. The data end in
/// 2020-02, so with the real clock every later month is overdue (the rule itself is tested with a fixed clock).
/// </summary>
public class DataStatusPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Get_Analyst_ShowsLoadedRevisedAndOverdueMonths(Engine engine)
    {
        await using var factory = await LoadedAsync(engine);
        await using (var db = factory.Database.NewContext())
        {
            db.FetchLog.Add(new Neraca.Imports.Fetch.FetchLogEntry
            {
                RequestedAtUtc = DateTime.UtcNow,
                RequestedBy = "scheduler",
                Url = "https://webapi.bps.go.id/v1/api/dataexim/?tahun=2020&key=***",
                Outcome = "failed",
                Attempts = 4,
                Message = "no answer within 90 s",
            });
            await db.SaveChangesAsync();
        }

        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            var page = await client.GetStringAsync("/data?province=18");
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
            var english = await client.GetStringAsync("/data?province=18");

            Assert.Contains("Terlambat", page, StringComparison.Ordinal);
            Assert.Contains("direvisi, 2 versi", page, StringComparison.Ordinal);
            Assert.Contains("Maret 2020", page, StringComparison.Ordinal);
            Assert.Contains("Gagal (jaringan/waktu habis)", page, StringComparison.Ordinal);
            Assert.Contains("lewat pelabuhan provinsi lain, 2020-04 (perkiraan)", page, StringComparison.Ordinal);
            Assert.Contains("no answer within 90 s", page, StringComparison.Ordinal);
            Assert.Contains("Overdue", english, StringComparison.Ordinal);
            Assert.Contains("revised, 2 versions", english, StringComparison.Ordinal);
            Assert.Contains("before: US$ 100.00", english, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Roles.Business, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Officer, HttpStatusCode.OK)]
    public async Task Get_Role_OnlyStaffSeeTheFiles(string? role, HttpStatusCode expected)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var client = role is null ? factory.CreateHttpsClient() : (await factory.SignInAsync(role)).Client;
        using (client)
        {
            using var page = await client.GetAsync("/data");
            using var api = await client.GetAsync("/api/data/status?province=18");

            Assert.Equal(expected, page.StatusCode);
            Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.OK : expected == HttpStatusCode.Forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, api.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetApi_Province_TheCliRecordWithOverdueAndRevised(Engine engine)
    {
        await using var factory = await LoadedAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/data/status?province=18"));
            using var bad = await client.GetAsync("/api/data/status?province=77");

            Assert.Contains("2020-03", json.RootElement.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["2020-01"], json.RootElement.GetProperty("revised").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
    }

    [Fact]
    public async Task PostRelease_AnalystAndOfficer_AnalystSavesOfficerRefused()
    {
        await using var factory = await LoadedAsync(Engine.Sqlite);
        var (analyst, _) = await factory.SignInAsync(Roles.Analyst);
        var (officer, _) = await factory.SignInAsync(Roles.Officer);
        using (analyst)
        using (officer)
        {
            using var saved = await PostReleaseAsync(analyst, "2020-03", "2020-04-17");
            using var refused = await PostReleaseAsync(officer, "2020-04", "2020-05-17");
            using var invalid = await PostReleaseAsync(analyst, "2020-03", "2020-02-01");

            Assert.Contains("Tanggal rilis Maret 2020 disimpan", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("harus setelah bulan 2020-03 berakhir", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var db = factory.Database.NewContext();
            Assert.Equal(1, await db.ReleaseDates.CountAsync());
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Entity == "release_date"));
        }
    }

    [Fact]
    public async Task Dashboard_StaffAndPublic_OnlyStaffSeeTheOverdueNotice()
    {
        await using var factory = await LoadedAsync(Engine.Sqlite);
        var (analyst, _) = await factory.SignInAsync(Roles.Analyst);
        using var anonymous = factory.CreateHttpsClient();
        using (analyst)
        {
            Assert.Contains("id=\"overdue-notice\"", await analyst.GetStringAsync("/?province=18"), StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"overdue-notice\"", await anonymous.GetStringAsync("/?province=18"), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostReleaseAsync(HttpClient client, string period, string date)
    {
        // An officer is not offered the form; the token of the page's sign-out form lets the test post anyway.
        var page = await client.GetStringAsync("/data?province=18");

        return await client.PostAsync("/data?province=18&handler=Release", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReleasePeriod"] = period,
            ["ReleaseDate"] = date,
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
        }));
    }

    private static async Task<NeracaWebFactory> LoadedAsync(Engine engine)
    {
        var factory = await NeracaWebFactory.CreateAsync(engine);
        await LoadAsync(factory.Database, Lines(
            Total('X', 2020, 1, 100m, 18), Total('M', 2020, 1, 40m, 18),
            Fact('X', 2020, 2, "0901", "JP", "PANJANG", 70m, 18), Fact('M', 2020, 2, "8703", "JP", "PANJANG", 20m, 18),
            Fact('X', 2020, 4, "0901", "JP", "PANJANG", 50m, 18)));
        await LoadAsync(factory.Database, Lines(Total('X', 2020, 1, 120m, 18)), replace: true);
        return factory;
    }
}
