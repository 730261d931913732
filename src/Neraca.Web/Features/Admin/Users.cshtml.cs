using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Admin;

/// <summary>`/admin/users`: list, create, disable/enable, change the role, reset the password and unlock users (admins only; every change is audited).</summary>
[Authorize(Policy = AuthPolicies.Admin)]
public sealed class UsersModel(UserManager<AppUser> users, AccountService accounts, NeracaDb db, Texts texts) : PageModel
{
    public sealed record Row(AppUser User, string Role)
    {
        public bool IsLocked => User.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
    }

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Role { get; set; } = Roles.Business; // least privilege unless the admin picks another

    [BindProperty]
    public string? Province { get; set; }

    [BindProperty]
    public string Password { get; set; } = "";

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? DoneKey { get; private set; }

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        short? province = short.TryParse(Province, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;
        var (user, errors) = await accounts.CreateUserAsync(Email ?? "", Role ?? "", province, DisplayName, Password ?? "");
        Errors = errors;
        DoneKey = user is not null && errors.Count == 0 ? "users.created" : null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disabled, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User) && disabled)
        {
            Errors = [texts["admin.users.self.disable"]];
            await LoadAsync(ct);
            return Page();
        }

        await accounts.SetDisabledAsync(user, disabled);
        return RedirectToPage();
    }

    /// <summary>Sets a temporary password: the user is unlocked, signed out everywhere and must change it at the next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAsync(string id, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await accounts.ResetPasswordAsync(user, newPassword ?? "", mustChange: true, ct);
        // The same password messages as the user's own change page, in the page's language.
        Errors = [.. errors.Select(e => texts.Keys.Contains("accounts.password.error." + e.Code) ? texts["accounts.password.error." + e.Code] : e.Description)];
        DoneKey = errors.Count == 0 ? "admin.users.reset.done" : null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await accounts.UnlockAsync(user, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !Roles.IsKnown(role))
        {
            return NotFound();
        }

        await accounts.SetRoleAsync(user, role);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var roleOf = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(ct);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        Rows = [.. all.Select(u => new Row(u, roleOf.FirstOrDefault(x => x.UserId == u.Id)?.Name ?? ""))];
    }
}
