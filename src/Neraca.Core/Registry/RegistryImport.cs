using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// A row skipped because a verified business holds its NIB; the id only when that business is in the import's
/// province (an office does not learn the records of another province).
/// </summary>
public sealed record RegistryDuplicate(int Row, string Nib, int? ExistingId);

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
/// written. A NIB repeated inside the file is an error; a NIB already held by a verified business is reported and
/// skipped, so importing the same sheet twice is harmless (a pending self-registration does not block a row). Each row
/// goes through <see cref="BusinessRules"/>, the same rules as the web form and the API.
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
                errors.Add(new RegistryImportError(row, "", "import.rows", MaxRows.ToString(CultureInfo.InvariantCulture)));
                break;
            }

            string Cell(string field) => columns.TryGetValue(field, out var i) && i < cells.Length ? cells[i].Trim() : "";
            var business = ParseRow(row, Cell, h => columns.TryGetValue(h, out var i) ? headers[i] : h, province, errors);
            if (business is not null)
            {
                parsed.Add((row, business));
            }
        }

        foreach (var group in parsed.GroupBy(p => p.Business.Nib).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(p => new RegistryImportError(p.Row, headers[columns["nib"]], "nib.repeats", p.Business.Nib, first.ToString(CultureInfo.InvariantCulture))));
        }

        var nibs = parsed.Select(p => p.Business.Nib).Distinct().ToList();
        var existing = await db.Businesses.AsNoTracking().Where(b => nibs.Contains(b.Nib) && b.Verification == Verification.Verified)
            .Select(b => new { b.Nib, b.Id, b.ProvinceCode }).ToListAsync(ct);
        var duplicates = parsed.Where(p => existing.Any(e => e.Nib == p.Business.Nib))
            .Select(p => existing.First(e => e.Nib == p.Business.Nib) is var e ? new RegistryDuplicate(p.Row, p.Business.Nib, e.ProvinceCode == province ? e.Id : null) : null)
            .Select(d => d!).ToList();
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
                    errors.Add(new RegistryImportError(headerRow, header, "import.mapped", header, field));
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
            errors.Add(new RegistryImportError(headerRow, unknown, "import.field", unknown, string.Join(", ", Aliases.Keys)));
        }

        errors.AddRange(Required.Where(f => !columns.ContainsKey(f))
            .Select(f => new RegistryImportError(headerRow, f, "import.nocolumn", f, string.Join(", ", Aliases[f]))));
        return columns;
    }

    private static Dictionary<string, string> Names(Dictionary<string, int> columns, IReadOnlyList<string> headers) =>
        columns.ToDictionary(c => c.Key, c => headers[c.Value], StringComparer.Ordinal);

    /// <summary>Import column → the business field of <see cref="BusinessRules"/> it feeds.</summary>
    private static readonly Dictionary<string, string> FieldOfColumn = new(StringComparer.Ordinal)
    {
        ["name"] = BusinessRules.Fields.Name,
        ["nib"] = BusinessRules.Fields.Nib,
        ["legal_form"] = BusinessRules.Fields.LegalForm,
        ["kbli"] = BusinessRules.Fields.Kbli,
        ["kind"] = BusinessRules.Fields.Kind,
        ["capital"] = BusinessRules.Fields.Capital,
        ["sales"] = BusinessRules.Fields.Sales,
        ["regency"] = BusinessRules.Fields.Regency,
        ["address"] = BusinessRules.Fields.Address,
        ["phone"] = BusinessRules.Fields.Phone,
        ["email"] = BusinessRules.Fields.Email,
        ["owner"] = BusinessRules.Fields.OwnerName,
        ["gender"] = BusinessRules.Fields.Gender,
        ["employees"] = BusinessRules.Fields.Employees,
        ["founded"] = BusinessRules.Fields.Founded,
        ["consent"] = BusinessRules.Fields.Consent,
    };

    private static Business? ParseRow(int row, Func<string, string> cell, Func<string, string> header, short province, List<RegistryImportError> errors)
    {
        var text = new BusinessText(
            cell("name"), cell("nib"), cell("legal_form"), cell("kbli"), cell("kind"), cell("capital"), cell("sales"),
            province.ToString(CultureInfo.InvariantCulture), cell("regency"), cell("address"), cell("phone"), cell("email"), null,
            cell("owner"), cell("gender"), cell("employees"), cell("founded"), cell("consent"));
        var (values, problems) = BusinessRules.Parse(text, new ProvinceScope(province), province);
        foreach (var p in problems)
        {
            var column = FieldOfColumn.FirstOrDefault(f => f.Value == p.Field).Key;
            errors.Add(new RegistryImportError(row, column is null ? "" : header(column), p.Code, p.Args));
        }

        if (values is null)
        {
            return null;
        }

        var now = DateTime.UtcNow;
        var business = new Business { Verification = Verification.Verified, CreatedAtUtc = now, VerifiedAtUtc = now, VerifiedBy = "import" };
        values.CopyTo(business);
        return business;
    }

    /// <summary>Header key: lower case without spaces and punctuation, and without a unit in brackets ("Modal Usaha (Rp)").</summary>
    private static string Key(string header) =>
        new([.. UnitInBrackets().Replace(header, "").Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.' or '/'))]);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex UnitInBrackets();

}
