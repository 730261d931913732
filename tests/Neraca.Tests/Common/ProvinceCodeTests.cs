using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Trade;

namespace Neraca.Tests.Common;

/// <summary>One province type with one parse (issue 12, Shape): each variant it replaced, the import boundary, one override.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ProvinceCodeTests
{
    [Theory]
    [InlineData("18", ProvinceKinds.Province, true)]
    [InlineData(" 18 ", ProvinceKinds.Province, true)]
    [InlineData("77", ProvinceKinds.Query, false)]
    [InlineData("0", ProvinceKinds.Province, false)]
    [InlineData("99", ProvinceKinds.Province, false)]
    [InlineData("0", ProvinceKinds.Province | ProvinceKinds.National, true)]
    [InlineData("99", ProvinceKinds.Province | ProvinceKinds.National, false)]
    [InlineData("99", ProvinceKinds.Query, true)]
    [InlineData("-18", ProvinceKinds.Query, false)]
    [InlineData("18.0", ProvinceKinds.Query, false)]
    [InlineData("xx", ProvinceKinds.Query, false)]
    [InlineData("", ProvinceKinds.Query, false)]
    [InlineData(null, ProvinceKinds.Query, false)]
    public void TryParse_Variants(string? text, ProvinceKinds allowed, bool valid) =>
        Assert.Equal(valid, ProvinceCode.TryParse(text, allowed, out _));

    [Fact]
    public void Parse_UnknownCode_NamesParameterAndCode()
    {
        var ex = Assert.Throws<TradeArgumentException>(() => ProvinceCode.Parse("77", ProvinceKinds.Province, "--province"));

        Assert.Equal("--province", ex.Parameter);
        Assert.Contains("unknown province code 77", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("not accepted here", Assert.Throws<TradeArgumentException>(() => ProvinceCode.Parse("0", ProvinceKinds.Province)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_Kinds_FiltersNationalAndUnspecified()
    {
        Assert.DoesNotContain(ProvinceCode.Choices(ProvinceKinds.Province), p => p.Code is 0 or 99);
        Assert.Contains(ProvinceCode.Choices(ProvinceKinds.Province | ProvinceKinds.National), p => p.Code == 0);
        Assert.Equal(38, ProvinceCode.Choices(ProvinceKinds.Province).Count());
    }

    [Theory]
    [InlineData("77")]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("xx")]
    public async Task CliImport_ProvinceNotARealProvince_RefusedBeforeReading(string code)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var file = Path.Combine(Path.GetTempPath(), $"p-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "period,flow,hs_code,country,value_usd\n2020-01,export,09,JP,5\n");
        try
        {
            var (exit, output, error) = await RunAsync("import", file, "--province", code, "--db", database.ConnectionString);

            Assert.Equal(2, exit);
            Assert.Contains("--province", error, StringComparison.Ordinal);
            Assert.DoesNotContain("imported", output, StringComparison.Ordinal);
            await using var db = database.NewContext();
            Assert.Equal(0, await db.ImportBatches.CountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_ProvinceOverride_FillsOnlyRowsWithoutOne(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        const string csv = "period,flow,province,hs_code,country,value_usd\n2020-01,export,,09,JP,5\n2020-01,export,17,09,US,7\n";

        var summary = await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "p.csv",
            new ImportOptions { Province = ProvinceCode.Parse("19", ProvinceKinds.Province) });

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        var scopes = await db.BatchScopes.Select(s => s.ProvinceCode).OrderBy(p => p).ToListAsync();
        Assert.Equal([(short)17, (short)19], scopes);
    }

    /// <summary>
    /// A new copy of the rule fails here: outside <see cref="ProvinceCode"/>, no code compares a province with a literal
    /// code or with Province.Indonesia/Unspecified, or calls Provinces.IsKnown.
    /// </summary>
    [Fact]
    public void Sources_NoProvinceLiteralComparisonsOutsideTheType()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var offenders = new List<string>();
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal) || relative.EndsWith("Common/ProvinceCode.cs", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Offending().IsMatch(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "use ProvinceCode instead:\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex(@"Provinces\.IsKnown|(==|!=|\bis\b|\bnot\b|\bor\b)\s*\(?\s*(Storage\.)?Province\.(Indonesia|Unspecified)|Province\.(Indonesia|Unspecified)\s*(==|!=)|[Pp]rovince\w*\s*(==|!=)\s*\d+\b|\bCode\s*(==|!=)\s*(0|99)\b|[Pp]rovince\w*\s+is\s+(not\s+)?\(?\d+|\bCode\s+is\s+(not\s+)?\(?\d+\b\s+(and|or)")]
    private static partial Regex Offending();

    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
