using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>`/account/logout`: POST only signs out (no state change through GET); GET shows the button. Signing out ends the server-side session, so a copy of the cookie stops working too.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, NeracaDb db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await AuditLog.WriteAsync(db, AccountsSetup.Actor(HttpContext), AuditActions.SignOut, "app_user", signIn.UserManager.GetUserId(User), null, ct);
        await AccountsSetup.EndCurrentSessionAsync(HttpContext);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
