using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Mail;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>What the public inquiry form sends, as typed (everything is checked by <see cref="InquirySubmission.Validate"/>).</summary>
public sealed record InquiryInput
{
    public string? ProductText { get; init; }
    public string? Hs { get; init; }
    public string? Quantity { get; init; }
    public string? Unit { get; init; }
    public string? Country { get; init; }
    public IReadOnlyList<string> Certifications { get; init; } = [];
    public string? Incoterm { get; init; }
    public string? Timeline { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? Company { get; init; }
    public int? ProductId { get; init; }
    public string Language { get; init; } = "en";

    /// <summary>The honeypot: a field people never see; a bot that fills it gets a normal answer and nothing is stored.</summary>
    public string? Website { get; init; }
}

/// <summary>One problem with a form field, in both languages (the page shows it beside the field).</summary>
public sealed record InquiryError(string Field, string Id, string En)
{
    public string Text(string language) => Language.Pick(language, Id, En);
}

public enum ConfirmOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    Unknown,
}

/// <summary>
/// The public side of buyer inquiries (docs/decisions/0030): validation with per-field errors, storage with a hashed,
/// expiring confirmation token and the confirmation e-mail queued in the same transaction, and confirmation.
/// </summary>
public static class InquirySubmission
{
    public static readonly IReadOnlyList<string> Incoterms = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"];
    public static readonly IReadOnlyList<string> Units = ["kg", "ton", "pcs", "box", "container", "liter"];

    public static IReadOnlyList<InquiryError> Validate(InquiryInput input)
    {
        var errors = new List<InquiryError>();
        var text = (input.ProductText ?? "").Trim();
        var hs = (input.Hs ?? "").Trim();
        if (text.Length == 0 && hs.Length == 0)
        {
            errors.Add(new("ProductText", "Tulis produk yang dicari atau kode HS-nya.", "Describe the product or give its HS code."));
        }

        Max(errors, "ProductText", text, InquiryLimits.ProductText);
        if (hs.Length > 0 && HsProductCode.Normalize(hs) is null)
        {
            errors.Add(new("Hs", "Kode HS terdiri dari 2, 4, 6, 8 atau 10 angka.", "An HS code has 2, 4, 6, 8 or 10 digits."));
        }

        if (!string.IsNullOrWhiteSpace(input.Quantity) && ParseQuantity(input.Quantity) is null)
        {
            errors.Add(new("Quantity", "Jumlah harus angka lebih dari 0 (misalnya 20 atau 2.5).", "Quantity must be a number above 0 (e.g. 20 or 2.5)."));
        }

        if (!string.IsNullOrWhiteSpace(input.Unit) && !Units.Contains(input.Unit.Trim(), StringComparer.Ordinal))
        {
            errors.Add(new("Unit", "Pilih satuan dari daftar.", "Choose a unit from the list."));
        }

        if (CountryNames.Get((input.Country ?? "").Trim()) is null)
        {
            errors.Add(new("Country", "Pilih negara tujuan.", "Choose the destination country."));
        }

        if (input.Certifications.Count > 10 || input.Certifications.Any(c => !EnumText.TryParse<CertificationType>(c, out _)))
        {
            errors.Add(new("Certifications", "Sertifikasi tidak dikenal.", "Unknown certification."));
        }

        if (!string.IsNullOrWhiteSpace(input.Incoterm) && !Incoterms.Contains(input.Incoterm.Trim(), StringComparer.Ordinal))
        {
            errors.Add(new("Incoterm", "Pilih Incoterm dari daftar.", "Choose an Incoterm from the list."));
        }

        Max(errors, "Timeline", input.Timeline, InquiryLimits.Short);
        if (string.IsNullOrWhiteSpace(input.ContactName))
        {
            errors.Add(new("ContactName", "Tulis nama Anda.", "Give your name."));
        }

        Max(errors, "ContactName", input.ContactName, InquiryLimits.Short);
        Max(errors, "Company", input.Company, InquiryLimits.Short);
        if (!IsEmail(input.ContactEmail))
        {
            errors.Add(new("ContactEmail", "Alamat e-mail tidak sah; tautan konfirmasi dikirim ke sana.", "Not a valid e-mail address; the confirmation link is sent there."));
        }

        return errors;
    }

    /// <summary>
    /// Stores a valid inquiry (unconfirmed) and queues the confirmation e-mail with the link <paramref name="confirmUrl"/>
    /// + token, both in one save. Returns the errors, or none; a filled honeypot returns none and stores nothing.
    /// </summary>
    public static async Task<(Inquiry? Inquiry, IReadOnlyList<InquiryError> Errors)> SubmitAsync(
        NeracaDb db, InquiryInput input, short province, string confirmUrl, DateTime nowUtc, CancellationToken ct = default)
    {
        var errors = Validate(input);
        if (errors.Count > 0 || !string.IsNullOrEmpty(input.Website))
        {
            return (null, errors);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var english = input.Language == "en";
        var inquiry = new Inquiry
        {
            ProvinceCode = province,
            ProductText = (input.ProductText ?? "").Trim(),
            Hs = HsProductCode.Normalize(input.Hs) ?? "",
            Quantity = ParseQuantity(input.Quantity),
            Unit = (input.Unit ?? "").Trim(),
            Country = input.Country!.Trim().ToUpperInvariant(),
            Certifications = string.Join(',', input.Certifications.Select(c => EnumText.TryParse<CertificationType>(c, out var t) ? t.ToString() : "").Distinct(StringComparer.Ordinal)),
            Incoterm = (input.Incoterm ?? "").Trim(),
            Timeline = (input.Timeline ?? "").Trim(),
            ContactName = input.ContactName!.Trim(),
            ContactEmail = input.ContactEmail!.Trim(),
            Company = (input.Company ?? "").Trim(),
            ProductId = input.ProductId is int id && await db.Products.AnyAsync(p => p.Id == id, ct) ? id : null,
            Language = english ? "en" : "id",
            CreatedAtUtc = nowUtc,
            ConfirmTokenHash = Hash(token),
            ConfirmExpiresAtUtc = nowUtc + InquiryLimits.ConfirmFor,
            LastActivityAtUtc = nowUtc,
        };
        db.Inquiries.Add(inquiry);
        var link = confirmUrl + Uri.EscapeDataString(token);
        var what = inquiry.ProductText.Length > 0 ? inquiry.ProductText : "HS " + inquiry.Hs;
        MailOutbox.Queue(db, inquiry.ContactEmail,
            english ? "Please confirm your inquiry" : "Mohon konfirmasi permintaan Anda",
            english
                ? $"Dear {inquiry.ContactName},\n\nthank you for your inquiry about {what}. Please confirm it by opening this link within 48 hours:\n\n{link}\n\nOnly confirmed inquiries reach our trade officers. If you did not send it, ignore this message.\n"
                : $"Yth. {inquiry.ContactName},\n\nterima kasih atas permintaan Anda tentang {what}. Mohon konfirmasi dengan membuka tautan ini dalam 48 jam:\n\n{link}\n\nHanya permintaan yang dikonfirmasi yang sampai ke petugas kami. Jika Anda tidak mengirimnya, abaikan pesan ini.\n",
            nowUtc);
        await db.SaveChangesAsync(ct);
        return (inquiry, []);
    }

    public static async Task<(ConfirmOutcome Outcome, Inquiry? Inquiry)> ConfirmAsync(NeracaDb db, string? token, DateTime nowUtc, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return (ConfirmOutcome.Unknown, null);
        }

        var hash = Hash(token.Trim());
        var inquiry = await db.Inquiries.SingleOrDefaultAsync(i => i.ConfirmTokenHash == hash, ct);
        if (inquiry is null)
        {
            return (ConfirmOutcome.Unknown, null);
        }

        if (inquiry.ConfirmedAtUtc is not null)
        {
            return (ConfirmOutcome.AlreadyConfirmed, inquiry);
        }

        if (inquiry.ConfirmExpiresAtUtc < nowUtc)
        {
            return (ConfirmOutcome.Expired, inquiry);
        }

        inquiry.ConfirmedAtUtc = nowUtc;
        inquiry.LastActivityAtUtc = nowUtc;
        await db.SaveChangesAsync(ct);
        return (ConfirmOutcome.Confirmed, inquiry);
    }

    /// <summary>SHA-256 hex: the database never holds a working link.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static decimal? ParseQuantity(string? text) =>
        decimal.TryParse((text ?? "").Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q > 0m && q < 1_000_000_000m ? q : null;

    private static bool IsEmail(string? text)
    {
        var e = (text ?? "").Trim();
        return e.Length is > 3 and <= InquiryLimits.Email && !e.Any(char.IsWhiteSpace) && e.Contains('@', StringComparison.Ordinal)
            && MailAddress.TryCreate(e, out var m) && string.Equals(m.Address, e, StringComparison.Ordinal) && m.Host.Contains('.', StringComparison.Ordinal);
    }

    private static void Max(List<InquiryError> errors, string field, string? value, int max)
    {
        if ((value ?? "").Trim().Length > max)
        {
            errors.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"Paling banyak {max} karakter."), string.Create(CultureInfo.InvariantCulture, $"At most {max} characters.")));
        }
    }
}
