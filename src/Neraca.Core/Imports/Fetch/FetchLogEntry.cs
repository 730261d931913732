namespace Neraca.Imports.Fetch;

/// <summary>
/// One request of a fetch, kept for audit and to resume: the URL without the key, what came back, the batch it became,
/// and the response itself (gzip) so anyone can see exactly what BPS answered. Append-only.
/// </summary>
public sealed class FetchLogEntry
{
    public long Id { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public string RequestedBy { get; set; } = "";
    public string Url { get; set; } = "";
    public string Outcome { get; set; } = "";
    public int? HttpStatus { get; set; }
    public int Attempts { get; set; }
    public string? Message { get; set; }
    public int? BatchId { get; set; }
    public string? BodySha256 { get; set; }
    public byte[]? BodyGzip { get; set; }
}
