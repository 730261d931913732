using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

/// <summary>The business form reads values with the import's parser and shows errors beside the field in the page's language.</summary>
public class RegistryFormTests
{
    internal static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", HttpHelpers.FormToken(page))));

    internal static (string, string)[] Business(string nib, string capital) =>
    [
        ("Input.Name", "Keripik Pisang Bu Sri"), ("Input.Nib", nib), ("Input.Kind", "ikm"), ("Input.RegencyCode", "1871"),
        ("Input.CapitalRupiah", capital), ("Input.AnnualSalesRupiah", "Rp 900.000.000"), ("Input.OwnerGender", "F"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task NewPage_CapitalAsTypedInIndonesian_Kept(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync("/registry/new");

        using var post = await session.PostAsync("/registry/new", Form(page, Business("8120000055601", "Rp 250.000.000")));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = factory.Database.NewContext();
        var saved = await db.Businesses.SingleAsync();
        Assert.Equal((250_000_000m, 900_000_000m), (saved.CapitalRupiah, saved.AnnualSalesRupiah));
    }

    [Fact]
    public async Task NewPage_UnreadableCapital_ErrorBesideTheFieldInPageLanguageAndNothingSaved()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync("/registry/new");

        using var post = await session.PostAsync("/registry/new", Form(page, Business("8120000055602", "dua ratus juta")));
        var html = await post.Content.ReadAsStringAsync();
        using var englishPost = await session.PostAsync("/registry/new?culture=en-US", Form(page, Business("8120000055602", "dua ratus juta")));
        var englishHtml = await englishPost.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("id=\"capital-error\">&#x27;dua ratus juta&#x27; bukan jumlah rupiah", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"capital-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dua ratus juta\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"capital-error\">&#x27;dua ratus juta&#x27; is not an amount in Rupiah", englishHtml, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Businesses.CountAsync());
    }
}
