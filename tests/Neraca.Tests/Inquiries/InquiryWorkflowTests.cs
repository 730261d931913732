using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Markets;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Inquiries;

/// <summary>The officer workflow of confirmed inquiries (docs/decisions/0030).</summary>
public class InquiryWorkflowTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProvinceScope Lampung = new(18);

    private static int seeded;

    internal static async Task<(int InquiryId, int BusinessId)> SeedAsync(NeracaDb db, bool confirmed = true, DateTime? lastActivity = null)
    {
        var n = Interlocked.Increment(ref seeded);
        var business = new Business
        {
            Name = "Kopi Tani Makmur",
            Nib = (9120000000000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProvinceCode = 18,
            RegencyCode = 1804,
            Verification = Verification.Verified,
            CatalogConsent = true,
            CreatedAtUtc = Now,
            Products = [new Product { NameId = "Biji kopi robusta", NameEn = "Robusta green coffee beans", HsCode = "09011110", MonthlyCapacity = 10m, CapacityUnit = "ton" }],
            Certifications = [new Certification { Type = CertificationType.Halal, Number = "H-1", Issuer = "BPJPH", ExpiresOn = new DateOnly(2099, 1, 1) }],
        };
        db.Businesses.Add(business);
        var inquiry = new Inquiry
        {
            ProvinceCode = 18,
            ProductText = "Robusta coffee",
            Hs = "090111",
            Quantity = 20m,
            Unit = "ton",
            Country = "US",
            Certifications = "Halal",
            ContactName = "Jane Buyer",
            ContactEmail = "jane@example.com",
            Company = "Acme Coffee Inc.",
            CreatedAtUtc = Now,
            ConfirmTokenHash = Guid.NewGuid().ToString("N"),
            ConfirmExpiresAtUtc = Now.AddDays(2),
            ConfirmedAtUtc = confirmed ? Now : null,
            LastActivityAtUtc = lastActivity ?? Now,
        };
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync();
        return (inquiry.Id, business.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Move_ForwardToShipped_StepsAuditedAndExportRecordMade(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        db.AuditActor = () => "officer@dinas";
        var (id, businessId) = await SeedAsync(db);

        Assert.Empty((await InquiryWorkflow.MoveAsync(db, Lampung, id, new InquiryMove("forwarded", null, "sent to Kopi Tani"), "officer@dinas", Now.AddDays(1)))!);
        Assert.Empty((await InquiryWorkflow.MoveAsync(db, Lampung, id, new InquiryMove("deal", new DateOnly(2026, 12, 9), ""), "officer@dinas", Now.AddDays(2)))!);
        Assert.Empty((await InquiryWorkflow.MoveAsync(db, Lampung, id, new InquiryMove("shipped", new DateOnly(2026, 12, 10), "B/L 42", null, businessId, 52_000m), "officer@dinas", Now.AddDays(3)))!);

        await using var check = database.NewContext();
        var inquiry = await check.Inquiries.Include(i => i.Events).SingleAsync();
        Assert.Equal(InquiryStatus.Shipped, inquiry.Status);
        Assert.Equal(
            ["New>Forwarded 2026-12-08 sent to Kopi Tani", "Forwarded>Deal 2026-12-09 ", "Deal>Shipped 2026-12-10 B/L 42"],
            inquiry.Events.OrderBy(e => e.Id).Select(e => $"{e.From}>{e.To} {e.Date:yyyy-MM-dd} {e.Note}"));
        Assert.All(inquiry.Events, e => Assert.Equal("officer@dinas", e.Actor));
        var export = await check.ExportRecords.SingleAsync();
        Assert.Equal((businessId, "US", "090111", 52_000m, "20 ton", "Acme Coffee Inc.", new DateOnly(2026, 12, 10)),
            (export.BusinessId, export.Country, export.HsCode, export.ValueUsd, export.Volume, export.Buyer, export.Date));
        Assert.Equal((businessId, export.Id), (inquiry.BusinessId!.Value, inquiry.ExportRecordId!.Value));
        Assert.Equal(3, await check.AuditEntries.CountAsync(a => a.Entity == "inquiry_event" && a.Actor == "officer@dinas"));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Entity == "inquiry" && a.Action == AuditActions.Update));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Entity == "business_export" && a.Action == AuditActions.Create));
    }

    [Theory]
    [InlineData("new", "Cannot move from Forwarded to New.")]
    [InlineData("closed", "Give the reason for closing.")]
    [InlineData("shipped", "Choose the business that shipped.")]
    [InlineData("7", "Unknown status.")]
    [InlineData("done", "Unknown status.")]
    public async Task Move_Refused_ReasonAndNothingChanged(string to, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var (id, _) = await SeedAsync(db);
        Assert.Empty((await InquiryWorkflow.MoveAsync(db, Lampung, id, new InquiryMove("forwarded", null, null), "o", Now))!);

        var errors = (await InquiryWorkflow.MoveAsync(db, Lampung, id, new InquiryMove(to, null, null), "o", Now))!;

        Assert.Contains(expected, errors.Select(e => e.En));
        await using var check = database.NewContext();
        Assert.Equal((InquiryStatus.Forwarded, 1), ((await check.Inquiries.SingleAsync()).Status, await check.InquiryEvents.CountAsync()));
    }

    [Fact]
    public async Task Move_OtherProvinceOrUnconfirmed_NotFound()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var (id, _) = await SeedAsync(db);
        var (unconfirmed, _) = await SeedAsync(db, confirmed: false);

        Assert.Null(await InquiryWorkflow.MoveAsync(db, new ProvinceScope(31), id, new InquiryMove("forwarded", null, null), "o", Now));
        Assert.Null(await InquiryWorkflow.MoveAsync(db, Lampung, unconfirmed, new InquiryMove("forwarded", null, null), "o", Now));
    }

    [Fact]
    public async Task List_Idle14Days_FlaggedAndOnlyConfirmed()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var (idle, _) = await SeedAsync(db, lastActivity: Now.AddDays(-14));
        var (fresh, _) = await SeedAsync(db, lastActivity: Now.AddDays(-13));
        await SeedAsync(db, confirmed: false, lastActivity: Now.AddDays(-30));

        var all = await InquiryWorkflow.ListAsync(db, Lampung, Now, followUpOnly: false);
        var followUp = await InquiryWorkflow.ListAsync(db, Lampung, Now, followUpOnly: true);

        Assert.Equal([(idle, 14, true), (fresh, 13, false)], all.Select(r => (r.Id, r.IdleDays, r.NeedsFollowUp)));
        Assert.Equal([idle], followUp.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Pages_Officer_SeesMatchesAndMovesToDeal(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        int id;
        await using (var db = factory.Database.NewContext())
        {
            (id, _) = await SeedAsync(db);
        }

        using var anonymous = factory.CreateHttpsClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/inquiries/{id}")).StatusCode);
        var (client, _) = await factory.SignInAsync(Roles.Officer, 18);
        using (client)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
            Assert.Contains($"href=\"/inquiries/{id}\"", await client.GetStringAsync("/inquiries"), StringComparison.Ordinal);
            var page = await client.GetStringAsync($"/inquiries/{id}");
            Assert.Contains("Kopi Tani Makmur", page, StringComparison.Ordinal);
            Assert.Contains("id=\"match-", page, StringComparison.Ordinal);

            using var move = await client.PostAsync($"/inquiries/{id}?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["to"] = "deal",
                ["note"] = "price agreed",
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
            Assert.Contains("<strong>Deal</strong>", await client.GetStringAsync($"/inquiries/{id}"), StringComparison.Ordinal);

            var (business, _) = await factory.SignInAsync(Roles.Business);
            using (business)
            {
                Assert.NotEqual(HttpStatusCode.OK, (await business.GetAsync("/inquiries")).StatusCode);
            }
        }
    }
}
