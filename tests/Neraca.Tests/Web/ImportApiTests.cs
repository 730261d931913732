using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Web;

/// <summary>`POST /api/imports` and `GET /api/imports` through the real pipeline, on both engines.</summary>
public class ImportApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_ValidFile_ReturnsSummaryAndListsTheBatch(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("lampung-2020-01" + TestFormats.Extension, TestFormats.Valid()));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var summary = json.RootElement[0];
        Assert.Equal("Imported", summary.GetProperty("outcome").GetString());
        Assert.Equal("lampung-2020-01.csv", summary.GetProperty("file").GetString());
        Assert.Equal(3, summary.GetProperty("factsImported").GetInt64());
        Assert.Equal(3, summary.GetProperty("cellsRead").GetInt64());
        var exports = summary.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("flow").GetString() == "Export");
        Assert.Equal(1234567.5m, exports.GetProperty("valueUsd").GetDecimal());

        var batches = await client.GetFromJsonAsync<JsonElement>("/api/imports");
        var batch = batches.EnumerateArray().Single();
        Assert.Equal("lampung-2020-01.csv", batch.GetProperty("fileName").GetString());
        Assert.Equal("Active", batch.GetProperty("status").GetString());
        Assert.StartsWith("web:analyst-", batch.GetProperty("importedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(1234617.625m, batch.GetProperty("valueUsd").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_BadFile_Returns422ProblemWithErrors_AndWritesNothing(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;
        await using var db = factory.Database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("bad" + TestFormats.Extension, TestFormats.Invalid));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(422, json.RootElement.GetProperty("status").GetInt32());
        var summary = json.RootElement.GetProperty("summaries")[0];
        Assert.Equal("Rejected", summary.GetProperty("outcome").GetString());
        Assert.Equal(2, summary.GetProperty("errorCount").GetInt64());
        // Stable codes and arguments, the position as fields, and the text in the request's language (Indonesian by default).
        var errors = summary.GetProperty("errors").EnumerateArray()
            .Select(e => (Code: e.GetProperty("code").GetString()!, Row: e.GetProperty("position").GetProperty("row").GetInt64(), Text: e.GetProperty("text").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Code == "csv.nan" && e.Row == 2 && e.Text.Contains("bad.csv, baris 2, kolom value_usd: bukan angka", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "value.negative" && e.Row == 3 && e.Text.Contains("nilai negatif", StringComparison.Ordinal));
        Assert.Equal("ditolak: 2 kesalahan, tidak ada yang ditulis", summary.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Fact]
    public async Task Upload_UnknownFormat_Returns422NamingTheFile()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("notes.bin", "hello"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("summaries")[0].GetProperty("errors")[0];
        Assert.Equal("file.format", error.GetProperty("code").GetString());
        Assert.StartsWith("notes.bin: format berkas tidak dikenal", error.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_DryRun_SummarisesAndWritesNothing()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;
        await using var db = factory.Database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("dry" + TestFormats.Extension, TestFormats.Valid(), ("dryRun", "true")));
        var summaries = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DryRunPassed", summaries[0].GetProperty("outcome").GetString());
        Assert.Equal(3, summaries[0].GetProperty("factsImported").GetInt64());
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Fact]
    public async Task Upload_SameFileTwice_SecondIsAlreadyImported()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;

        using var first = await client.PostAsync("/api/imports", HttpHelpers.Upload("a" + TestFormats.Extension, TestFormats.Valid()));
        using var second = await client.PostAsync("/api/imports", HttpHelpers.Upload("a" + TestFormats.Extension, TestFormats.Valid()));
        var summaries = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("AlreadyImported", summaries[0].GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("flow", "sideways", "flow")]
    [InlineData("province", "42", "province")]
    [InlineData("province", "eighteen", "province")]
    public async Task Upload_BadField_Returns400ValidationProblem(string field, string value, string errorKey)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("a" + TestFormats.Extension, TestFormats.Valid(), (field, value)));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _));
    }

    [Fact]
    public async Task Upload_NoFile_Returns400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;
        using var form = new MultipartFormDataContent { { new StringContent("true"), "dryRun" } };

        using var response = await client.PostAsync("/api/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_Returns413Problem_AndWritesNothing()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Imports:MaxUploadBytes"] = "1024" });
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;
        var big = string.Join('\n', Enumerable.Range(1, 100).Select(i => $"X|2020|1|0901|JAPAN|PANJANG|{i}"));

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("big" + TestFormats.Extension, big));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, db.ImportBatches.Count());
    }

    [Fact]
    public async Task List_BadLimit_Returns400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;

        using var response = await client.GetAsync("/api/imports?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
