using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

public class RegistryImportTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Neraca.Tests", "Fixtures", "registry", name));

    private static async Task<RegistryImportResult> RunAsync(TestDatabase database, string content, bool dryRun = false, Dictionary<string, string>? mapping = null)
    {
        await using var db = database.NewContext();
        return await RegistryImport.ImportAsync(db, new StringReader(content), 18, dryRun, mapping);
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Businesses.CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_SampleSheet_AllRowsWithDerivedScale(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await RunAsync(database, Fixture("lampung_umkm.csv"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(6, result.Created);
        await using var db = database.NewContext();
        var kakao = await db.Businesses.SingleAsync(b => b.Nib == "9120001000006");
        Assert.Equal(new ScaleResult(Scale.Medium, ScaleCriterion.Sales), BusinessScale.Derive(kakao.CapitalRupiah, kakao.AnnualSalesRupiah));
        Assert.Equal(1802, kakao.RegencyCode);
        var keripik = await db.Businesses.SingleAsync(b => b.Nib == "9120001000002");
        Assert.Equal(150_000_000m, keripik.CapitalRupiah);
        Assert.Equal("F", keripik.OwnerGender);
        Assert.True(keripik.CatalogConsent);
        Assert.Equal(1801, (await db.Businesses.SingleAsync(b => b.Nib == "9120001000001")).RegencyCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_BrokenSheet_RowColumnReasonsAndNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await RunAsync(database, Fixture("broken.csv"));

        Assert.False(result.Written);
        Assert.Equal(0, await CountAsync(database));
        var cells = result.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Equal(
            [(3, "NIB"), (4, "Jenis"), (4, "Jenis Kelamin"), (4, "Kabupaten/Kota"), (4, "Modal Usaha"), (5, "NIB")],
            cells);
        Assert.Contains("repeats row 2", result.Errors[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameSheetTwice_DuplicatesReportedNothingAdded()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await RunAsync(database, Fixture("lampung_umkm.csv"));

        var again = await RunAsync(database, Fixture("lampung_umkm.csv"));

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created);
        Assert.Equal(6, again.Duplicates.Count);
        Assert.Equal(6, await CountAsync(database));
    }

    [Fact]
    public async Task Import_DryRun_CountsButWritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var result = await RunAsync(database, Fixture("lampung_umkm.csv"), dryRun: true);
        Assert.Equal(6, result.Created);
        Assert.False(result.Written);
        Assert.Equal(0, await CountAsync(database));
    }

    [Fact]
    public async Task Import_ExplicitMapping_UsesMappedHeaders()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        const string sheet = "Nama UMKM,No Izin,Golongan,Wilayah\nSambal Lampung,9120003000001,UMKM,1872\n";
        var mapping = new Dictionary<string, string> { ["name"] = "Nama UMKM", ["nib"] = "No Izin", ["kind"] = "Golongan", ["regency"] = "Wilayah" };

        var result = await RunAsync(database, sheet, mapping: mapping);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(1, result.Created);
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_HeaderError()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var result = await RunAsync(database, "Nama Usaha,NIB\nX,9120003000002\n");
        Assert.Contains(result.Errors, e => e.Row == 1 && e.Column == "kind");
        Assert.Contains(result.Errors, e => e.Row == 1 && e.Column == "regency");
    }

    [Fact]
    public async Task ImportEndpoint_OfficerBrokenThenSample_422Then200BusinessForbidden()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);

        using (var broken = await officer.PostAsync("/api/registry/import", Upload("broken.csv")))
        {
            var problem = await RegistryApiTests.JsonAsync(broken, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(6, problem.GetProperty("result").GetProperty("errors").GetArrayLength());
        }

        using (var ok = await officer.PostAsync("/api/registry/import", Upload("lampung_umkm.csv")))
        {
            Assert.Equal(6, (await RegistryApiTests.JsonAsync(ok, HttpStatusCode.OK)).GetProperty("created").GetInt32());
        }

        using (var forbidden = await owner.PostAsync("/api/registry/import", Upload("lampung_umkm.csv")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var catalog = JsonDocument.Parse(await factory.CreateHttpsClient().GetStringAsync("/api/catalog")).RootElement;
        Assert.Equal(4, catalog.GetArrayLength());
    }

    private static MultipartFormDataContent Upload(string fixture)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(Fixture(fixture)), "file", fixture);
        return form;
    }
}
