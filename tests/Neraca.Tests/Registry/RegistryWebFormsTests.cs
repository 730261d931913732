using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using static Neraca.Tests.Registry.RegistryFormTests;

namespace Neraca.Tests.Registry;

/// <summary>Issue 13 item 11: officers edit a business, read its full card, and move the funnel on the web.</summary>
public class RegistryWebFormsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EditPage_OfficerChangesNameAndCapital_SavedAuditedAndShownOnCard(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000077701"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var edit = await session.GetStringAsync($"/registry/{id}/edit");
        Assert.Contains("value=\"600.000.000\"", edit, StringComparison.Ordinal); // the amount as the page's language writes it, read back by the same parser

        using var post = await session.PostAsync($"/registry/{id}/edit", Form(edit,
            ("Input.Name", "Kopi Robusta Liwa Baru"), ("Input.Nib", "8120000077701"), ("Input.Kind", "ikm"), ("Input.RegencyCode", "1801"),
            ("Input.CapitalRupiah", "Rp 700.000.000"), ("Input.AnnualSalesRupiah", "3.000.000.000"), ("Input.Address", "Jl. Raya Liwa No. 9"),
            ("Input.OwnerName", "Siti Rahmawati"), ("Input.OwnerGender", "P"), ("Input.Phone", "0812-7000-1111"), ("Input.Email", "owner@kopiliwa.test")));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var card = await session.GetStringAsync($"/registry/{id}");
        foreach (var shown in new[] { "Kopi Robusta Liwa Baru", "Jl. Raya Liwa No. 9", "Siti Rahmawati", "Rp 700.000.000", "Rp 3.000.000.000", "0812-7000-1111", "owner@kopiliwa.test", "Ubah data usaha" })
        {
            Assert.Contains(shown, card, StringComparison.Ordinal);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal((700_000_000m, Verification.Verified), await db.Businesses.Where(b => b.Id == id).Select(b => new ValueTuple<decimal?, Verification>(b.CapitalRupiah, b.Verification)).SingleAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "business" && a.Action == "update" && a.AfterJson!.Contains("Kopi Robusta Liwa Baru")));
    }

    [Fact]
    public async Task EditPage_BadEmployees_ErrorBesideFieldNothingChanged()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000077702"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var edit = await session.GetStringAsync($"/registry/{id}/edit");

        using var post = await session.PostAsync($"/registry/{id}/edit", Form(edit,
            ("Input.Name", "Nama Baru"), ("Input.Nib", "8120000077702"), ("Input.Kind", "ikm"), ("Input.RegencyCode", "1801"), ("Input.Employees", "dua belas")));
        var html = await post.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("id=\"employees-error\">&#x27;dua belas&#x27; bukan bilangan bulat", html, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal("Kopi Robusta Liwa", await db.Businesses.Where(b => b.Id == id).Select(b => b.Name).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DetailPage_ParticipationThenExport_FunnelMovesPastAssessed(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000077703"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{id}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using (var training = await session.PostAsync($"/registry/{id}?handler=Participation", Form(page, ("participation.ProgramName", "Pelatihan ekspor kopi"), ("participation.Date", today))))
        {
            Assert.Equal(HttpStatusCode.Redirect, training.StatusCode);
        }

        using (var bad = await session.PostAsync($"/registry/{id}?handler=Export", Form(page, ("export.Date", today), ("export.Country", "JP"), ("export.HsCode", "0901"), ("export.ValueUsd", "seribu"))))
        {
            Assert.Contains("id=\"export-value-error\">&#x27;seribu&#x27; bukan angka", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var export = await session.PostAsync($"/registry/{id}?handler=Export", Form(page, ("export.Date", today), ("export.Country", "jp"), ("export.HsCode", "0901"), ("export.ValueUsd", "12.500,50"), ("export.Buyer", "Tokyo Coffee"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        }

        var detail = await session.GetStringAsync($"/registry/{id}");
        Assert.Contains("Pelatihan ekspor kopi", detail, StringComparison.Ordinal);
        Assert.Contains("Tokyo Coffee", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"stage\">Ekspor pertama", detail, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(12_500.50m, await db.ExportRecords.Where(e => e.BusinessId == id).Select(e => e.ValueUsd).SingleAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "business_participation" && a.Action == "create"));
    }

    [Fact]
    public async Task DetailPage_OwnerPostsParticipation_NotFoundAndNoForm()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var owner = await factory.CreateUserAsync(Roles.Business, email: "pemilik@liwa.test");
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, new { name = "Kopi Milik Sendiri", nib = "8120000077704", kind = "ikm", provinceCode = 18, regencyCode = 1801, ownerEmail = "pemilik@liwa.test" });
        var session = factory.CreateHttpsClient();
        using (var login = await NeracaWebFactory.PostLoginAsync(session, owner.Email!, NeracaWebFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var page = await session.GetStringAsync($"/registry/{id}");
        using var post = await session.PostAsync($"/registry/{id}?handler=Participation", Form(page, ("participation.ProgramName", "Klaim palsu"), ("participation.Date", "2026-01-05")));

        Assert.DoesNotContain("participation-form", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task DetailPage_OfficerVerifiesPending_Verified()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000077705"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{id}");
        Assert.Contains("verify-form", page, StringComparison.Ordinal);

        using var post = await session.PostAsync($"/registry/{id}?handler=Verify", Form(page));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = factory.Database.NewContext();
        Assert.Equal(Verification.Verified, await db.Businesses.Where(b => b.Id == id).Select(b => b.Verification).SingleAsync());
    }

    [Fact]
    public async Task DetailPage_UnreadablePrice_ReportedNotSavedAsEmpty()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120000077706"));
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{id}");

        using var post = await session.PostAsync($"/registry/{id}?handler=Product", Form(page, ("product.NameId", "Kopi bubuk"), ("product.HsCode", "0901"), ("product.MonthlyCapacity", "lima ratus")));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("&#x27;lima ratus&#x27; tidak dapat dibaca", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Products.CountAsync());
    }
}
