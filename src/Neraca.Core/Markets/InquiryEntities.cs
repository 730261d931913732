namespace Neraca.Markets;

/// <summary>Where a buyer's inquiry stands (docs/decisions/0030): forward in this order, or closed with a reason.</summary>
public enum InquiryStatus
{
    New,
    Forwarded,
    Samples,
    Negotiation,
    Deal,
    Shipped,
    Closed,
}

/// <summary>
/// A foreign buyer's inquiry from the public form. It reaches officers only once confirmed through the e-mailed link
/// (<see cref="ConfirmedAtUtc"/>); the link's token is stored as a SHA-256 hash and expires.
/// </summary>
public sealed class Inquiry
{
    public int Id { get; set; }

    /// <summary>The office (province) that receives it: the server's home province.</summary>
    public short ProvinceCode { get; set; }
    public string ProductText { get; set; } = "";
    public string Hs { get; set; } = "";
    public decimal? Quantity { get; set; }
    public string Unit { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the destination market.</summary>
    public string Country { get; set; } = "";

    /// <summary>Required registry certification types, comma-separated enum names (e.g. "Halal,Haccp").</summary>
    public string Certifications { get; set; } = "";
    public string Incoterm { get; set; } = "";
    public string Timeline { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string Company { get; set; } = "";

    /// <summary>The catalog product the buyer asked about, when the form was opened from it.</summary>
    public int? ProductId { get; set; }

    /// <summary>"id" or "en": the language of the form, used for the mails to the buyer.</summary>
    public string Language { get; set; } = "en";
    public DateTime CreatedAtUtc { get; set; }
    public string ConfirmTokenHash { get; set; } = "";
    public DateTime ConfirmExpiresAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
    public InquiryStatus Status { get; set; }

    /// <summary>When an officer last acted on it (or when it was confirmed): what "idle" counts from.</summary>
    public DateTime LastActivityAtUtc { get; set; }
    public string? CloseReason { get; set; }

    /// <summary>The business that shipped the deal and the export record that made of it.</summary>
    public int? BusinessId { get; set; }
    public int? ExportRecordId { get; set; }
    public List<InquiryEvent> Events { get; set; } = [];
}

/// <summary>One step of the officer workflow: the move, its date, note and who made it.</summary>
public sealed class InquiryEvent
{
    public int Id { get; set; }
    public int InquiryId { get; set; }
    public DateTime AtUtc { get; set; }
    public DateOnly Date { get; set; }
    public InquiryStatus From { get; set; }
    public InquiryStatus To { get; set; }
    public string Note { get; set; } = "";
    public string Actor { get; set; } = "";
}
