using System.Globalization;
using System.Net;
using System.Text.Json;
using Neraca.Common;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using Neraca.Trade;

namespace Neraca.Tests.Common;

/// <summary>The one parameters parser: each variant it replaced (CLI, trade API, commodity API, dashboard) and both languages.</summary>
public class ParametersTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("0", null)]
    [InlineData("18", (short)18)]
    [InlineData(" 18 ", (short)18)]
    [InlineData("99", (short)99)]
    public void Province_Accepted(string? text, short? expected) => Assert.Equal(expected, Parameters.Province(text));

    [Theory]
    [InlineData("77")]
    [InlineData("xx")]
    [InlineData("-1")]
    [InlineData("18.0")]
    public void Province_Refused_NamesParameterInBothLanguages(string text)
    {
        var ex = Assert.Throws<TradeArgumentException>(() => Parameters.Province(text, "--province"));

        Assert.Equal("--province", ex.Parameter);
        Assert.Contains("--province", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("bukan kode provinsi BPS", ex.ReasonFor(CultureInfo.GetCultureInfo("id-ID")), StringComparison.Ordinal);
        Assert.DoesNotContain("bukan", ex.ReasonFor(CultureInfo.GetCultureInfo("en-US")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", Flow.Export)]
    [InlineData(" Import ", Flow.Import)]
    [InlineData("EXPORT", Flow.Export)]
    public void Flow_CaseAndSpacesIgnored(string text, Flow expected) => Assert.Equal(expected, Parameters.Flow(text));

    [Fact]
    public void Flow_AbsentWithFallback_ElseRequired()
    {
        Assert.Equal(Flow.Export, Parameters.Flow(null, fallback: Flow.Export));
        Assert.Throws<TradeArgumentException>(() => Parameters.Flow(null));
        Assert.Throws<TradeArgumentException>(() => Parameters.Flow("transit"));
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("", 10)]
    [InlineData("5", 5)]
    [InlineData(" 1000 ", 1000)]
    public void TopN_Accepted(string? text, int expected) => Assert.Equal(expected, Parameters.TopN(text));

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void TopN_Refused(string text) => Assert.Equal("n", Assert.Throws<TradeArgumentException>(() => Parameters.TopN(text)).Parameter);

    [Theory]
    [InlineData(null, "id")]
    [InlineData("EN", "en")]
    [InlineData("en-US", "en")]
    [InlineData("id-ID", "id")]
    public void Language_Accepted(string? text, string expected) => Assert.Equal(expected, Parameters.Language(text));

    [Fact]
    public void Language_Unknown_Refused() => Assert.Throws<TradeArgumentException>(() => Parameters.Language("fr"));

    [Theory]
    [InlineData("2020", 2020, 0)]
    [InlineData(" 2020-01 ", 2020, 1)]
    public void Period_Accepted(string text, int year, int month)
    {
        var p = Parameters.Period(text);
        Assert.Equal((year, month), (p.Year, p.Month));
    }

    [Fact]
    public void Period_Bad_Indonesian() =>
        Assert.Contains("harus berupa bulan", Assert.Throws<TradeArgumentException>(() => Parameters.Period("2020-13")).ReasonId, StringComparison.Ordinal);

    /// <summary>The same bad province is refused with the same parameter by every web entry point (was: 4 variants).</summary>
    [Theory]
    [InlineData("/api/trade/top?by=hs2&flow=export&period=2020-01&province=77")]
    [InlineData("/api/trade/balance?from=2020-01&to=2020-01&province=77")]
    [InlineData("/api/commodities/sector?period=2020&province=77")]
    [InlineData("/dashboard/download?table=top-hs2&format=csv&province=77")]
    [InlineData("/api/commodities/sector?period=2020&province=18&lang=fr")]
    public async Task Web_BadParameter_400SameWordingEverywhere(string url)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors");
        var (name, reasons) = errors.EnumerateObject().Select(p => (p.Name, p.Value[0].GetString()!)).Single();
        Assert.True(name is "province" or "lang", name);
        Assert.Contains(name == "province" ? "bukan kode provinsi BPS" : "harus salah satu dari id|en", reasons, StringComparison.Ordinal);
    }
}
