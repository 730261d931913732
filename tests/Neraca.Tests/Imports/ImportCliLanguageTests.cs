using System.Text.Json;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>`neraca import --lang id|en [--json]`: the errors in the chosen language, the codes the same in both.</summary>
public class ImportCliLanguageTests
{
    [Theory]
    [InlineData(null, "bad.csv, baris 2, kolom value_usd: bukan angka (nilai 'abc')", "ditolak: 1 kesalahan, tidak ada yang ditulis")]
    [InlineData("en", "bad.csv, row 2, column value_usd: not a number (value 'abc')", "rejected: 1 error(s), nothing was written")]
    public async Task Import_BadFile_ErrorsInTheChosenLanguageWithStableCodes(string? lang, string error, string message)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var folder = Directory.CreateTempSubdirectory("neraca-cli-lang-");
        var file = Path.Combine(folder.FullName, "bad.csv");
        await File.WriteAllTextAsync(file, "period,flow,hs_code,country,value_usd\n2020-01,export,0901,JAPAN,abc\n");
        try
        {
            string[] language = lang is null ? [] : ["--lang", lang];
            var (exit, output, stderr) = await CliRunner.RunAsync(["import", file, "--json", "--db", database.ConnectionString, .. language]);

            Assert.Equal(1, exit);
            Assert.Contains(error, stderr, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(output);
            var first = json.RootElement.GetProperty("errors")[0];
            Assert.Equal("csv.nan", first.GetProperty("code").GetString());
            Assert.Equal(error, first.GetProperty("text").GetString());
            Assert.Equal(2, first.GetProperty("position").GetProperty("row").GetInt64());
            Assert.Equal("value_usd", first.GetProperty("position").GetProperty("column").GetString());
            Assert.Equal("result.rejected", json.RootElement.GetProperty("message").GetProperty("code").GetString());
            Assert.Equal(message, json.RootElement.GetProperty("message").GetProperty("text").GetString());
            Assert.True(json.RootElement.GetProperty("skipped").TryGetProperty("skip.rowerrors", out _));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Import_UnknownLanguage_RefusedBeforeReading()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "nothing.csv", "--lang", "fr", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("--lang", stderr, StringComparison.Ordinal);
    }
}
