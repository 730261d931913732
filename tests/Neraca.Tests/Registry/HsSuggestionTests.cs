using System.Net;
using System.Text.Json;
using Neraca.Accounts;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

/// <summary>HS code suggestions from the real shared HS files (BTKI Indonesian names, UN nomenclature, BTKI lines).</summary>
public class HsSuggestionTests
{
    private static async Task LoadHsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        foreach (var file in new[] { "hs2022_headings_id.csv", "hs2022_nomenclature.csv", "btki2022_tariff_lines.csv" })
        {
            var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("hs", file), "test");
            Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SearchAsync_KopiAndCoffee_SuggestHeading0901First(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadHsAsync(database);
        await using var db = database.NewContext();

        var kopi = await HsSuggestions.SearchAsync(db, "Kopi", 10, CancellationToken.None);
        var coffee = await HsSuggestions.SearchAsync(db, "coffee", 10, CancellationToken.None);
        var roasted = await HsSuggestions.SearchAsync(db, "roasted coffee", 10, CancellationToken.None);

        Assert.Equal("0901", kopi[0].Code);
        Assert.StartsWith("Kopi, digongseng", kopi[0].DescriptionId, StringComparison.Ordinal);
        Assert.Equal("0901", coffee[0].Code);
        Assert.StartsWith("Coffee", coffee[0].DescriptionEn, StringComparison.Ordinal);
        Assert.Contains(roasted, s => s.Code.StartsWith("090121", StringComparison.Ordinal));
        Assert.All(roasted, s => Assert.Contains("roast", s.DescriptionEn, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(kopi, s => s.Code.StartsWith("77", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_NothingLoaded_FallsBackToChapterTitles()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var coffee = await HsSuggestions.SearchAsync(db, "coffee", 10, CancellationToken.None);
        var none = await HsSuggestions.SearchAsync(db, "xq", 10, CancellationToken.None);

        Assert.Equal(["09"], coffee.Select(s => s.Code));
        Assert.Empty(none);
    }

    [Fact]
    public async Task SuggestEndpointAndHtmxList_Kopi_Offer0901()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await LoadHsAsync(factory.Database);
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (session, _) = await factory.SignInAsync(Roles.Business);

        using var json = await api.GetAsync("/api/registry/hs/suggest?q=kopi");
        var list = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        var html = await session.GetStringAsync("/registry/hs-suggestions?q=kopi");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("0901", list[0].GetProperty("code").GetString());
        Assert.Contains("data-hs=\"0901\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }
}
