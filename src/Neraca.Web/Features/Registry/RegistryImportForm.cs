using System.Globalization;
using System.Security.Claims;
using System.Text;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Web.Features.Registry;

/// <summary>Reads the bulk import form (for `POST /api/registry/import` and the `/registry/import` page) and runs <see cref="RegistryImport"/>.</summary>
public static class RegistryImportForm
{
    public const long ImportLimit = 5 * 1024 * 1024;

    /// <summary>The import form (file, dryRun, province, mapping) as the API and the `/registry/import` page receive it.</summary>
    public static async Task<(RegistryImportResult? Result, List<RegistryError> Errors)> ReadAsync(
        NeracaDb db, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var scope = ProvinceScope.Of(user);
        var errors = new List<RegistryError>();
        short province = scope.Province ?? 0;
        if (form.TryGetValue("province", out var provinceText) && !string.IsNullOrWhiteSpace(provinceText))
        {
            if (RegistryValues.Province(provinceText) is not { } p || !scope.Allows(p))
            {
                errors.Add(new RegistryError("province", "import.province"));
            }
            else
            {
                province = p;
            }
        }
        else if (scope.IsNational)
        {
            errors.Add(new RegistryError("province", "province.national"));
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in form["mapping"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add(new RegistryError("mapping", "import.mapping", pair));
                continue;
            }

            mapping[parts[0].ToLowerInvariant()] = parts[1];
        }

        if (form.Files.Count != 1 || form.Files[0].Length > ImportLimit)
        {
            errors.Add(new RegistryError("file", "import.file", ImportLimit.ToString(CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var dryRun = form["dryRun"].ToString() is "true" or "on" or "1";
        return (await ImportFileAsync(db, form.Files[0], province, dryRun, mapping.Count > 0 ? mapping : null, ct), errors);
    }

    /// <summary>XLSX or CSV decided by the content (an XLSX is a ZIP: it starts with "PK\x03\x04"), not by the file name.</summary>
    private static async Task<RegistryImportResult> ImportFileAsync(
        NeracaDb db, IFormFile file, short province, bool dryRun, IReadOnlyDictionary<string, string>? mapping, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(4, buffer.Length));
        if (head.SequenceEqual("PK\x03\x04"u8))
        {
            return await RegistryImport.ImportXlsxAsync(db, buffer, province, dryRun, mapping, ct);
        }

        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await RegistryImport.ImportAsync(db, reader, province, dryRun, mapping, ct);
    }
}
