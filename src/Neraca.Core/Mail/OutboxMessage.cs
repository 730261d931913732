namespace Neraca.Mail;

/// <summary>
/// One e-mail waiting in (or sent from) the outbox. It is added in the same transaction as the change that causes it,
/// so a message exists exactly when its cause was saved; a sender delivers it later and retries on failure
/// (docs/decisions/0030-buyer-inquiries-and-outbox.md).
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not sent before this time (now when queued; pushed back after each failed attempt).</summary>
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>The last failure's reason (server down, refused recipient), for the operator.</summary>
    public string? LastError { get; set; }
}
