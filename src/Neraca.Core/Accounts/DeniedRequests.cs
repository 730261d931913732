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

    /// <summary>How long the counts are kept by default: enough to see a scan's pattern over a quarter.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(90);

    /// <summary>
    /// Deletes the counts of minutes that began before <paramref name="cutoffUtc"/> (issue 12, security 3): the table is
    /// a traffic counter, not evidence, and grew by a row per scanning address and minute for ever. One statement,
    /// served by the primary key (minute first).
    /// </summary>
    public static Task<int> PurgeAsync(NeracaDb db, DateTime cutoffUtc, CancellationToken ct = default) =>
        db.DeniedRequests.Where(d => d.MinuteUtc < cutoffUtc).ExecuteDeleteAsync(ct);
}
