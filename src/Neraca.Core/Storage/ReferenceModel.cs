using Microsoft.EntityFrameworkCore;

namespace Neraca.Storage;

/// <summary>Loaded reference tables (docs/reference-files.md). Each is replaced as a whole by a load.</summary>
internal static class ReferenceModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<HsNomenclature>(e =>
        {
            e.ToTable("hs_nomenclature");
            e.HasKey(x => new { x.Edition, x.Code });
            e.Property(x => x.Code).HasColumnName("code").HasMaxLength(10);
            e.Property(x => x.Edition).HasColumnName("edition");
            e.Property(x => x.Level).HasColumnName("level");
            e.Property(x => x.Parent).HasColumnName("parent").HasMaxLength(10);
            e.Property(x => x.Section).HasColumnName("section").HasMaxLength(10);
            e.Property(x => x.DescriptionEn).HasColumnName("description_en").HasMaxLength(2000);
        });

        b.Entity<HsHeadingName>(e =>
        {
            e.ToTable("hs_heading_name");
            e.HasKey(x => new { x.Edition, x.Hs4 });
            e.Property(x => x.Hs4).HasColumnName("hs4").HasMaxLength(4);
            e.Property(x => x.Edition).HasColumnName("edition");
            e.Property(x => x.DescriptionId).HasColumnName("description_id").HasMaxLength(2000);
            e.Property(x => x.DescriptionEn).HasColumnName("description_en").HasMaxLength(2000);
        });

        b.Entity<BtkiLine>(e =>
        {
            e.ToTable("btki_line");
            e.HasKey(x => new { x.Edition, x.Code });
            e.Property(x => x.Code).HasColumnName("code").HasMaxLength(10);
            e.Property(x => x.Edition).HasColumnName("edition");
            e.Property(x => x.Digits).HasColumnName("digits");
            e.Property(x => x.Hs2).HasColumnName("hs2").HasMaxLength(2);
            e.Property(x => x.DescriptionId).HasColumnName("description_id").HasMaxLength(2000);
            e.Property(x => x.DescriptionEn).HasColumnName("description_en").HasMaxLength(2000);
            e.Property(x => x.ImportDutyMfn).HasColumnName("import_duty_mfn").HasMaxLength(50);
            e.Property(x => x.ExportDuty).HasColumnName("export_duty").HasMaxLength(50);
        });

        b.Entity<CountryReference>(e =>
        {
            e.ToTable("country_reference");
            e.HasKey(x => x.Iso2);
            e.Property(x => x.Iso2).HasColumnName("iso2").HasMaxLength(2);
            e.Property(x => x.Iso3).HasColumnName("iso3").HasMaxLength(3);
            e.Property(x => x.Numeric).HasColumnName("numeric").HasMaxLength(3);
            e.Property(x => x.NameEn).HasColumnName("name_en").HasMaxLength(200);
            e.Property(x => x.NameId).HasColumnName("name_id").HasMaxLength(200);
            e.Property(x => x.Region).HasColumnName("region").HasMaxLength(100);
            e.Property(x => x.Subregion).HasColumnName("subregion").HasMaxLength(100);
        });

        b.Entity<CountryGroupMember>(e =>
        {
            e.ToTable("country_group_member");
            e.HasKey(x => new { x.GroupCode, x.Iso2 });
            e.Property(x => x.GroupCode).HasColumnName("group_code").HasMaxLength(20);
            e.Property(x => x.Iso2).HasColumnName("iso2").HasMaxLength(2);
            e.Property(x => x.GroupName).HasColumnName("group_name").HasMaxLength(200);
            e.Property(x => x.MemberSince).HasColumnName("member_since");
            e.Property(x => x.MemberUntil).HasColumnName("member_until");
        });

        b.Entity<HsEndUse>(e =>
        {
            e.ToTable("hs_end_use");
            e.HasKey(x => new { x.Edition, x.Hs6 });
            e.Property(x => x.Hs6).HasColumnName("hs6").HasMaxLength(6);
            e.Property(x => x.Edition).HasColumnName("edition");
            e.Property(x => x.EndUse).HasColumnName("end_use").HasMaxLength(30);
            e.Property(x => x.BecCodes).HasColumnName("bec_codes").HasMaxLength(100);
        });

        b.Entity<HsSector>(e =>
        {
            e.ToTable("hs_sector");
            e.HasKey(x => new { x.Edition, x.Hs6 });
            e.Property(x => x.Hs6).HasColumnName("hs6").HasMaxLength(6);
            e.Property(x => x.Edition).HasColumnName("edition");
            e.Property(x => x.Sector).HasColumnName("sector").HasMaxLength(30);
            e.Property(x => x.Isic).HasColumnName("isic").HasMaxLength(10);
        });

        b.Entity<WorldExport>(e =>
        {
            e.ToTable("world_export");
            e.HasKey(x => new { x.Year, x.Hs });
            e.Property(x => x.Year).HasColumnName("year");
            e.Property(x => x.Hs).HasColumnName("hs").HasMaxLength(6);
            e.Property(x => x.ValueMilli).HasColumnName("value_milli");
        });

        b.Entity<ReferenceLoad>(e =>
        {
            e.ToTable("reference_load");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Table).HasColumnName("table_name").HasMaxLength(50);
            e.Property(x => x.File).HasColumnName("file").HasMaxLength(500);
            e.Property(x => x.Sha256).HasColumnName("sha256").HasMaxLength(64);
            e.Property(x => x.Rows).HasColumnName("rows");
            e.Property(x => x.LoadedAtUtc).HasColumnName("loaded_at_utc");
            e.Property(x => x.LoadedBy).HasColumnName("loaded_by").HasMaxLength(200);
            e.HasIndex(x => new { x.Table, x.Id });
        });
    }
}
