namespace Neraca.Tests.Imports.Xlsx;

public sealed class XlsxFixtureGeneratorTests
{
    /// <summary>Writes the fixtures into the source tree only when asked, so normal runs never modify the repo.</summary>
    [Fact]
    public void GenerateFixtures_WhenRequested_WritesAllFiles()
    {
        if (Environment.GetEnvironmentVariable("NERACA_REGENERATE_FIXTURES") != "1")
        {
            return;
        }

        var target = SourceFixtureFolder();
        Directory.CreateDirectory(target);
        foreach (var (name, build) in XlsxFixtures.All)
        {
            File.WriteAllBytes(Path.Combine(target, name), build());
        }
    }

    [Fact]
    public void CommittedFixtures_AllPresent_SmallFiles()
    {
        foreach (var name in XlsxFixtures.All.Keys)
        {
            var info = new FileInfo(XlsxFixtures.PathOf(name));
            Assert.True(info.Exists, name);
            Assert.True(info.Length < 64 * 1024, $"{name} is {info.Length} bytes");
        }
    }

    [Theory]
    [InlineData("valid_small.xlsx")]
    [InlineData("text_value.xlsx")]
    [InlineData("negative_value.xlsx")]
    [InlineData("month_13.xlsx")]
    [InlineData("duplicate_key.xlsx")]
    [InlineData("no_flow.xlsx")]
    public void CommittedFixture_SheetXml_MatchesGenerator(string name)
    {
        var committed = XlsxFixtures.SheetXml(File.ReadAllBytes(XlsxFixtures.PathOf(name)));

        Assert.Equal(XlsxFixtures.SheetXml(XlsxFixtures.All[name]()), committed);
    }

    private static string SourceFixtureFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Neraca.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Fixtures", "xlsx");
            }
        }

        throw new DirectoryNotFoundException("Neraca.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
