using Microsoft.EntityFrameworkCore;
using Neraca.Reports;

namespace Neraca.Storage;

/// <summary>Stored report versions (docs/decisions/0024-monthly-report.md).</summary>
internal static class ReportsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ReportVersion>(e =>
        {
            e.ToTable("report_version");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.ProvinceCode).HasColumnName("province_code");
            e.Property(x => x.Year).HasColumnName("year");
            e.Property(x => x.Month).HasColumnName("month");
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.BatchIds).HasColumnName("batch_ids").HasMaxLength(2000);
            e.Property(x => x.Trigger).HasColumnName("trigger").HasMaxLength(20);
            e.Property(x => x.CreatedAtUtc).HasColumnName("created_at_utc");
            e.Property(x => x.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
            e.Property(x => x.JsonId).HasColumnName("json_id");
            e.Property(x => x.JsonEn).HasColumnName("json_en");
            e.HasIndex(x => new { x.ProvinceCode, x.Year, x.Month, x.Version }).IsUnique();
            e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
