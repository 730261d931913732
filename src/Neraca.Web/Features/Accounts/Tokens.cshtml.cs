using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>`/account/tokens`: the user's own API tokens for scripts. A new token is shown once; only its hash is kept.</summary>
public sealed class TokensModel(UserManager<AppUser> users, AccountService accounts, NeracaDb db) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The secret of a token created just now: shown once.</summary>
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var name = (Name ?? "").Trim();
        (_, NewSecret) = await accounts.CreateTokenAsync(user, name.Length > 100 ? name[..100] : name, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        if (userId is null)
        {
            return Challenge();
        }

        // Only the owner's own tokens can be found: another user's id is simply not there (404).
        return await accounts.RevokeTokenAsync(userId, id, ct) ? RedirectToPage() : NotFound();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAtUtc).ToListAsync(ct);
    }
}
