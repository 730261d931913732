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
public sealed class ImportPageModel(UploadImporter importer) : PageModel
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

    /// <summary>Keys into texts.tsv of the problems with the form itself (not with the files).</summary>
    public List<string> FormErrors { get; } = [];

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province);

    public void OnGet()
    {
    }

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

        // htmx replaces only the result area; without JavaScript the whole page comes back.
        return Request.Headers.ContainsKey("HX-Request") ? Partial("_Result", this) : Page();
    }
}
