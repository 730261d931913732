using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Imports;

/// <summary>`/import`: upload BPS files, optionally as a dry run, and see what the importer did with every cell.</summary>
[Authorize(Policy = AuthPolicies.Analyst)]
public sealed class ImportPageModel(UploadImporter importer, NeracaDb db) : PageModel
{
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? Flow { get; set; }

    [BindProperty]
    public string? Province { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    public IReadOnlyList<ImportSummary> Summaries { get; private set; } = [];

    /// <summary>The latest batches (Core's <see cref="ImportHistory"/>), shown under the form and refreshed after an upload.</summary>
    public IReadOnlyList<ImportHistoryRow> History { get; private set; } = [];

    public bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    /// <summary>Keys into texts.tsv of the problems with the form itself (not with the files).</summary>
    public List<string> FormErrors { get; } = [];

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province);

    public async Task OnGetAsync(CancellationToken ct) => History = await ImportHistory.RecentAsync(db, ImportHistory.DefaultCount, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new ImportRequest(Flow, Province, DryRun, Replace).Validate(out var options, ImportEndpoints.Actor(HttpContext));
        FormErrors.AddRange(errors.Keys.Select(field => "import.invalid." + field));
        if (Files.Count == 0)
        {
            FormErrors.Add("import.invalid.files");
        }

        if (FormErrors.Count == 0)
        {
            Summaries = await importer.ImportAsync(Files, options, ct);
        }

        History = await ImportHistory.RecentAsync(db, ImportHistory.DefaultCount, ct);

        // htmx replaces only the result area (and the history, out of band); without JavaScript the whole page comes back.
        return IsHtmx ? Partial("_Result", this) : Page();
    }

    /// <summary>A province as the summary and the history name it: "18 · Lampung", Indonesia for 0, unspecified for 99.</summary>
    public static string ProvinceName(short code, Texts texts) =>
        ProvinceCode.IsNationalCode(code) ? texts["imports.province.national"]
        : ProvinceCode.IsUnspecifiedCode(code) ? texts["imports.province.unspecified"]
        : ProvinceCode.IsKnown(code) ? $"{code.ToString(System.Globalization.CultureInfo.InvariantCulture)} · {ProvinceCode.FromStored(code).Name}"
        : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Up to three provinces by name, then how many more (a national file holds all 38).</summary>
    public static string ProvinceList(IReadOnlyList<short> codes, Texts texts) => codes.Count <= 3
        ? string.Join(", ", codes.Select(c => ProvinceName(c, texts)))
        : string.Join(", ", codes.Take(3).Select(c => ProvinceName(c, texts))) + $" +{codes.Count - 3}";

    /// <summary>The dashboard of a province and month this import loaded (monthly periods of real provinces only).</summary>
    public static string? FiguresLink(ProvinceTotal total) =>
        ProvinceCode.IsProvinceCode(total.Province) && total.Period.Length == 7
            ? $"/?province={total.Province.ToString(System.Globalization.CultureInfo.InvariantCulture)}&period={total.Period}"
            : null;
}
