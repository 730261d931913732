using Microsoft.EntityFrameworkCore;
using Neraca.Markets;

namespace Neraca.Storage;

/// <summary>Market ranking reference tables (docs/decisions/0023): replaced as a whole by `neraca reference load`.</summary>
internal static class MarketsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WorldImport>(e =>
        {
            e.ToTable("world_import");
            e.HasKey(x => new { x.Year, x.Hs, x.Importer });
            e.Property(x => x.Year).HasColumnName("year");
            e.Property(x => x.Hs).HasColumnName("hs").HasMaxLength(6);
            e.Property(x => x.Importer).HasColumnName("importer").HasMaxLength(2);
            e.Property(x => x.ValueMilli).HasColumnName("value_milli");
            e.Property(x => x.Complete).HasColumnName("complete");
            e.Property(x => x.Source).HasColumnName("source").HasMaxLength(30);
        });

        b.Entity<TradeAgreement>(e =>
        {
            e.ToTable("trade_agreement");
            e.HasKey(x => new { x.Code, x.Partner });
            e.Property(x => x.Code).HasColumnName("code").HasMaxLength(20);
            e.Property(x => x.Partner).HasColumnName("partner").HasMaxLength(2);
            e.Property(x => x.NameEn).HasColumnName("name_en").HasMaxLength(200);
            e.Property(x => x.NameId).HasColumnName("name_id").HasMaxLength(200);
            e.Property(x => x.InForceFrom).HasColumnName("in_force_from");
            e.Property(x => x.InForceUntil).HasColumnName("in_force_until");
        });

        b.Entity<MarketRequirement>(e =>
        {
            e.ToTable("market_requirement");
            e.HasKey(x => new { x.Market, x.HsPrefix, x.Code });
            e.Property(x => x.Market).HasColumnName("market").HasMaxLength(10);
            e.Property(x => x.HsPrefix).HasColumnName("hs_prefix").HasMaxLength(10);
            e.Property(x => x.Code).HasColumnName("code").HasMaxLength(40);
            e.Property(x => x.Certification).HasColumnName("certification").HasMaxLength(30);
            e.Property(x => x.LabelEn).HasColumnName("label_en").HasMaxLength(500);
            e.Property(x => x.LabelId).HasColumnName("label_id").HasMaxLength(500);
        });
    }
}
