using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>`/account/login-2fa`: the 6-digit code from the authenticator app, after the password.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, NeracaDb db) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Accounts/Login");
        }

        var actor = "web:" + user.Email;
        var code = new string([.. (Code ?? "").Where(char.IsAsciiDigit)]);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await AuditLog.WriteAsync(db, actor, AuditActions.SignIn, "app_user", user.Id, new { mfa = true }, ct);
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
        }

        await AuditLog.WriteAsync(db, actor, result.IsLockedOut ? AuditActions.Lockout : AuditActions.SignInFailed, "app_user", user.Id, new { reason = "wrong code" }, ct);
        ErrorKey = result.IsLockedOut ? "login.locked" : "login.code.failed";
        return Page();
    }
}
