using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Reference;

/// <summary>One row of a reference CSV by column name, collecting errors with row and column.</summary>
internal sealed class ReferenceRow(Dictionary<string, int> columns, string[] values, int row, List<ReferenceLoadError> errors)
{
    public int Row { get; } = row;

    public string Text(string column) =>
        columns.TryGetValue(column, out var i) && i < values.Length ? values[i].Trim() : "";

    public string? Optional(string column) => Text(column) is { Length: > 0 } v ? v : null;

    public string Required(string column)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            Error(column, "empty value");
        }

        return v;
    }

    /// <summary>A code of ASCII digits whose length is one of <paramref name="lengths"/>.</summary>
    public string Code(string column, params int[] lengths)
    {
        var v = Text(column);
        if (v.Length == 0 || !v.All(char.IsAsciiDigit) || Array.IndexOf(lengths, v.Length) < 0)
        {
            Error(column, $"'{v}' is not a code of {string.Join(" or ", lengths)} digits");
        }

        return v;
    }

    public string Letters(string column, int length)
    {
        var v = Text(column);
        if (v.Length != length || !v.All(char.IsAsciiLetterUpper))
        {
            Error(column, $"'{v}' is not {length} upper-case letters");
        }

        return v;
    }

    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var v = Text(column);
        if (!allowed.Contains(v))
        {
            Error(column, $"'{v}' is not one of {string.Join("|", allowed)}");
        }

        return v;
    }

    public DateOnly? Date(string column)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Error(column, $"'{v}' is not a date yyyy-MM-dd");
        return null;
    }

    public void Error(string column, string reason) => errors.Add(new ReferenceLoadError(Row, column, reason));
}

/// <summary>What a load applies to every row: the HS edition, and the year of a file without a year column.</summary>
internal sealed record ReferenceOptions(short Edition, short? Year);

/// <summary>
/// A reference table a CSV file can load: detected by its header (<see cref="Columns"/> must all be present), each
/// row validated and keyed; a load replaces the rows of the same edition (or the whole table when it has none).
/// </summary>
internal sealed record ReferenceTable(
    string Name,
    string[] Columns,
    Func<ReferenceRow, ReferenceOptions, object> Parse,
    Func<object, string> Key,
    string KeyColumn,
    Func<NeracaDb, short, IReadOnlyList<object>, CancellationToken, Task> Clear)
{
    /// <summary>The file has no year column: the year comes from the load (<c>--year</c>).</summary>
    public bool NeedsYear { get; init; }

    /// <summary>
    /// Why a file of this table is recognised but never loaded (decision 0031): the figures do not read the table, so a
    /// load would only look as if it changed something. Null for every table that is loaded.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>Rows derived from the whole file after every row is valid (the world total of a complete world table).</summary>
    public Func<IReadOnlyList<object>, IEnumerable<object>>? Derived { get; init; }

    /// <summary>Replaces the valid rows before they are written (rows of a file that are summed into fewer rows: BACI flows).</summary>
    public Func<IReadOnlyList<object>, IEnumerable<object>>? Transform { get; init; }

    private static readonly string[] EndUses = ["capital", "intermediate", "consumption", "mixed", "not_classified", "not_in_bec_table"];
    private static readonly string[] Sectors = ["agriculture", "mining", "manufacturing", "other", "not_allocated", "unmatched"];

    public static IReadOnlyList<ReferenceTable> All { get; } =
    [
        new("hs_nomenclature", ["hscode", "level", "parent", "description_en"], (r, o) => Nomenclature(r, o.Edition), o => ((HsNomenclature)o).Code, "hscode",
            (db, ed, _, ct) => db.HsNomenclature.Where(x => x.Edition == ed).ExecuteDeleteAsync(ct)),
        new("hs_heading_name", ["hs4", "description_id"], (r, o) => new HsHeadingName
        {
            Hs4 = r.Code("hs4", 4), Edition = o.Edition, DescriptionId = r.Required("description_id"), DescriptionEn = r.Optional("description_en_un") ?? r.Optional("description_en_btki"),
        }, o => ((HsHeadingName)o).Hs4, "hs4", (db, ed, _, ct) => db.HsHeadingNames.Where(x => x.Edition == ed).ExecuteDeleteAsync(ct)),
        new("btki_line", ["code", "digits", "description_id", "description_en"], (r, o) => Btki(r, o.Edition), o => ((BtkiLine)o).Code, "code",
            (db, ed, _, ct) => db.BtkiLines.Where(x => x.Edition == ed).ExecuteDeleteAsync(ct)),
        new("country_reference", ["alpha2", "alpha3", "name_en", "name_id"], (r, _) => new CountryReference
        {
            Iso2 = r.Letters("alpha2", 2), Iso3 = r.Letters("alpha3", 3), Numeric = r.Optional("numeric"),
            NameEn = r.Required("name_en"), NameId = r.Required("name_id"), Region = r.Optional("m49_region"), Subregion = r.Optional("m49_subregion"),
        }, o => ((CountryReference)o).Iso2, "alpha2", (db, _, _, ct) => db.CountryReferences.ExecuteDeleteAsync(ct)),
        new("country_group_member", ["group_code", "alpha2", "member_since"], (r, _) => new CountryGroupMember
        {
            GroupCode = r.Required("group_code"), Iso2 = r.Letters("alpha2", 2), GroupName = r.Optional("group_name"),
            MemberSince = r.Date("member_since"), MemberUntil = r.Date("member_until"),
        }, o => ((CountryGroupMember)o).GroupCode + "/" + ((CountryGroupMember)o).Iso2, "alpha2", (db, _, _, ct) => db.CountryGroupMembers.ExecuteDeleteAsync(ct))
        {
            Refusal = "country groups are built into Neraca with their membership by date (ASEAN, EU, RCEP, G20; docs/decisions/0003 and 0031) "
                + "and every group figure uses those, the same in every installation; a loaded copy would be read by nothing, so this file is not loaded. "
                + "A membership change comes with a Neraca release (src/Neraca.Core/Reference/Data/country_groups.csv).",
        },
        new("hs_end_use", ["hs2022", "bec4_codes", "end_use"], (r, o) => new HsEndUse
        {
            Hs6 = r.Code("hs2022", 6), Edition = o.Edition, EndUse = r.OneOf("end_use", EndUses), BecCodes = BecCodes(r),
        }, o => ((HsEndUse)o).Hs6, "hs2022", (db, ed, _, ct) => db.HsEndUses.Where(x => x.Edition == ed).ExecuteDeleteAsync(ct)),
        new("hs_sector", ["hs2022", "isic3", "sector"], (r, o) => new HsSector
        {
            Hs6 = r.Code("hs2022", 6), Edition = o.Edition, Sector = r.OneOf("sector", Sectors), Isic = r.Text("isic3").Length == 0 && r.Text("sector") == "unmatched" ? "" : r.Code("isic3", 4),
        }, o => ((HsSector)o).Hs6, "hs2022", (db, ed, _, ct) => db.HsSectors.Where(x => x.Edition == ed).ExecuteDeleteAsync(ct)),
        .. WorldTables.All,
        .. Markets.MarketTables.All,
    ];

    private static HsNomenclature Nomenclature(ReferenceRow r, short edition)
    {
        var code = r.Code("hscode", 2, 4, 6);
        var levelText = r.Text("level");
        if (!byte.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level != code.Length)
        {
            r.Error("level", $"'{levelText}' does not match the code length {code.Length}");
        }

        var parent = r.Text("parent");
        string? parentCode = null;
        if (code.Length == 2)
        {
            if (parent != "TOTAL")
            {
                r.Error("parent", $"a chapter's parent must be TOTAL, not '{parent}'");
            }
        }
        else if (parent.Length != code.Length - 2 || !code.StartsWith(parent, StringComparison.Ordinal))
        {
            r.Error("parent", $"'{parent}' is not the code one level above {code}");
        }
        else
        {
            parentCode = parent;
        }

        return new HsNomenclature
        {
            Code = code,
            Edition = edition,
            Level = level,
            Parent = parentCode,
            Section = r.Optional("section"),
            DescriptionEn = r.Required("description_en"),
        };
    }

    private static BtkiLine Btki(ReferenceRow r, short edition)
    {
        var code = r.Code("code", 4, 6, 8);
        var digitsText = r.Text("digits");
        if (!byte.TryParse(digitsText, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) || digits != code.Length)
        {
            r.Error("digits", $"'{digitsText}' does not match the code length {code.Length}");
        }

        var hs2 = r.Text("hs2");
        if (hs2.Length > 0 && code.Length >= 2 && hs2 != code[..2])
        {
            r.Error("hs2", $"'{hs2}' is not the chapter of {code}");
        }

        return new BtkiLine
        {
            Code = code,
            Edition = edition,
            Digits = digits,
            Hs2 = code.Length >= 2 ? code[..2] : "",
            DescriptionId = r.Required("description_id"),
            DescriptionEn = r.Text("description_en"),
            ImportDutyMfn = r.Optional("import_duty_mfn_pct"),
            ExportDuty = r.Optional("export_duty"),
        };
    }

    private static string BecCodes(ReferenceRow r)
    {
        var v = r.Text("bec4_codes");
        if (v.Length > 0 && !v.Split('|').All(c => c.Length is > 0 and <= 3 && c.All(char.IsAsciiDigit)))
        {
            r.Error("bec4_codes", $"'{v}' is not a list of BEC codes separated by |");
        }

        return v;
    }
}
