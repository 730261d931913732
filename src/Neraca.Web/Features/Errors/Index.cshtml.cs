using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Neraca.Web.Features.Errors;

/// <summary>The friendly error page for pages (never a stack trace); APIs get ProblemDetails instead.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string MessageKey => Status switch
    {
        404 => "error.404",
        400 => "error.400",
        413 => "error.413",
        _ => "error.generic",
    };

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Status = code is >= 400 and < 600 ? code.Value : (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500);
        HttpContext.Response.StatusCode = Status;
    }
}
