using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>A problem in one cell: row as numbered in the spreadsheet (header = row 1), column as named in its header.</summary>
public sealed record RegistryImportError(int Row, string Column, string Reason);

/// <summary>A row skipped because its NIB is already registered.</summary>
public sealed record RegistryDuplicate(int Row, string Nib, int ExistingId);

public sealed record RegistryImportResult(
    bool DryRun, bool Written, int Rows, int Created, IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<RegistryImportError> Errors, IReadOnlyList<RegistryDuplicate> Duplicates)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Bulk import of the business lists offices keep in spreadsheets (XLSX, or CSV with comma or semicolon). Columns are matched by
/// header (Indonesian or English names, or an explicit field=header mapping); every row is checked with the
/// registry rules and every problem reported with row and column. All-or-nothing: one error and nothing is
/// written. A NIB repeated inside the file is an error; a NIB already registered is reported and skipped, so
/// importing the same sheet twice is harmless.
/// </summary>
public static partial class RegistryImport
{
    public const int MaxRows = 20_000;

    /// <summary>Field → accepted header names (compared lower-case without spaces, dots, dashes or underscores).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = ["name", "nama", "namausaha", "namaperusahaan", "businessname"],
        ["nib"] = ["nib", "nomorindukberusaha"],
        ["legal_form"] = ["legalform", "bentukusaha", "badanusaha", "bentukbadanusaha"],
        ["kbli"] = ["kbli", "kodekbli", "kblicodes"],
        ["kind"] = ["kind", "jenis", "jenisusaha", "kategori"],
        ["capital"] = ["capital", "modal", "modalusaha", "capitalrupiah"],
        ["sales"] = ["sales", "omzet", "omset", "penjualan", "hasilpenjualantahunan", "annualsales", "omzetpertahun", "omsetpertahun", "penjualanpertahun"],
        ["regency"] = ["regency", "kabupaten", "kabkota", "kabupatenkota", "regencycode"],
        ["address"] = ["address", "alamat"],
        ["phone"] = ["phone", "telepon", "telp", "hp", "nohp", "teleponhp"],
        ["email"] = ["email", "surel"],
        ["owner"] = ["owner", "pemilik", "namapemilik", "ownername"],
        ["gender"] = ["gender", "jeniskelamin", "jk", "ownergender"],
        ["employees"] = ["employees", "tenagakerja", "jumlahtenagakerja", "karyawan"],
        ["founded"] = ["founded", "tahunberdiri", "foundedyear"],
        ["consent"] = ["consent", "katalog", "setujukatalog", "catalogconsent"],
    };

    private static readonly string[] Required = ["name", "nib", "kind", "regency"];

    /// <summary>A CSV sheet (comma or semicolon); the header is row 1.</summary>
    /// <param name="mapping">Optional field → header overrides (e.g. name=Nama UMKM).</param>
    public static async Task<RegistryImportResult> ImportAsync(
        NeracaDb db, TextReader text, short province, bool dryRun, IReadOnlyDictionary<string, string>? mapping = null, CancellationToken ct = default) =>
        await ImportSheetAsync(db, await RegistrySheet.ReadCsvAsync(text, ct), province, dryRun, mapping, ct);

    /// <summary>The first worksheet of an XLSX workbook; the header is the first row naming the required columns (title rows above it are skipped).</summary>
    public static async Task<RegistryImportResult> ImportXlsxAsync(
        NeracaDb db, Stream xlsx, short province, bool dryRun, IReadOnlyDictionary<string, string>? mapping = null, CancellationToken ct = default)
    {
        var known = new HashSet<string>(Aliases.Values.SelectMany(a => a).Concat(mapping?.Values.Select(Key) ?? []), StringComparer.Ordinal);
        var (sheet, error) = RegistrySheet.ReadXlsx(xlsx, cells => cells.Count(c => known.Contains(Key(c))) >= 2);
        return sheet is null
            ? new RegistryImportResult(dryRun, false, 0, 0, new Dictionary<string, string>(), [error!], [])
            : await ImportSheetAsync(db, sheet, province, dryRun, mapping, ct);
    }

    private static async Task<RegistryImportResult> ImportSheetAsync(
        NeracaDb db, RegistrySheet sheet, short province, bool dryRun, IReadOnlyDictionary<string, string>? mapping, CancellationToken ct)
    {
        var errors = new List<RegistryImportError>();
        var headers = sheet.Headers;
        var columns = MapColumns(headers, sheet.HeaderRow, mapping, errors);
        if (errors.Count > 0)
        {
            return new RegistryImportResult(dryRun, false, 0, 0, Names(columns, headers), errors, []);
        }

        var parsed = new List<(int Row, Business Business)>();
        var rows = 0;
        foreach (var (row, cells) in sheet.Rows)
        {
            if (++rows > MaxRows)
            {
                errors.Add(new RegistryImportError(row, "", $"more than {MaxRows} rows: split the file"));
                break;
            }

            string Cell(string field) => columns.TryGetValue(field, out var i) && i < cells.Length ? cells[i].Trim() : "";
            var business = ParseRow(row, Cell, h => headers[columns[h]], province, errors);
            if (business is not null)
            {
                parsed.Add((row, business));
            }
        }

        foreach (var group in parsed.GroupBy(p => p.Business.Nib).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(p => new RegistryImportError(p.Row, headers[columns["nib"]], $"NIB {p.Business.Nib} repeats row {first}")));
        }

        var nibs = parsed.Select(p => p.Business.Nib).Distinct().ToList();
        var existing = await db.Businesses.AsNoTracking().Where(b => nibs.Contains(b.Nib)).Select(b => new { b.Nib, b.Id }).ToListAsync(ct);
        var duplicates = parsed.Where(p => existing.Any(e => e.Nib == p.Business.Nib))
            .Select(p => new RegistryDuplicate(p.Row, p.Business.Nib, existing.First(e => e.Nib == p.Business.Nib).Id)).ToList();
        var fresh = parsed.Where(p => existing.All(e => e.Nib != p.Business.Nib)).Select(p => p.Business).ToList();
        var ordered = errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
        if (errors.Count > 0 || dryRun)
        {
            return new RegistryImportResult(dryRun, false, rows, errors.Count > 0 ? 0 : fresh.Count, Names(columns, headers), ordered, duplicates);
        }

        db.Businesses.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return new RegistryImportResult(false, true, rows, fresh.Count, Names(columns, headers), ordered, duplicates);
    }

    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> headers, int headerRow, IReadOnlyDictionary<string, string>? mapping, List<RegistryImportError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = headers.Select(Key).ToList();
        foreach (var (field, aliases) in Aliases)
        {
            if (mapping is not null && mapping.TryGetValue(field, out var header))
            {
                var i = keys.IndexOf(Key(header));
                if (i < 0)
                {
                    errors.Add(new RegistryImportError(headerRow, header, $"mapped column '{header}' for {field} is not in the header"));
                }
                else
                {
                    columns[field] = i;
                }

                continue;
            }

            var found = keys.FindIndex(k => aliases.Contains(k));
            if (found >= 0)
            {
                columns[field] = found;
            }
        }

        foreach (var unknown in mapping?.Keys.Where(k => !Aliases.ContainsKey(k)) ?? [])
        {
            errors.Add(new RegistryImportError(headerRow, unknown, $"unknown field '{unknown}' in the mapping (fields: {string.Join(", ", Aliases.Keys)})"));
        }

        errors.AddRange(Required.Where(f => !columns.ContainsKey(f))
            .Select(f => new RegistryImportError(headerRow, f, $"no column for {f} (accepted headers: {string.Join(", ", Aliases[f])})")));
        return columns;
    }

    private static Dictionary<string, string> Names(Dictionary<string, int> columns, IReadOnlyList<string> headers) =>
        columns.ToDictionary(c => c.Key, c => headers[c.Value], StringComparer.Ordinal);

    private static Business? ParseRow(int row, Func<string, string> cell, Func<string, string> header, short province, List<RegistryImportError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string reason) => errors.Add(new RegistryImportError(row, header(field), reason));

        var name = cell("name");
        if (name.Length == 0)
        {
            Fail("name", "name is empty");
        }

        var nib = Nib.Normalize(cell("nib"));
        if (nib is null)
        {
            Fail("nib", $"'{cell("nib")}' is not a 13-digit NIB");
        }

        var kindText = cell("kind");
        BusinessKind kind = default;
        if (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || kindText.All(char.IsAsciiDigit))
        {
            Fail("kind", $"'{kindText}' is not IKM or UMKM");
        }

        var regency = ParseRegency(cell("regency"), province);
        if (regency is null)
        {
            Fail("regency", $"'{cell("regency")}' is not a regency/city of province {province} (BPS code such as 1871 or a name such as Bandar Lampung)");
        }

        var capital = Amount("capital", cell, Fail);
        var sales = Amount("sales", cell, Fail);
        var gender = cell("gender").ToUpperInvariant() switch
        {
            "" => "",
            "F" or "P" or "PEREMPUAN" or "WANITA" or "FEMALE" => "F",
            "M" or "L" or "LAKI-LAKI" or "LAKI LAKI" or "PRIA" or "MALE" => "M",
            var other => Invalid(other),
        };
        if (gender is null)
        {
            Fail("gender", $"'{cell("gender")}' is not a gender (P/L, F/M)");
        }

        var employees = Whole("employees", cell, Fail, 0, 1_000_000);
        var founded = Whole("founded", cell, Fail, 1900, DateTime.UtcNow.Year);
        var kbli = cell("kbli").Split([',', ' ', ';', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (kbli.Any(k => k.Length != 5 || !k.All(char.IsAsciiDigit)))
        {
            Fail("kbli", $"'{cell("kbli")}': KBLI codes are five digits each");
        }

        var consentText = cell("consent").ToLowerInvariant();
        var consent = consentText is "ya" or "y" or "yes" or "true" or "1" or "setuju";
        if (!consent && consentText is not ("" or "tidak" or "t" or "no" or "n" or "false" or "0"))
        {
            Fail("consent", $"'{cell("consent")}' is not ya/tidak");
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Business
        {
            Name = name,
            Nib = nib!,
            LegalForm = cell("legal_form"),
            KbliCodes = string.Join(',', kbli),
            Kind = kind,
            CapitalRupiah = capital,
            AnnualSalesRupiah = sales,
            ProvinceCode = province,
            RegencyCode = regency!.Value,
            Address = cell("address"),
            Phone = cell("phone"),
            Email = cell("email"),
            OwnerName = cell("owner"),
            OwnerGender = gender!,
            Employees = employees,
            FoundedYear = founded,
            CatalogConsent = consent,
            Verification = Verification.Verified,
            CreatedAtUtc = DateTime.UtcNow,
            VerifiedAtUtc = DateTime.UtcNow,
            VerifiedBy = "import",
        };
    }

    private static string? Invalid(string _) => null;

    private static short? ParseRegency(string text, short province)
    {
        if (short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return Regencies.IsIn(code, province) ? code : null;
        }

        var key = Key(text.ToUpperInvariant().Replace("KABUPATEN", "", StringComparison.Ordinal).Replace("KAB.", "", StringComparison.Ordinal).Replace("KOTA", "", StringComparison.Ordinal));
        var matches = Regencies.All.Where(r => r.ProvinceCode == province
            && Key(r.Name.Replace("KABUPATEN", "", StringComparison.Ordinal).Replace("KOTA", "", StringComparison.Ordinal)) == key).ToList();
        return key.Length > 0 && matches.Count == 1 ? matches[0].Code : null;
    }

    private static decimal? Amount(string field, Func<string, string> cell, Action<string, string> fail)
    {
        var raw = cell(field);
        var text = raw.Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }

        if (IndonesianNumber().IsMatch(text))
        {
            text = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (EnglishNumber().IsMatch(text))
        {
            text = text.Replace(",", "", StringComparison.Ordinal);
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        fail(field, $"'{raw}' is not an amount in Rupiah (e.g. 1.500.000.000)");
        return null;
    }

    private static int? Whole(string field, Func<string, string> cell, Action<string, string> fail, int min, int max)
    {
        var text = cell(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        fail(field, $"'{text}' is not a whole number from {min} to {max}");
        return null;
    }

    /// <summary>Header key: lower case without spaces and punctuation, and without a unit in brackets ("Modal Usaha (Rp)").</summary>
    private static string Key(string header) =>
        new([.. UnitInBrackets().Replace(header, "").Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.' or '/'))]);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex UnitInBrackets();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex IndonesianNumber();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex EnglishNumber();
}
