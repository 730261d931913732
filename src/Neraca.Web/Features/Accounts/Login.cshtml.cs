using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// `/account/login`. Unlike the stock Identity page, every wrong password counts towards the lockout
/// (<c>lockoutOnFailure: true</c>), and every attempt leaves one audit row.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, NeracaDb db) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Key into texts.tsv of the message to show, if any.</summary>
    public string? ErrorKey { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = (Email ?? "").Trim();
        var actor = "web:" + (email.Length == 0 ? "(empty)" : email);
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        var wasLocked = user is not null && await users.IsLockedOutAsync(user);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await AuditLog.WriteAsync(db, actor, AuditActions.SignIn, "app_user", user!.Id, new { mfa = false }, ct);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginTwoFactor", new { ReturnUrl = SafeReturnUrl() });
        }

        if (result.IsLockedOut)
        {
            var action = wasLocked ? AuditActions.SignInFailed : AuditActions.Lockout;
            await AuditLog.WriteAsync(db, actor, action, "app_user", user?.Id, new { reason = "locked out" }, ct);
            ErrorKey = "login.locked";
            return Page();
        }

        var reason = user is null ? "unknown e-mail" : result.IsNotAllowed ? "account disabled" : "wrong password";
        await AuditLog.WriteAsync(db, actor, AuditActions.SignInFailed, "app_user", user?.Id, new { reason }, ct);
        ErrorKey = "login.failed";
        return Page();
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
