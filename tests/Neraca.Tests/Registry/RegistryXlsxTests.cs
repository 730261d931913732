using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

/// <summary>XLSX import (same rules as CSV) with the fixture sheets made by Fixtures/registry/make_xlsx.py, and XLSX export.</summary>
public class RegistryXlsxTests
{
    private static string FixturePath(string name) => Path.Combine(RepoPaths.Root, "tests", "Neraca.Tests", "Fixtures", "registry", name);

    private static async Task<RegistryImportResult> RunAsync(TestDatabase database, string fixture, bool dryRun = false)
    {
        await using var db = database.NewContext();
        await using var file = File.OpenRead(FixturePath(fixture));
        return await RegistryImport.ImportXlsxAsync(db, file, 18, dryRun);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportXlsx_SampleSheetWithTitleRows_AllRowsNumbersAsTyped(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await RunAsync(database, "lampung_umkm.xlsx");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((5, 5, "Modal Usaha (Rp)"), (result.Rows, result.Created, result.Mapping["capital"]));
        await using var db = database.NewContext();
        var kopi = await db.Businesses.SingleAsync(b => b.Nib == "9120004000001");
        Assert.Equal((350_000_000m, 1_200_000_000m, (short)1801, "F", 2012), (kopi.CapitalRupiah!.Value, kopi.AnnualSalesRupiah!.Value, kopi.RegencyCode, kopi.OwnerGender, kopi.FoundedYear!.Value));
        var keripik = await db.Businesses.SingleAsync(b => b.Nib == "9120004000002");
        Assert.Equal((150_000_000m, (short)1871), (keripik.CapitalRupiah!.Value, keripik.RegencyCode));
        var kakao = await db.Businesses.SingleAsync(b => b.Nib == "9120004000005");
        Assert.Equal((new ScaleResult(Scale.Medium, ScaleCriterion.Sales), (short)1802, "M"), (BusinessScale.Derive(kakao.CapitalRupiah, kakao.AnnualSalesRupiah), kakao.RegencyCode, kakao.OwnerGender));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportXlsx_BrokenSheet_SpreadsheetRowsAndHeadersNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await RunAsync(database, "broken.xlsx");

        Assert.False(result.Written);
        Assert.Equal(
            [(3, "NIB"), (5, "Jenis"), (5, "Kabupaten/Kota"), (5, "Modal Usaha (Rp)"), (6, "NIB")],
            result.Errors.Select(e => (e.Row, e.Column)).ToList());
        Assert.Contains("'91200050' is not a 13-digit NIB", result.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("repeats row 2", result.Errors[^1].Reason, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Businesses.CountAsync());
    }

    [Fact]
    public async Task ImportXlsx_SameSheetTwiceAndDryRun_DuplicatesByNibNothingAdded()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var dry = await RunAsync(database, "lampung_umkm.xlsx", dryRun: true);
        await using (var db = database.NewContext())
        {
            Assert.Equal((5, false, 0), (dry.Created, dry.Written, await db.Businesses.CountAsync()));
        }

        await RunAsync(database, "lampung_umkm.xlsx");
        var again = await RunAsync(database, "lampung_umkm.xlsx");

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created);
        Assert.Equal([4, 5, 7, 8, 9], again.Duplicates.Select(d => d.Row));
    }

    [Fact]
    public async Task ImportXlsx_NotAWorkbookOrNoHeader_ClearError()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var truncated = await RegistryImport.ImportXlsxAsync(db, new MemoryStream([.. File.ReadAllBytes(FixturePath("lampung_umkm.xlsx")).Take(600)]), 18, dryRun: false);
        var headerless = await RegistryImport.ImportXlsxAsync(db, File.OpenRead(FixturePath("lampung_umkm.xlsx")), 18, dryRun: false,
            mapping: new Dictionary<string, string> { ["name"] = "Nama UMKM" });

        Assert.Contains("not a readable XLSX", Assert.Single(truncated.Errors).Reason, StringComparison.Ordinal);
        Assert.Contains(headerless.Errors, e => e.Column == "Nama UMKM" && e.Reason.Contains("is not in the header", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportEndpoint_XlsxNamedCsv_DetectedByContent()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(FixturePath("lampung_umkm.xlsx"))), "file", "daftar.csv");

        using var response = await officer.PostAsync("/api/registry/import", form);

        Assert.Equal(5, (await RegistryApiTests.JsonAsync(response, HttpStatusCode.OK)).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task ImportPage_BrokenThenDryRunThenImport_ErrorsInIndonesianThenSaved()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var (owner, _) = await factory.SignInAsync(Roles.Business);
        var page = await session.GetStringAsync("/registry/import");

        async Task<string> PostAsync(string fixture, bool dryRun)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(HttpHelpers.FormToken(page)), "__RequestVerificationToken" },
                { new ByteArrayContent(await File.ReadAllBytesAsync(FixturePath(fixture))), "file", fixture },
            };
            if (dryRun)
            {
                form.Add(new StringContent("true"), "dryRun");
            }

            using var response = await session.PostAsync("/registry/import", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var broken = await PostAsync("broken.xlsx", dryRun: false);
        var dry = await PostAsync("lampung_umkm.xlsx", dryRun: true);
        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(0, await db.Businesses.CountAsync());
        }

        var saved = await PostAsync("lampung_umkm.xlsx", dryRun: false);

        Assert.Contains("Ditolak, tidak ada yang disimpan", broken, StringComparison.Ordinal);
        Assert.Contains("baris 3, kolom NIB: &#x27;91200050&#x27; bukan NIB 13 angka", broken, StringComparison.Ordinal);
        Assert.Contains("Uji coba lolos, belum disimpan", dry, StringComparison.Ordinal);
        Assert.Contains("Berhasil diimpor", saved, StringComparison.Ordinal);
        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(5, await db.Businesses.CountAsync());
        }

        using var refused = await owner.GetAsync("/registry/import");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>The exported workbook reads back through the importer: same businesses, NIBs kept as 13-digit text.</summary>
    [Fact]
    public async Task ExportXlsx_FilteredList_ReimportsIntoAnEmptyRegistry()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        await RegistryApiTests.CreateAsync(officer, RegistryApiTests.NewBusiness("0120000066601", name: "Kopi Nol Depan"));
        await RegistryApiTests.CreateAsync(officer, RegistryApiTests.NewBusiness("8120000066602", name: "Kopi Besar", capital: 20_000_000_000m, sales: 60_000_000_000m));
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);

        using var all = await officer.GetAsync("/api/registry/businesses.xlsx");
        using var small = await officer.GetAsync("/api/registry/businesses.xlsx?scale=small");
        using var refused = await owner.GetAsync("/api/registry/businesses.xlsx");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", all.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var target = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = target.NewContext();
        var allResult = await RegistryImport.ImportXlsxAsync(db, await all.Content.ReadAsStreamAsync(), 18, dryRun: true);
        var smallResult = await RegistryImport.ImportXlsxAsync(db, await small.Content.ReadAsStreamAsync(), 18, dryRun: false);
        Assert.True(allResult.Succeeded, string.Join("; ", allResult.Errors));
        Assert.Equal(2, allResult.Created);
        Assert.Equal(1, smallResult.Created);
        Assert.Equal(("0120000066601", "Kopi Nol Depan", "F"), await db.Businesses.Select(b => ValueTuple.Create(b.Nib, b.Name, b.OwnerGender)).SingleAsync());
    }
}
