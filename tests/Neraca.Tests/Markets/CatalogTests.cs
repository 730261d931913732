using System.Net;
using System.Text.Json;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Markets;

/// <summary>The public catalog (`/api/catalog/businesses`, `/catalog`, `/sitemap.xml`): no personal data ever, cacheable, shareable.</summary>
public class CatalogTests
{
    /// <summary>Every field name the public catalog may return, at any depth.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "id", "name", "kind", "regency_code", "regency", "products", "certifications",
        "name_id", "name_en", "hs_code", "description", "monthly_capacity", "capacity_unit", "minimum_order", "packaging", "photos",
        "type", "valid_until",
    };

    /// <summary>Personal values stored on the business: none may appear in any public response.</summary>
    private static readonly string[] Personal =
        ["Siti Aminah", "0812-7777-1234", "siti@example.id", "Jl. Rahasia 7", "9120000000077", "https://siti.example.id", "HALAL-NO-4711", "BPJPH Lampung", "123456789"];

    private static async Task<int> SeedAsync(TestDatabase database, bool consent = true, Verification verification = Verification.Verified, string name = "Kopi Tani Makmur", string nib = "9120000000077")
    {
        await using var db = database.NewContext();
        var business = new Business
        {
            Name = name,
            Nib = nib,
            ProvinceCode = 18,
            RegencyCode = 1804,
            Verification = verification,
            CatalogConsent = consent,
            OwnerName = "Siti Aminah",
            OwnerGender = "F",
            Phone = "0812-7777-1234",
            Email = "siti@example.id",
            Address = "Jl. Rahasia 7",
            Website = "https://siti.example.id",
            CapitalRupiah = 123456789m,
            Employees = 12,
            CreatedAtUtc = DateTime.UtcNow,
            Products = [new Product { NameId = "Biji kopi robusta", NameEn = "Robusta green coffee beans", HsCode = "09011110", MonthlyCapacity = 10_000m, CapacityUnit = "kg", MinimumOrder = "1 ton" }],
            Certifications = [
                new Certification { Type = CertificationType.Halal, Number = "HALAL-NO-4711", Issuer = "BPJPH Lampung", ExpiresOn = new DateOnly(2099, 1, 1) },
                new Certification { Type = CertificationType.Haccp, Number = "OLD-1", Issuer = "x", ExpiresOn = new DateOnly(2020, 1, 1) },
            ],
        };
        db.Businesses.Add(business);
        await db.SaveChangesAsync();
        return business.Id;
    }

    private static IEnumerable<string> Names(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Names),
        _ => [],
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Api_EveryField_WhitelistedAndNoPersonalValue(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var id = await SeedAsync(factory.Database);
        using var client = factory.CreateClient();

        foreach (var url in new[] { "/api/catalog/businesses", $"/api/catalog/businesses/{id}", "/api/catalog/businesses?q=kopi&hs=0901&certification=halal&regency=1804" })
        {
            var body = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            using var json = JsonDocument.Parse(body);
            var unexpected = Names(json.RootElement).Distinct().Where(n => !Allowed.Contains(n)).ToList();
            Assert.True(unexpected.Count == 0, url + ": " + string.Join(", ", unexpected));
            Assert.All(Personal, p => Assert.DoesNotContain(p, body, StringComparison.Ordinal));
        }

        // The registry's own /api/catalog keeps to non-personal fields too.
        var registry = await client.GetStringAsync(new Uri("/api/catalog", UriKind.Relative));
        Assert.All(Personal, p => Assert.DoesNotContain(p, registry, StringComparison.Ordinal));
        var names = Names(JsonDocument.Parse(registry).RootElement).Select(n => n.ToLowerInvariant()).ToHashSet();
        Assert.Empty(names.Intersect(["ownername", "owner_name", "phone", "email", "address", "nib", "website", "capitalrupiah", "number", "issuer"]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Api_ConsentAndVerification_OnlyListedBusinessesAndValidCertificates(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var listed = await SeedAsync(factory.Database);
        var noConsent = await SeedAsync(factory.Database, consent: false, name: "Tanpa Izin", nib: "9120000000078");
        var pending = await SeedAsync(factory.Database, verification: Verification.Pending, name: "Menunggu", nib: "9120000000079");
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/catalog/businesses", UriKind.Relative)));
        var business = Assert.Single(json.RootElement.EnumerateArray());
        using var hidden1 = await client.GetAsync(new Uri($"/api/catalog/businesses/{noConsent}", UriKind.Relative));
        using var hidden2 = await client.GetAsync(new Uri($"/catalog/{pending}", UriKind.Relative));

        Assert.Equal(listed, business.GetProperty("id").GetInt32());
        // The expired HACCP is not shown; the halal certificate shows its type and validity only.
        var cert = Assert.Single(business.GetProperty("certifications").EnumerateArray());
        Assert.Equal(("halal", "2099-01-01"), (cert.GetProperty("type").GetString(), cert.GetProperty("valid_until").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden1.StatusCode, hidden2.StatusCode));
    }

    [Theory]
    [InlineData("q=robusta", 1)]
    [InlineData("q=coffee beans", 1)]
    [InlineData("q=lada", 0)]
    [InlineData("hs=0901", 1)]
    [InlineData("hs=1511", 0)]
    [InlineData("certification=halal", 1)]
    [InlineData("certification=haccp", 0)]
    [InlineData("regency=1804", 1)]
    [InlineData("regency=1871", 0)]
    public async Task Api_Search_ByTextHsCertificationRegency(string query, int expected)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await SeedAsync(factory.Database);
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/catalog/businesses?" + query, UriKind.Relative)));

        Assert.Equal(expected, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Api_ETag_SecondRequest304UntilContentChanges()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await SeedAsync(factory.Database);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/catalog/businesses", UriKind.Relative));
        var tag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/businesses");
        again.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(again);
        await SeedAsync(factory.Database, name: "Lada Hitam Jaya", nib: "9120000000080");
        using var changed = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/businesses");
        changed.Headers.IfNoneMatch.Add(tag);
        using var third = await client.SendAsync(changed);

        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(tag, third.Headers.ETag);
    }

    [Theory]
    [InlineData("regency=abc")]
    [InlineData("q=")]
    public async Task Api_BadOrLongQuery_400NotServerError(string query)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/catalog/businesses?" + (query == "q=" ? "q=" + new string('x', 101) : query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SitemapAndPages_Anonymous_ListedBusinessWithTitleAndOpenGraph()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var id = await SeedAsync(factory.Database);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/catalog?q=coffee", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri($"/catalog/{id}", UriKind.Relative));

        Assert.Contains($"/catalog/{id}</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("Kopi Tani Makmur", list, StringComparison.Ordinal);
        Assert.Contains("<title>Kopi Tani Makmur · Neraca</title>", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Kopi Tani Makmur\">", page, StringComparison.Ordinal);
        Assert.Contains("Robusta green coffee beans", page, StringComparison.Ordinal);
        Assert.All(Personal, p => Assert.DoesNotContain(p, page, StringComparison.Ordinal));
        Assert.DoesNotContain("[catalog.", page + list, StringComparison.Ordinal);
    }
}
