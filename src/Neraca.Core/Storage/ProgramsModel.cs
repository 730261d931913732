using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Programs;
using Neraca.Registry;

namespace Neraca.Storage;

/// <summary>Training and facilitation programs (docs/decisions/0022-programs-and-effect.md): snake_case tables, enums as text.</summary>
internal static class ProgramsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingProgram>(e =>
        {
            e.ToTable("program", t => t.HasCheckConstraint("ck_program_dates", "end_date >= start_date"));
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FocusAreas).HasMaxLength(200);
            e.Property(x => x.Organiser).HasMaxLength(200);
            e.Property(x => x.Partners).HasMaxLength(500);
            e.Property(x => x.BudgetRupiah).HasPrecision(20, 2);
            e.Property(x => x.FundingSource).HasMaxLength(200);
            e.Property(x => x.EligibleScales).HasMaxLength(100);
            e.Property(x => x.EligibleKinds).HasMaxLength(50);
            e.Property(x => x.EligibleHsChapters).HasMaxLength(300);
            e.Property(x => x.EligibleBands).HasMaxLength(100);
            e.Property(x => x.RequiredCertifications).HasMaxLength(200);
            e.Property(x => x.TargetWomenLedPercent).HasPrecision(5, 2);
            e.Property(x => x.TargetExportValueUsd).HasPrecision(18, 2);
            e.Property(x => x.CompletionAttendancePercent).HasPrecision(5, 2);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.ProvinceCode, x.StartDate });
            e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Sessions).WithOne().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Enrolments).WithOne(x => x.Program).HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ProgramSession>(e =>
        {
            e.ToTable("program_session");
            e.Property(x => x.Agenda).HasMaxLength(300);
            e.Property(x => x.Trainer).HasMaxLength(200);
            e.HasMany(x => x.Attendance).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Enrolment>(e =>
        {
            e.ToTable("program_enrolment");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.PreTestScore).HasPrecision(5, 2);
            e.Property(x => x.PostTestScore).HasPrecision(5, 2);
            e.Property(x => x.CertificateCode).HasMaxLength(20);
            e.HasIndex(x => new { x.ProgramId, x.BusinessId }).IsUnique();
            e.HasIndex(x => x.CertificateCode).IsUnique();
            e.HasOne<Business>().WithMany(x => x.Enrolments).HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
            // Attendance is deleted with its session; an enrolment with attendance cannot be deleted (no cascade path twice).
            e.HasMany(x => x.Attendance).WithOne().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Attendance>(e =>
        {
            e.ToTable("program_attendance");
            e.HasIndex(x => new { x.SessionId, x.EnrolmentId }).IsUnique();
        });

        foreach (var type in new[] { typeof(TrainingProgram), typeof(ProgramSession), typeof(Enrolment), typeof(Attendance) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties())
            {
                property.SetColumnName(AccountModel.Snake(property.Name));
            }
        }
    }
}
