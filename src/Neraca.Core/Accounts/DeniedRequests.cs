using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>Anonymous requests refused in one minute from one address (a counter, not one audit row each).</summary>
public sealed class DeniedRequestCount
{
    public DateTime MinuteUtc { get; set; }
    public string Address { get; set; } = "";
    public int Requests { get; set; }
}

/// <summary>
/// Anonymous visitors refused by a protected page are counted per address and minute: a scanner sending thousands
/// of requests adds one row per minute instead of thousands of append-only audit rows. Refusals of signed-in users
/// stay individual audit rows (they say who tried what).
/// </summary>
public static class DeniedRequests
{
    public static Task RecordAsync(NeracaDb db, string? address, DateTime utcNow, CancellationToken ct = default)
    {
        var minute = new DateTime(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        var ip = string.IsNullOrEmpty(address) ? "unknown" : address.Length <= 64 ? address : address[..64];
        // One statement, safe under concurrency on both engines (SQLite 3.24+ and PostgreSQL share the syntax).
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO denied_request (minute_utc, address, requests) VALUES ({minute}, {ip}, 1) ON CONFLICT (minute_utc, address) DO UPDATE SET requests = denied_request.requests + 1",
            ct);
    }
}
