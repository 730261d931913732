using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;

namespace Neraca.Web.Features.Accounts;

/// <summary>`/account/password`: a signed-in user changes their own password; every other session ends.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountService accounts) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string Next { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool MustChange { get; private set; }
    public bool Done { get; private set; }
    public IReadOnlyList<IdentityError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        if (!string.Equals(Next ?? "", Confirm ?? "", StringComparison.Ordinal))
        {
            Errors = [new IdentityError { Code = "accounts.password.confirm" }];
            return Page();
        }

        var session = AccountsSetup.SessionId((await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties);
        Errors = await accounts.ChangePasswordAsync(user, Current ?? "", Next ?? "", session, ct);
        if (Errors.Count > 0)
        {
            return Page();
        }

        await signIn.RefreshSignInAsync(user); // new stamp and claims for this session; the others have ended
        if (MustChange)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
        }

        Done = true;
        return Page();
    }

    /// <summary>Text key for an error: our own keys as they are, Identity's codes through accounts.password.error.*.</summary>
    public static string KeyOf(IdentityError error) => error.Code.StartsWith("accounts.", StringComparison.Ordinal)
        ? error.Code
        : "accounts.password.error." + error.Code;
}
