using Neraca.Reference;

namespace Neraca.Tests.Reference;

public class CountryNamesTests
{
    /// <summary>Names deliberately left unresolved. Empty: every name in the samples maps (see ADR 0003).</summary>
    private static readonly string[] KnownUnresolved = [];

    [Fact]
    public void EveryCountryNameInTheSampleFiles_Resolves()
    {
        var names = SampleFiles.CountryNames();
        Assert.True(names.Count > 200, $"only {names.Count} names read; the sample scan looks broken");

        var unresolved = names.Where(n => CountryNames.ResolveIso2(n) is null).Except(KnownUnresolved).ToList();

        Assert.Empty(unresolved);
    }

    [Theory]
    [InlineData("GERMANY FED. REP. OF", "DE")]
    [InlineData("GERMANY, FED. REP. OF", "DE")]
    [InlineData("VIET NAM", "VN")]
    [InlineData("COTE DIVOIRE", "CI")]
    [InlineData("TAIWAN", "TW")]
    [InlineData("HONG KONG", "HK")]
    [InlineData("EAST TIMOR", "TL")]
    [InlineData("KOREA REPUBLIC OF", "KR")]
    [InlineData("KOREA DEM. PEOPLES REP.", "KP")]
    [InlineData("LAO PEOPLES DEM. REP.", "LA")]
    [InlineData("RUSSIA FEDERATION", "RU")]
    [InlineData("IRAN (ISLAMIC REPUBLIC OF)", "IR")]
    [InlineData("LIBYAN ARAB JAMAHIRIYA", "LY")]
    [InlineData("SYRIA ARAB REPUBLIC", "SY")]
    [InlineData("REP. OF MACEDONIA", "MK")]
    [InlineData("SWAZILAND", "SZ")]
    [InlineData("NETHERLANDS ANTILLES", "AN")]
    [InlineData("CHRISTMAS ISLANDS", "CX")]
    [InlineData("U.S MINOR OUTLYING ISLAND", "UM")]
    [InlineData("ANTARTICA", "AQ")]
    [InlineData("MACAU", "MO")]
    [InlineData("KOSOVO", "XK")]
    public void TrickyBpsNames_Resolve(string bpsName, string iso2) => Assert.Equal(iso2, CountryNames.ResolveIso2(bpsName));

    [Theory]
    [InlineData("  viet   nam ", "VN")]
    [InlineData("de", "DE")]
    [InlineData("DEU", "DE")]
    [InlineData("Jerman", "DE")]
    [InlineData("Amerika Serikat", "US")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Tiongkok", "CN")]
    [InlineData("South Korea", "KR")]
    public void CodesAndCldrNames_Resolve(string input, string iso2) => Assert.Equal(iso2, CountryNames.ResolveIso2(input));

    [Theory]
    [InlineData("ATLANTIS")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void UnknownNames_AreNull(string? input) => Assert.Null(CountryNames.ResolveIso2(input));

    [Fact]
    public void Get_HasBothLanguages()
    {
        var china = CountryNames.Get("CN");

        Assert.NotNull(china);
        Assert.Equal("CHN", china.Iso3);
        Assert.Equal("China", china.NameEn);
        Assert.Equal("Tiongkok", china.NameId);
    }

    [Fact]
    public void EveryCatalogName_ResolvesToItsOwnCountry() =>
        Assert.All(CountryNames.All, c =>
        {
            Assert.Equal(c.Iso2, CountryNames.ResolveIso2(c.Iso3));
            Assert.Equal(c.Iso2, CountryNames.ResolveIso2(c.NameEn));
            Assert.Equal(c.Iso2, CountryNames.ResolveIso2(c.NameId));
        });

    [Fact]
    public void Catalog_HasAllIsoCountriesPlusSupplement() => Assert.Equal(249 + 2, CountryNames.All.Count);

    [Theory]
    [InlineData("US", "id", "Amerika Serikat")]
    [InlineData("US", "en", "United States")]
    [InlineData("ZZ", "id", "ZZ")]
    public void DisplayName_PicksLanguage(string iso2, string language, string expected) =>
        Assert.Equal(expected, CountryNames.DisplayName(iso2, language));
}
