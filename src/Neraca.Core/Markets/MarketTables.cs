using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>
/// The reference tables of the market ranking (docs/decisions/0023), loaded with `neraca reference load` like the
/// others: world imports from three BACI file shapes (top-6 importers of every HS6, the top bilateral flows of the
/// commodity groups, and CEPII's own <c>t,i,j,k,v,q</c> file), trade agreements with dates, and the editable
/// requirement rules.
/// </summary>
internal static class MarketTables
{
    public const string WorldImportName = "world_import";

    public static IReadOnlyList<ReferenceTable> All { get; } =
    [
        new(WorldImportName, ["hs6", "rank", "importer_iso3", "value_usd_million"], (r, o) => new WorldImport
        {
            Year = o.Year ?? 0, Hs = r.Code("hs6", 6), Importer = Iso3(r, "importer_iso3"),
            ValueMilli = Milli(r, "value_usd_million", 1_000_000m), Complete = false, Source = "baci_top_importers",
        }, ImportKey, "importer_iso3", ClearAsync) { NeedsYear = true },
        new(WorldImportName, ["year", "hs4", "exporter_iso3", "importer_iso3", "value_usd"], (r, _) => new BaciFlow(
            Year(r, "year"), r.Code("hs4", 4), Iso3(r, "exporter_iso3"), Iso3(r, "importer_iso3"), Milli(r, "value_usd", 1m)),
            FlowKey, "importer_iso3", ClearAsync) { Transform = rows => Imports(rows, complete: false, "baci_top_flows") },
        new(WorldImportName, ["t", "i", "j", "k", "v", "q"], (r, _) => new BaciFlow(
            Year(r, "t"), BaciProduct(r), BaciCountries.Iso2(r, "i"), BaciCountries.Iso2(r, "j"), Milli(r, "v", 1000m)),
            FlowKey, "k", ClearAsync) { Transform = FullBaci },
        new("trade_agreement", ["code", "partner", "name_en", "name_id", "in_force_from"], (r, _) => new TradeAgreement
        {
            Code = r.Required("code"), Partner = r.Letters("partner", 2), NameEn = r.Required("name_en"), NameId = r.Required("name_id"),
            InForceFrom = r.Date("in_force_from") ?? Missing(r, "in_force_from"), InForceUntil = r.Date("in_force_until"),
        }, o => ((TradeAgreement)o).Code + "/" + ((TradeAgreement)o).Partner, "partner", (db, _, _, ct) => db.TradeAgreements.ExecuteDeleteAsync(ct)),
        new("market_requirement", ["market", "hs_prefix", "code", "label_en", "label_id"], (r, _) => Requirement(r),
            o => ((MarketRequirement)o).Market + "/" + ((MarketRequirement)o).HsPrefix + "/" + ((MarketRequirement)o).Code, "code",
            (db, _, _, ct) => db.MarketRequirements.ExecuteDeleteAsync(ct)),
    ];

    /// <summary>One bilateral flow of a BACI file before it is summed per importer (never stored as such).</summary>
    private sealed record BaciFlow(short Year, string Hs, string Exporter, string Importer, long ValueMilli);

    private static string ImportKey(object o) => ((WorldImport)o).Year.ToString(CultureInfo.InvariantCulture) + "/" + ((WorldImport)o).Hs + "/" + ((WorldImport)o).Importer;

    private static string FlowKey(object o) => o is BaciFlow f ? string.Create(CultureInfo.InvariantCulture, $"{f.Year}/{f.Hs}/{f.Exporter}/{f.Importer}") : "";

    private static IEnumerable<object> Imports(IReadOnlyList<object> rows, bool complete, string source) =>
        rows.Cast<BaciFlow>().GroupBy(f => (f.Year, f.Hs, f.Importer))
            .Select(g => new WorldImport { Year = g.Key.Year, Hs = g.Key.Hs, Importer = g.Key.Importer, ValueMilli = g.Sum(f => f.ValueMilli), Complete = complete, Source = source });

    /// <summary>A whole BACI year holds every flow: it also gives the world value of every HS6 and the year's world total.</summary>
    private static IEnumerable<object> FullBaci(IReadOnlyList<object> rows)
    {
        var flows = rows.Cast<BaciFlow>().ToList();
        foreach (var import in Imports(rows, complete: true, "baci_full"))
        {
            yield return import;
        }

        foreach (var g in flows.GroupBy(f => (f.Year, f.Hs)))
        {
            yield return new WorldExport { Year = g.Key.Year, Hs = g.Key.Hs, ValueMilli = g.Sum(f => f.ValueMilli) };
        }

        foreach (var g in flows.GroupBy(f => f.Year))
        {
            yield return new WorldExport { Year = g.Key, Hs = WorldExport.Total, ValueMilli = g.Sum(f => f.ValueMilli) };
        }
    }

    /// <summary>Replaces, per year of the file, the world imports of the code lengths it holds (and the world exports a full BACI file gives).</summary>
    private static async Task ClearAsync(NeracaDb db, short edition, IReadOnlyList<object> rows, CancellationToken ct)
    {
        foreach (var year in rows.OfType<WorldImport>().GroupBy(w => w.Year))
        {
            var lengths = year.Select(w => w.Hs.Length).Distinct().ToList();
            await db.WorldImports.Where(w => w.Year == year.Key && lengths.Contains(w.Hs.Length)).ExecuteDeleteAsync(ct);
        }

        foreach (var year in rows.OfType<WorldExport>().Select(w => w.Year).Distinct())
        {
            await db.WorldExports.Where(w => w.Year == year && (w.Hs.Length == 6 || w.Hs == WorldExport.Total)).ExecuteDeleteAsync(ct);
        }
    }

    private static MarketRequirement Requirement(ReferenceRow r)
    {
        var market = r.Text("market").ToUpperInvariant();
        if (market != MarketRules.EveryMarket && !(market.Length == 2 && market.All(char.IsAsciiLetterUpper))
            && !CountryGroups.Codes.Contains(market, StringComparer.OrdinalIgnoreCase))
        {
            r.Error("market", $"'{market}' is not an ISO alpha-2 code, a country group ({string.Join("|", CountryGroups.Codes)}) or * for every market");
        }

        var prefix = r.Text("hs_prefix");
        if (prefix.Length > 10 || !prefix.All(char.IsAsciiDigit))
        {
            r.Error("hs_prefix", $"'{prefix}' is not an HS code prefix (up to 10 digits; empty = every product)");
        }

        var certification = r.Optional("certification");
        if (certification is not null && !Enum.TryParse<CertificationType>(certification, ignoreCase: false, out _))
        {
            r.Error("certification", $"'{certification}' is not a registry certification ({string.Join("|", Enum.GetNames<CertificationType>())})");
        }

        return new MarketRequirement
        {
            Market = market,
            HsPrefix = prefix,
            Code = r.Required("code"),
            Certification = certification,
            LabelEn = r.Required("label_en"),
            LabelId = r.Required("label_id"),
        };
    }

    private static string Iso3(ReferenceRow r, string column)
    {
        var v = r.Text(column);
        // BACI's "Other Asia, n.e.s." (490) is Taiwan in practice (shared data README, section 7).
        var iso2 = string.Equals(v, "S19", StringComparison.OrdinalIgnoreCase) ? "TW" : v.Length == 3 ? CountryNames.ResolveIso2(v) : null;
        if (iso2 is null)
        {
            r.Error(column, $"'{v}' is not an ISO alpha-3 country code");
            return "";
        }

        return iso2;
    }

    /// <summary>BACI writes the product as a number, so 090111 may come as 90111.</summary>
    private static string BaciProduct(ReferenceRow r)
    {
        var v = r.Text("k");
        if (v.Length is 5 or 6 && v.All(char.IsAsciiDigit))
        {
            return v.PadLeft(6, '0');
        }

        r.Error("k", $"'{v}' is not an HS6 product code");
        return "";
    }

    private static short Year(ReferenceRow r, string column)
    {
        var text = r.Text(column);
        if (short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1988 and <= 2100)
        {
            return year;
        }

        r.Error(column, $"'{text}' is not a year (1988–2100)");
        return 0;
    }

    private static long Milli(ReferenceRow r, string column, decimal scale)
    {
        var text = r.Text(column);
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && Money.TryToMilli(value * scale, out var milli))
        {
            return milli;
        }

        var unit = scale switch { 1m => "US$", 1000m => "thousand US$", _ => "million US$" };
        r.Error(column, $"'{text}' is not a non-negative amount in {unit} (decimal point)");
        return 0;
    }

    private static DateOnly Missing(ReferenceRow r, string column)
    {
        r.Error(column, "empty value (a date yyyy-MM-dd is needed)");
        return default;
    }
}
