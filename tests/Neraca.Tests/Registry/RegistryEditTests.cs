using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

/// <summary>The officer's registration page, the product/certificate forms, and deleting records (authorization + audit).</summary>
public class RegistryEditTests
{
    private const string Businesses = "/api/registry/businesses";

    [Fact]
    public async Task NewPage_OfficerRegistersWithOwnerAccount_VerifiedAndOwnerSeesIt()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var owner = await factory.CreateUserAsync(Roles.Business, email: "pemilik@kopiliwa.test");
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var form = await session.GetStringAsync("/registry/new");
        Assert.Contains("Daftarkan usaha", form, StringComparison.Ordinal);
        Assert.DoesNotContain("KOTA JAKARTA", form, StringComparison.Ordinal);

        using var post = await session.PostAsync("/registry/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Keripik Pisang Bu Sri",
            ["Input.Nib"] = "8120 0000 55501",
            ["Input.Kind"] = "ikm",
            ["Input.RegencyCode"] = "1871",
            ["Input.CapitalRupiah"] = "250000000",
            ["Input.AnnualSalesRupiah"] = "900000000",
            ["Input.OwnerName"] = "Sri Lestari",
            ["Input.OwnerGender"] = "F",
            ["Input.OwnerEmail"] = "pemilik@kopiliwa.test",
            ["Input.CatalogConsent"] = "true",
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = factory.Database.NewContext();
        var saved = await db.Businesses.SingleAsync();
        Assert.Equal($"/registry/{saved.Id}", post.Headers.Location!.OriginalString);
        Assert.Equal(("8120000055501", (short)18, owner.Id, Neraca.Registry.Verification.Verified, true), (saved.Nib, saved.ProvinceCode, saved.OwnerUserId, saved.Verification, saved.CatalogConsent));
        var (ownerApi, _) = await SignInAsAsync(factory, owner);
        Assert.Contains("Keripik Pisang Bu Sri", await ownerApi.GetStringAsync($"/registry/{saved.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_BadNibAndUnknownOwner_ShowsErrorsAndWritesNothing()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var form = await session.GetStringAsync("/registry/new");

        using var post = await session.PostAsync("/registry/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Kopi Tanpa NIB",
            ["Input.Nib"] = "12345",
            ["Input.Kind"] = "umkm",
            ["Input.RegencyCode"] = "1801",
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(form),
        }));
        var html = await post.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("id=\"nib-error\">&#x27;12345&#x27; bukan NIB 13 angka</span>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kopi Tanpa NIB\"", html, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Businesses.CountAsync());
    }

    [Fact]
    public async Task DetailPage_AddProductAndCertificationThenDeleteProduct_ListedThenGoneAndAudited()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000055502"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{id}");

        using (var product = await session.PostAsync($"/registry/{id}?handler=Product", Form(page, ("product.NameId", "Kopi bubuk robusta"), ("product.HsCode", "0901.21"), ("product.MonthlyCapacity", "500"), ("product.CapacityUnit", "kg"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, product.StatusCode);
        }

        using (var cert = await session.PostAsync($"/registry/{id}?handler=Certification", Form(page, ("certification.Type", "halal"), ("certification.Number", "ID18110000123"), ("certification.ExpiresOn", "2030-01-31"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, cert.StatusCode);
        }

        using (var bad = await session.PostAsync($"/registry/{id}?handler=Product", Form(page, ("product.NameId", "Kopi"), ("product.HsCode", "7701"))))
        {
            Assert.Contains("bukan kode HS", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var detail = await session.GetStringAsync($"/registry/{id}");
        Assert.Contains("Kopi bubuk robusta", detail, StringComparison.Ordinal);
        Assert.Contains("HALAL ID18110000123", detail, StringComparison.Ordinal);

        await using var db = factory.Database.NewContext();
        var productId = (await db.Products.SingleAsync()).Id;
        using (var delete = await session.PostAsync($"/registry/{id}?handler=Delete", Form(detail, ("what", "product"), ("itemId", productId.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        }

        Assert.Equal(0, await db.Products.CountAsync());
        Assert.Equal(1, await db.Certifications.CountAsync());
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == "business_product" && a.Action == AuditActions.Delete);
        Assert.Contains("Kopi bubuk robusta", audit.BeforeJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DeleteBusiness_OwnerRefusedStaffDeletesWithChildrenAudited(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000055503"));
        using (var product = await owner.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi bubuk", hsCode = "0901" }))
        {
            Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        }

        using (var refused = await owner.DeleteAsync($"{Businesses}/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var (otherProvince, _, _) = await factory.TokenClientAsync(Roles.Officer, 31);
        using (var hidden = await otherProvince.DeleteAsync($"{Businesses}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        using (var deleted = await officer.DeleteAsync($"{Businesses}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Businesses.CountAsync());
        Assert.Equal(0, await db.Products.CountAsync());
        var deletes = await db.AuditEntries.Where(a => a.Action == AuditActions.Delete).Select(a => a.Entity).ToListAsync();
        Assert.Contains("business", deletes);
        Assert.Contains("business_product", deletes);
    }

    [Fact]
    public async Task DetailPage_EditProductForm_PrefilledThenSavedInPlace()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000055507"));
        using (var added = await api.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Lada hitam", hsCode = "0904", priceMinRupiah = 95_000.5m, packaging = "karung" }))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        await using var db = factory.Database.NewContext();
        var productId = (await db.Products.SingleAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{id}");
        Assert.Contains("Ubah produk", page, StringComparison.Ordinal);
        Assert.Contains("value=\"95000,5\"", page, StringComparison.Ordinal); // Indonesian decimal comma, read back by the same culture

        using var edit = await session.PostAsync($"/registry/{id}?handler=ProductEdit", Form(page,
            ("itemId", productId), ("product.NameId", "Lada hitam Lampung"), ("product.HsCode", "090411"),
            ("product.PriceMinRupiah", "95000,5"), ("product.Packaging", "karung 25 kg")));

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await using var check = factory.Database.NewContext();
        var product = await check.Products.SingleAsync();
        Assert.Equal(("Lada hitam Lampung", "090411", 95_000.5m, "karung 25 kg"), (product.NameId, product.HsCode, product.PriceMinRupiah, product.Packaging));
    }

    [Fact]
    public async Task UpdateProduct_OwnerEditsInPlace_SavedAuditedOthersNotFoundBadHsRefused()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000055506"));
        using (var added = await owner.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi bubuk", hsCode = "0901" }))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        await using var db = factory.Database.NewContext();
        var productId = (await db.Products.SingleAsync()).Id;
        var url = $"{Businesses}/{id}/products/{productId}";
        var (other, _, _) = await factory.TokenClientAsync(Roles.Business);

        using var edited = await owner.PutAsJsonAsync(url, new { nameId = "Kopi robusta sangrai", nameEn = "Roasted robusta", hsCode = "0901.21", priceMinRupiah = 80_000m, priceMaxRupiah = 120_000m });
        using var badHs = await owner.PutAsJsonAsync(url, new { nameId = "Kopi", hsCode = "7701" });
        using var foreign = await other.PutAsJsonAsync(url, new { nameId = "Diambil alih", hsCode = "0901" });
        using var missing = await owner.PutAsJsonAsync($"{Businesses}/{id}/products/{productId + 1000}", new { nameId = "x", hsCode = "0901" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badHs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await using var check = factory.Database.NewContext();
        var product = await check.Products.SingleAsync();
        Assert.Equal((productId, "Kopi robusta sangrai", "090121", 80_000m), (product.Id, product.NameId, product.HsCode, product.PriceMinRupiah));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "update" && a.AfterJson!.Contains("Kopi robusta sangrai")));
    }

    [Fact]
    public async Task DeleteChild_AnotherOwnersRecord_NotFoundAndKept()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000055504"));
        using (var cert = await owner.PostAsJsonAsync($"{Businesses}/{id}/certifications", new { type = "pirt", number = "P-1" }))
        {
            Assert.Equal(HttpStatusCode.OK, cert.StatusCode);
        }

        await using var db = factory.Database.NewContext();
        var certId = (await db.Certifications.SingleAsync()).Id;
        var (other, _, _) = await factory.TokenClientAsync(Roles.Business);
        var otherId = await RegistryApiTests.CreateAsync(other, RegistryApiTests.NewBusiness("8120000055505", name: "Lain"));

        using var viaOwnId = await other.DeleteAsync($"{Businesses}/{otherId}/certifications/{certId}");
        using var viaTheirId = await other.DeleteAsync($"{Businesses}/{id}/certifications/{certId}");
        using var own = await owner.DeleteAsync($"{Businesses}/{id}/certifications/{certId}");

        Assert.Equal(HttpStatusCode.NotFound, viaOwnId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaTheirId.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
    }

    [Fact]
    public async Task DetailPage_OwnerDeleteBusiness_Forbidden()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var owner = await factory.CreateUserAsync(Roles.Business);
        var (api, _) = await SignInAsAsync(factory, owner);
        var page0 = await api.GetStringAsync("/registry/new");
        using var created = await api.PostAsync("/registry/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Tapis Lampung Ibu Ani",
            ["Input.Nib"] = "8120000055506",
            ["Input.Kind"] = "umkm",
            ["Input.RegencyCode"] = "1871",
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page0),
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];
        var page = await api.GetStringAsync($"/registry/{id}");
        Assert.DoesNotContain("delete-business", page, StringComparison.Ordinal);

        using var delete = await api.PostAsync($"/registry/{id}?handler=DeleteBusiness", Form(page));

        Assert.NotEqual(HttpStatusCode.Redirect, delete.StatusCode);
        await using var db = factory.Database.NewContext();
        var business = await db.Businesses.SingleAsync();
        Assert.Equal((owner.Id, Neraca.Registry.Verification.Pending), (business.OwnerUserId, business.Verification));
    }

    [Fact]
    public async Task ListPage_HsAndCertificationFilters_OnlyMatchingAndDownloadsKeepFilters()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var kopi = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000055507", name: "Kopi Halal Liwa"));
        var lada = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000055508", name: "Lada Way Kanan"));
        (await api.PostAsJsonAsync($"{Businesses}/{kopi}/products", new { nameId = "Kopi bubuk", hsCode = "09012100" })).Dispose();
        (await api.PostAsJsonAsync($"{Businesses}/{kopi}/certifications", new { type = "halal", number = "H-1" })).Dispose();
        (await api.PostAsJsonAsync($"{Businesses}/{lada}/products", new { nameId = "Lada hitam", hsCode = "0904" })).Dispose();
        (await api.PostAsJsonAsync($"{Businesses}/{lada}/certifications", new { type = "halal", number = "H-2" })).Dispose();
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);

        var page = await session.GetStringAsync("/registry?Hs=0901&Certification=halal");

        Assert.Contains("Kopi Halal Liwa", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lada Way Kanan", page, StringComparison.Ordinal);
        Assert.Contains("/api/registry/businesses.xlsx?hs=0901&amp;certification=halal", page, StringComparison.Ordinal);
        Assert.Contains("Lada Way Kanan", await session.GetStringAsync("/registry?Certification=halal"), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", HttpHelpers.FormToken(page))));

    private static async Task<(HttpClient Client, AppUser User)> SignInAsAsync(NeracaWebFactory factory, AppUser user)
    {
        var session = factory.CreateHttpsClient();
        using var login = await NeracaWebFactory.PostLoginAsync(session, user.Email!, NeracaWebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (session, user);
    }
}
