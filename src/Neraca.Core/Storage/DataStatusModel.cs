using Microsoft.EntityFrameworkCore;
using Neraca.DataStatus;

namespace Neraca.Storage;

/// <summary>Data status (docs/decisions/0025-data-status.md): the announced BPS release dates.</summary>
internal static class DataStatusModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ReleaseDate>(e =>
        {
            e.ToTable("release_date");
            e.HasKey(x => new { x.Year, x.Month });
            e.Property(x => x.Year).HasColumnName("year");
            e.Property(x => x.Month).HasColumnName("month");
            e.Property(x => x.ExpectedOn).HasColumnName("expected_on");
            e.Property(x => x.Note).HasColumnName("note").HasMaxLength(500);
        });
    }
}
