using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Neraca.Web.Features.Errors;

/// <summary>The friendly error page for pages (never a stack trace); APIs get ProblemDetails instead.</summary>
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>Text keys of the signed-in user's roles, to say on a 403 which role was refused.</summary>
    public IReadOnlyList<string> RoleKeys => [.. Neraca.Accounts.Roles.All.Where(User.IsInRole).Select(r => "errors.role." + r)];

    public string MessageKey => Status switch
    {
        401 => "error.401",
        403 => "error.403",
        404 => "error.404",
        429 => "error.429",
        400 => "error.400",
        413 => "error.413",
        _ => "error.generic",
    };

    // No handler parameters: a re-executed POST may carry a form that must not be read again (bad token, too large).
    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        var code = int.TryParse(Request.Query["code"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
        Status = code is >= 400 and < 600 ? code : (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500);
        HttpContext.Response.StatusCode = Status;
    }
}
