using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>An officer's move of an inquiry; the export fields are needed for "shipped" only.</summary>
public sealed record InquiryMove(string? To, DateOnly? Date, string? Note, string? CloseReason = null, int? BusinessId = null, decimal? ValueUsd = null, string? Volume = null);

/// <summary>One confirmed inquiry in the officers' list.</summary>
public sealed record InquiryRow(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("confirmed_at_utc")] DateTime ConfirmedAtUtc,
    [property: JsonPropertyName("product")] string Product,
    [property: JsonPropertyName("hs")] string Hs,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("company")] string Company,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<InquiryStatus>))] InquiryStatus Status,
    [property: JsonPropertyName("idle_days")] int IdleDays,
    [property: JsonPropertyName("needs_follow_up")] bool NeedsFollowUp);

/// <summary>
/// The officer workflow (docs/decisions/0030): new → forwarded → samples → negotiation → deal → shipped, moving forward
/// only (a step may be skipped: not every buyer wants samples), or closed with a reason from any open state. Each move
/// is an <see cref="InquiryEvent"/> with its date, note and actor, and the changed rows are in the audit trail. A shipped
/// deal becomes an export record of the business, so it counts in the funnel and program outcomes. Inquiries without
/// an officer's action for <see cref="InquiryLimits.IdleDays"/> days need follow-up.
/// </summary>
public static class InquiryWorkflow
{
    public static bool IsOpen(InquiryStatus s) => s is not (InquiryStatus.Shipped or InquiryStatus.Closed);

    public static bool CanMove(InquiryStatus from, InquiryStatus to) =>
        IsOpen(from) && (to == InquiryStatus.Closed || to > from);

    public static int IdleDays(Inquiry i, DateTime nowUtc) => Math.Max(0, (int)(nowUtc - i.LastActivityAtUtc).TotalDays);

    public static bool NeedsFollowUp(Inquiry i, DateTime nowUtc) => IsOpen(i.Status) && IdleDays(i, nowUtc) >= InquiryLimits.IdleDays;

    /// <summary>Confirmed inquiries in the officer's province, most idle open ones first; only those needing follow-up when asked.</summary>
    public static async Task<IReadOnlyList<InquiryRow>> ListAsync(NeracaDb db, ProvinceScope scope, DateTime nowUtc, bool followUpOnly, CancellationToken ct = default)
    {
        var inquiries = await scope.Apply(db.Inquiries.AsNoTracking().Where(i => i.ConfirmedAtUtc != null), i => i.ProvinceCode).ToListAsync(ct);
        return [.. inquiries
            .Select(i => new InquiryRow(i.Id, i.ConfirmedAtUtc!.Value, i.ProductText, i.Hs, i.Country, i.Company, i.Status, IdleDays(i, nowUtc), NeedsFollowUp(i, nowUtc)))
            .Where(r => !followUpOnly || r.NeedsFollowUp)
            .OrderByDescending(r => IsOpen(r.Status)).ThenByDescending(r => r.IdleDays).ThenByDescending(r => r.Id)];
    }

    /// <summary>A confirmed inquiry of the officer's province with its steps, or null.</summary>
    public static Task<Inquiry?> FindAsync(NeracaDb db, ProvinceScope scope, int id, CancellationToken ct = default) =>
        scope.Apply(db.Inquiries.Where(i => i.Id == id && i.ConfirmedAtUtc != null), i => i.ProvinceCode)
            .Include(i => i.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id)).FirstOrDefaultAsync(ct);

    /// <summary>What matching needs from the inquiry, checked on <paramref name="date"/>.</summary>
    public static InquiryNeed Need(Inquiry i, DateOnly date) => new()
    {
        Hs = i.Hs,
        ProductText = i.ProductText,
        Country = i.Country,
        Quantity = i.Quantity,
        Unit = i.Unit,
        Certifications = [.. i.Certifications.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Enum.Parse<CertificationType>(c))],
        Date = date,
    };

    /// <summary>Applies a move; returns the errors (field, Indonesian, English), none when saved, or null when not found.</summary>
    public static async Task<IReadOnlyList<InquiryError>?> MoveAsync(NeracaDb db, ProvinceScope scope, int id, InquiryMove move, string actor, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await FindAsync(db, scope, id, ct) is not { } inquiry)
        {
            return null;
        }

        var errors = new List<InquiryError>();
        if (!Enum.TryParse<InquiryStatus>(move.To, true, out var to) || !Enum.IsDefined(to) || move.To!.All(char.IsAsciiDigit))
        {
            return [new("To", "Status tidak dikenal.", "Unknown status.")];
        }

        if (!CanMove(inquiry.Status, to))
        {
            return [new("To", $"Tidak dapat berpindah dari {inquiry.Status} ke {to}.", $"Cannot move from {inquiry.Status} to {to}.")];
        }

        var date = move.Date ?? DateOnly.FromDateTime(nowUtc);
        if (date > DateOnly.FromDateTime(nowUtc).AddDays(1))
        {
            errors.Add(new("Date", "Tanggal tidak boleh di masa depan.", "The date cannot be in the future."));
        }

        var note = (move.Note ?? "").Trim();
        if (note.Length > InquiryLimits.Note)
        {
            errors.Add(new("Note", $"Catatan paling banyak {InquiryLimits.Note} karakter.", $"The note has at most {InquiryLimits.Note} characters."));
        }

        var reason = (move.CloseReason ?? "").Trim();
        if (to == InquiryStatus.Closed && (reason.Length == 0 || reason.Length > InquiryLimits.Note))
        {
            errors.Add(new("CloseReason", "Tulis alasan penutupan.", "Give the reason for closing."));
        }

        Business? business = null;
        if (to == InquiryStatus.Shipped)
        {
            business = move.BusinessId is int b ? await scope.Apply(db.Businesses.Include(x => x.Products).Where(x => x.Id == b), x => x.ProvinceCode).FirstOrDefaultAsync(ct) : null;
            if (business is null)
            {
                errors.Add(new("BusinessId", "Pilih usaha yang mengirim barang.", "Choose the business that shipped."));
            }

            if (move.ValueUsd is not decimal v || v <= 0m)
            {
                errors.Add(new("ValueUsd", "Nilai ekspor (US$) harus lebih dari 0.", "The export value (US$) must be above 0."));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        inquiry.Events.Add(new InquiryEvent { AtUtc = nowUtc, Date = date, From = inquiry.Status, To = to, Note = note, Actor = actor.Length <= 200 ? actor : actor[..200] });
        inquiry.Status = to;
        inquiry.LastActivityAtUtc = nowUtc;
        inquiry.CloseReason = to == InquiryStatus.Closed ? reason : null;
        if (business is not null)
        {
            var record = new ExportRecord
            {
                BusinessId = business.Id,
                Date = date,
                Country = inquiry.Country,
                HsCode = inquiry.Hs.Length > 0 ? inquiry.Hs : business.Products.FirstOrDefault()?.HsCode ?? "",
                ValueUsd = move.ValueUsd!.Value,
                Volume = Cut((move.Volume ?? "").Trim() is { Length: > 0 } vol ? vol
                    : inquiry.Quantity is decimal q ? string.Create(CultureInfo.InvariantCulture, $"{q:0.###} {inquiry.Unit}").Trim() : "", 100),
                Buyer = Cut(inquiry.Company.Length > 0 ? inquiry.Company : inquiry.ContactName, 200),
            };
            db.ExportRecords.Add(record);
            await db.SaveChangesAsync(ct);
            inquiry.BusinessId = business.Id;
            inquiry.ExportRecordId = record.Id;
        }

        await db.SaveChangesAsync(ct);
        return [];
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
