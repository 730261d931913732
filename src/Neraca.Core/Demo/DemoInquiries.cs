using System.Security.Cryptography;
using Neraca.Markets;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>
/// A few confirmed buyer inquiries for the demo (docs/decisions/0030), so `/inquiries` shows real content: a fresh coffee
/// inquiry, one in negotiation, and one idle for three weeks (needs follow-up). Their confirmation tokens are random and
/// never sent: the demo queues no mail.
/// </summary>
public static class DemoInquiries
{
    public static async Task LoadAsync(NeracaDb db, DateTime nowUtc, CancellationToken ct = default)
    {
        db.Inquiries.AddRange(
            Make("Robusta green coffee beans, grade 4", "090111", 20m, "ton", "US", "Halal", "FOB", "Q1 2027", "Acme Coffee Inc.", nowUtc.AddDays(-2), InquiryStatus.New),
            Make("Black pepper, whole", "090411", 5m, "ton", "NL", "", "CIF", "March 2027", "Spice Trade B.V.", nowUtc.AddDays(-6), InquiryStatus.Negotiation),
            Make("Coffee, roasted", "0901", 2m, "ton", "JP", "Halal,Haccp", "FOB", "2027", "Tokyo Roasters K.K.", nowUtc.AddDays(-21), InquiryStatus.Forwarded));
        await db.SaveChangesAsync(ct);
    }

    private static Inquiry Make(string product, string hs, decimal quantity, string unit, string country, string certifications, string incoterm,
        string timeline, string company, DateTime at, InquiryStatus status)
    {
        var inquiry = new Inquiry
        {
            ProvinceCode = 18,
            ProductText = product,
            Hs = hs,
            Quantity = quantity,
            Unit = unit,
            Country = country,
            Certifications = certifications,
            Incoterm = incoterm,
            Timeline = timeline,
            ContactName = "Demo Buyer",
            ContactEmail = "buyer@example.com",
            Company = company,
            Language = "en",
            CreatedAtUtc = at,
            ConfirmTokenHash = InquirySubmission.Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16))),
            ConfirmExpiresAtUtc = at + InquiryLimits.ConfirmFor,
            ConfirmedAtUtc = at,
            Status = status,
            LastActivityAtUtc = at,
        };
        if (status != InquiryStatus.New)
        {
            inquiry.Events.Add(new InquiryEvent { AtUtc = at, Date = DateOnly.FromDateTime(at), From = InquiryStatus.New, To = status, Note = "demo", Actor = "demo" });
        }

        return inquiry;
    }
}
