using System.Globalization;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Storage;

namespace Neraca.Web.Features.Imports;

/// <summary>Upload settings, section `Neraca:Imports`.</summary>
public sealed class ImportWebOptions
{
    public const string Section = "Neraca:Imports";

    /// <summary>Largest request accepted by the upload page and API, in bytes (default 100 MB).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;
}

/// <summary>What the user asked for, as typed in the form or the API's multipart fields.</summary>
public sealed record ImportRequest(string? Flow, string? Province, bool DryRun, bool Replace)
{
    /// <summary>Checks the fields; returns the errors per field name (empty when valid).</summary>
    public Dictionary<string, string[]> Validate(out ImportOptions options, string actor)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var flow = Flow is null ? null : FlowNames.Parse(Flow);
        if (flow is null && !string.IsNullOrWhiteSpace(Flow))
        {
            errors["flow"] = [$"flow must be export or import, not '{Flow}'"];
        }

        ProvinceCode? province = null;
        if (!string.IsNullOrWhiteSpace(Province))
        {
            if (ProvinceCode.TryParse(Province, ProvinceKinds.Province, out var code))
            {
                province = code;
            }
            else
            {
                errors["province"] = [$"unknown BPS province code '{Province}'"];
            }
        }

        options = new ImportOptions { Flow = flow, Province = province, DryRun = DryRun, Replace = Replace, Actor = actor };
        return errors;
    }
}

/// <summary>
/// Runs uploaded files through the same importer the CLI uses. Each upload is saved under its own (cleaned)
/// name in a private temporary folder, imported with <see cref="TradeImporter.ImportFileAsync"/>, then deleted.
/// </summary>
public sealed class UploadImporter(NeracaDb db, ILogger<UploadImporter> logger)
{
    public async Task<List<ImportSummary>> ImportAsync(IReadOnlyList<IFormFile> files, ImportOptions options, CancellationToken ct)
    {
        var summaries = new List<ImportSummary>(files.Count);
        foreach (var file in files)
        {
            var folder = Path.Combine(Path.GetTempPath(), "neraca-upload-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = Path.Combine(folder, SafeFileName(file.FileName));
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                {
                    await file.CopyToAsync(target, ct);
                }

                var summary = await new TradeImporter(db).ImportFileAsync(path, options, ct: ct);
                logger.LogInformation("Upload {File} by {Actor}: {Outcome} ({Facts} facts)", summary.File, options.Actor, summary.Outcome, summary.FactsImported);
                summaries.Add(summary);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return summaries;
    }

    /// <summary>The name the user's browser sent, reduced to a plain file name (no folders, no odd characters).</summary>
    public static string SafeFileName(string? name)
    {
        var plain = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string([.. plain.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim().TrimStart('.');
        if (cleaned.Length > 150)
        {
            cleaned = cleaned[^150..];
        }

        return cleaned.Length == 0 ? "upload" : cleaned;
    }
}
