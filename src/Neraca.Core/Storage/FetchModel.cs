using Microsoft.EntityFrameworkCore;
using Neraca.Imports.Fetch;

namespace Neraca.Storage;

/// <summary>The fetch log (docs/decisions/0026-fetching-from-bps.md).</summary>
internal static class FetchModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<FetchLogEntry>(e =>
        {
            e.ToTable("fetch_log");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.RequestedAtUtc).HasColumnName("requested_at_utc");
            e.Property(x => x.RequestedBy).HasColumnName("requested_by").HasMaxLength(200);
            e.Property(x => x.Url).HasColumnName("url").HasMaxLength(500);
            e.Property(x => x.Outcome).HasColumnName("outcome").HasMaxLength(20);
            e.Property(x => x.HttpStatus).HasColumnName("http_status");
            e.Property(x => x.Attempts).HasColumnName("attempts");
            e.Property(x => x.Message).HasColumnName("message").HasMaxLength(2000);
            e.Property(x => x.BatchId).HasColumnName("batch_id");
            e.Property(x => x.BodySha256).HasColumnName("body_sha256").HasMaxLength(64);
            e.Property(x => x.BodyGzip).HasColumnName("body_gzip");
            e.HasIndex(x => new { x.Url, x.Id });
        });
    }
}
