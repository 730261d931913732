using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Markets;

/// <summary>Loads what the market ranking reads and calls <see cref="MarketCalculator"/>: used by the CLI, the API and the page.</summary>
public sealed class MarketAnalysis(NeracaDb db)
{
    /// <exception cref="TradeArgumentException">bad HS code, province, year or N (reason in English and Indonesian).</exception>
    public async Task<MarketRanking> RankAsync(string? hs, string? province, int year, int n, DateOnly date, string language, CancellationToken ct = default)
    {
        var code = CheckHs(hs);
        var p = Parameters.Province(province) ?? throw new TradeArgumentException("province", "the market ranking needs a province (e.g. 18)")
        {
            ReasonId = "peringkat pasar memerlukan provinsi (mis. 18)",
        };
        if (year is < 1988 or > 2100)
        {
            throw new TradeArgumentException("year", $"year must be from 1988 to 2100, not {year}") { ReasonId = $"tahun harus 1988 sampai 2100, bukan {year}" };
        }

        if (n is < 1 or > MarketCalculator.MaxN)
        {
            throw new TradeArgumentException("n", $"n must be from 1 to {MarketCalculator.MaxN}, not {n}") { ReasonId = $"n harus 1 sampai {MarketCalculator.MaxN}, bukan {n}" };
        }

        var y = (short)year;
        var from = (short)(year - 2);
        var hs4 = code[..4];
        var imports = await db.WorldImports.AsNoTracking().Where(w => w.Year >= from && w.Year <= y && w.Hs.StartsWith(hs4)).ToListAsync(ct);
        var world = await db.WorldExports.AsNoTracking().Where(w => w.Year == y && (w.Hs == WorldExport.Total || w.Hs.StartsWith(hs4))).ToListAsync(ct);
        return MarketCalculator.Rank(new MarketInputs
        {
            Hs = code,
            Province = p,
            Year = year,
            Date = date,
            Language = language,
            N = n,
            ProductLabel = await ProductLabelAsync(code, language, ct),
            Data = await LoadFactsAsync(year - 2, year, ct),
            Imports = imports,
            WorldExports = world,
            Rules = await MarketRules.LoadAsync(db, ct),
            Businesses = await BusinessesAsync(code, p, date, ct),
        });
    }

    /// <summary>An HS code of 4, 6 or 8 digits.</summary>
    public static string CheckHs(string? hs)
    {
        var v = (hs ?? "").Trim().Replace(".", "", StringComparison.Ordinal);
        if (v.Length is 4 or 6 or 8 && v.All(char.IsAsciiDigit))
        {
            return v;
        }

        throw new TradeArgumentException("hs", $"hs must be an HS code of 4, 6 or 8 digits such as 090111, not '{hs}'")
        {
            ReasonId = $"hs harus kode HS 4, 6 atau 8 digit seperti 090111, bukan '{hs}'",
        };
    }

    /// <summary>Registered (not rejected) businesses of the province with a product under the code, or whose product code the code refines.</summary>
    private async Task<IReadOnlyList<MarketBusiness>> BusinessesAsync(string hs, short province, DateOnly date, CancellationToken ct)
    {
        var hs4 = hs[..4];
        var products = await db.Products.AsNoTracking()
            .Join(db.Businesses.Where(b => b.ProvinceCode == province && b.Verification != Verification.Rejected), pr => pr.BusinessId, b => b.Id, (pr, b) => pr)
            .Where(pr => pr.HsCode.StartsWith(hs4))
            .Select(pr => new { pr.BusinessId, pr.HsCode, pr.MonthlyCapacity, pr.CapacityUnit })
            .ToListAsync(ct);
        var matching = products.Where(pr => pr.HsCode.StartsWith(hs, StringComparison.Ordinal) || hs.StartsWith(pr.HsCode, StringComparison.Ordinal)).ToList();
        var ids = matching.Select(pr => pr.BusinessId).Distinct().ToList();
        var certifications = await db.Certifications.AsNoTracking().Where(c => ids.Contains(c.BusinessId)).ToListAsync(ct);
        return [.. matching.Select(pr => new MarketBusiness(pr.BusinessId, pr.MonthlyCapacity, pr.CapacityUnit,
            [.. certifications.Where(c => c.BusinessId == pr.BusinessId && (c.ExpiresOn is null || c.ExpiresOn >= date)).Select(c => c.Type)]))];
    }

    private async Task<string> ProductLabelAsync(string hs, string language, CancellationToken ct)
    {
        var code6 = hs.Length >= 6 ? hs[..6] : hs;
        if (Language.IsIndonesian(language))
        {
            var line = await db.BtkiLines.AsNoTracking().Where(b => b.Code == hs || b.Code == code6).OrderByDescending(b => b.Digits).Select(b => b.DescriptionId).FirstOrDefaultAsync(ct);
            if (line is not null)
            {
                return line.TrimStart('-', ' ');
            }
        }

        var hs4 = hs[..4];
        var name = await db.HsNomenclature.AsNoTracking().Where(h => h.Code == code6 || h.Code == hs4).OrderByDescending(h => h.Level).Select(h => h.DescriptionEn).FirstOrDefaultAsync(ct);
        return name ?? HsChapters.Title(hs[..2], Language.IsIndonesian(language) ? "id" : "en") ?? hs;
    }

    private async Task<CommodityData> LoadFactsAsync(int fromYear, int toYear, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            DbConnection connection = db.Database.GetDbConnection();
            return await CommodityData.LoadAsync(connection, fromYear, toYear, null, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
