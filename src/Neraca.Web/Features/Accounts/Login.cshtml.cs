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
        var canSignIn = user is not null && await signIn.CanSignInAsync(user);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: true);

        // Equal work: Identity returns before hashing for unknown, locked and disabled accounts, which made them
        // answer ~15 times faster than a real account with a wrong password. Hash a dummy instead.
        if (user is null || wasLocked || !canSignIn)
        {
            LoginTiming.HashDummy(users.PasswordHasher, Password ?? "");
        }

        if (result.Succeeded)
        {
            await AuditLog.WriteAsync(db, actor, AuditActions.SignIn, "app_user", user!.Id, new { mfa = false }, ct);
            return user.MustChangePassword ? RedirectToPage("/Accounts/ChangePassword", new { ReturnUrl = SafeReturnUrl() }) : LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginTwoFactor", new { ReturnUrl = SafeReturnUrl() });
        }

        // Equal messages: "locked" would tell a stranger that the e-mail has an account, so every failure reads
        // the same (the message mentions the temporary lock for the real owner). The audit row keeps the reason.
        ErrorKey = "accounts.login.failed";
        if (result.IsLockedOut)
        {
            var action = wasLocked ? AuditActions.SignInFailed : AuditActions.Lockout;
            await AuditLog.WriteAsync(db, actor, action, "app_user", user?.Id, new { reason = "locked out" }, ct);
            return Page();
        }

        var reason = user is null ? "unknown e-mail" : result.IsNotAllowed ? "account disabled" : "wrong password";
        await AuditLog.WriteAsync(db, actor, AuditActions.SignInFailed, "app_user", user?.Id, new { reason }, ct);
        return Page();
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
