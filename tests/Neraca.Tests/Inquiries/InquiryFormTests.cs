using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Neraca.Markets;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Inquiries;

/// <summary>The public inquiry form `/inquiry` and its e-mailed confirmation (docs/decisions/0030).</summary>
public partial class InquiryFormTests
{
    internal static Dictionary<string, string> Valid(string token, string email = "buyer@example.com") => new()
    {
        ["Form.ProductText"] = "Robusta green coffee beans",
        ["Form.Hs"] = "090111",
        ["Form.Quantity"] = "20",
        ["Form.Unit"] = "ton",
        ["Form.Country"] = "US",
        ["Form.Certifications"] = "halal",
        ["Form.Incoterm"] = "FOB",
        ["Form.Timeline"] = "Q1 2027",
        ["Form.ContactName"] = "Jane Buyer",
        ["Form.ContactEmail"] = email,
        ["Form.Company"] = "Acme Coffee Inc.",
        ["Form.Website"] = "",
        ["__RequestVerificationToken"] = token,
    };

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, Func<string, Dictionary<string, string>> form)
    {
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/inquiry"));
        return await client.PostAsync("/inquiry", new FormUrlEncodedContent(form(token)));
    }

    [GeneratedRegex(@"https?://\S+/inquiry/confirm\?token=\S+")]
    internal static partial Regex LinkPattern();

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Post_ValidForm_StoredUnconfirmedAndLinkConfirmsOnce(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var client = factory.CreateHttpsClient();

        using var response = await PostAsync(client, t => Valid(t));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inquiry/sent", response.Headers.Location!.OriginalString);
        string link;
        await using (var db = factory.Database.NewContext())
        {
            var inquiry = await db.Inquiries.SingleAsync();
            Assert.Equal(("090111", 20m, "US", "Halal", "FOB", (DateTime?)null, (short)18), (inquiry.Hs, inquiry.Quantity, inquiry.Country, inquiry.Certifications, inquiry.Incoterm, inquiry.ConfirmedAtUtc, inquiry.ProvinceCode));
            var mail = await db.OutboxMessages.SingleAsync();
            Assert.Equal("buyer@example.com", mail.To);
            link = LinkPattern().Match(mail.Body).Value;
            var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
            // Only the hash is stored: the database never holds a working link.
            Assert.DoesNotContain(token, inquiry.ConfirmTokenHash, StringComparison.Ordinal);
            Assert.Equal(InquirySubmission.Hash(token), inquiry.ConfirmTokenHash);
        }

        var path = new Uri(link).PathAndQuery;
        Assert.Contains("data-outcome=\"confirmed\"", await client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"alreadyconfirmed\"", await client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"unknown\"", await client.GetStringAsync("/inquiry/confirm?token=forged"), StringComparison.Ordinal);
        await using var check = factory.Database.NewContext();
        Assert.NotNull((await check.Inquiries.SingleAsync()).ConfirmedAtUtc);
    }

    [Fact]
    public async Task Post_HoneypotFilled_AnsweredNormallyNothingStored()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateHttpsClient();

        using var response = await PostAsync(client, t => new(Valid(t)) { ["Form.Website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Database.NewContext();
        Assert.Equal((0, 0), (await db.Inquiries.CountAsync(), await db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Post_BadFields_ErrorPerFieldInReadersLanguageNothingStored(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var client = factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);

        using var response = await PostAsync(client, t => new(Valid(t))
        {
            ["Form.ProductText"] = "",
            ["Form.Hs"] = "12a",
            ["Form.Quantity"] = "-3",
            ["Form.Country"] = "XX",
            ["Form.ContactName"] = "",
            ["Form.ContactEmail"] = "not an address",
            ["Form.Incoterm"] = "FREE",
            ["Form.Certifications"] = "nonsense",
            ["Form.Timeline"] = new string('x', 201),
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var expected in new[]
        {
            "id=\"err-Hs\">An HS code has 2, 4, 6, 8 or 10 digits.", "id=\"err-Quantity\">Quantity must be a number above 0", "id=\"err-Country\">Choose the destination country.",
            "id=\"err-ContactName\">Give your name.", "id=\"err-ContactEmail\">Not a valid e-mail address", "id=\"err-Incoterm\">Choose an Incoterm",
            "id=\"err-Certifications\">Unknown certification.", "id=\"err-Timeline\">At most 200 characters.",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Inquiries.CountAsync());
    }

    [Fact]
    public async Task Post_MoreThanLimitPerHour_429AndNotStored()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(Engine.Sqlite, new() { ["Neraca:Inquiries:PermitsPerHour"] = "2" });
        using var client = factory.CreateHttpsClient();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await PostAsync(client, t => Valid(t, $"b{i}@example.com"));
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        using var third = await PostAsync(client, t => Valid(t, "b3@example.com"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inquiry")).StatusCode); // reading the form is never limited
        await using var db = factory.Database.NewContext();
        Assert.Equal(2, await db.Inquiries.CountAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateHttpsClient();
        await client.GetStringAsync("/inquiry");

        using var response = await client.PostAsync("/inquiry", new FormUrlEncodedContent(new Dictionary<string, string>(Valid("")) { ["__RequestVerificationToken"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_HugeBody_RefusedNot500()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateHttpsClient();

        using var response = await PostAsync(client, t => new(Valid(t)) { ["Form.ProductText"] = new string('x', 40_000) });

        Assert.True((int)response.StatusCode is >= 400 and < 500, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Confirm_AfterExpiry_NotConfirmed()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var (inquiry, errors) = await InquirySubmission.SubmitAsync(db, new InquiryInput
        {
            Hs = "0901",
            Country = "JP",
            ContactName = "K",
            ContactEmail = "k@example.jp",
        }, 18, "https://neraca.example/inquiry/confirm?token=", now);
        Assert.Empty(errors);
        var token = Uri.UnescapeDataString(LinkPattern().Match((await db.OutboxMessages.SingleAsync()).Body).Value.Split("token=")[1]);

        var (outcome, _) = await InquirySubmission.ConfirmAsync(db, token, now + InquiryLimits.ConfirmFor + TimeSpan.FromSeconds(1));

        Assert.Equal(ConfirmOutcome.Expired, outcome);
        Assert.Null((await db.Inquiries.SingleAsync(i => i.Id == inquiry!.Id)).ConfirmedAtUtc);
    }

    [Fact]
    public async Task CatalogProduct_AskButton_OpensFormPrefilled()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        int businessId, productId;
        await using (var db = factory.Database.NewContext())
        {
            var b = new Business
            {
                Name = "Kopi Tani",
                Nib = "9120000000077",
                ProvinceCode = 18,
                RegencyCode = 1804,
                Verification = Verification.Verified,
                CatalogConsent = true,
                CreatedAtUtc = DateTime.UtcNow,
                Products = [new Product { NameId = "Kopi robusta", NameEn = "Robusta coffee", HsCode = "09011110", CapacityUnit = "ton" }],
            };
            db.Businesses.Add(b);
            await db.SaveChangesAsync();
            (businessId, productId) = (b.Id, b.Products[0].Id);
        }

        using var client = factory.CreateHttpsClient();
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        Assert.Contains($"href=\"/inquiry?product={productId}\"", await client.GetStringAsync($"/catalog/{businessId}"), StringComparison.Ordinal);
        var form = await client.GetStringAsync($"/inquiry?product={productId}");
        Assert.Contains(">Robusta coffee</textarea>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"09011110\"", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.ProductId\" value=\"{productId}\"", form, StringComparison.Ordinal);
    }
}
