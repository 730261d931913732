using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>Creating, disabling and changing users, and issuing API tokens: the same code for the CLI and the admin pages.</summary>
public sealed class AccountService(UserManager<AppUser> users, NeracaDb db)
{
    public const string TokenPrefix = "nrc_";

    public async Task<(AppUser? User, IReadOnlyList<string> Errors)> CreateUserAsync(string email, string role, short? province, string? displayName, string password)
    {
        if (!Roles.IsKnown(role))
        {
            return (null, [$"unknown role '{role}' (admin, analyst, officer, business)"]);
        }

        if (province is short code && !ProvinceCode.IsProvinceCode(code))
        {
            return (null, [$"unknown BPS province code {code}"]);
        }

        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            ProvinceCode = province,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => e.Description)]);
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? (user, []) : (user, [.. added.Errors.Select(e => e.Description)]);
    }

    /// <summary>Disables the account and changes its security stamp, which signs it out everywhere.</summary>
    public async Task<bool> SetDisabledAsync(AppUser user, bool disabled)
    {
        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await UserSessions.EndAllAsync(db, user.Id);
        }

        return result.Succeeded;
    }

    /// <summary>
    /// The user changes their own password: the current one is checked, the new one must pass the rules. Every other
    /// session ends (the stamp changes and their session rows end); <paramref name="keepSession"/> stays signed in.
    /// </summary>
    public async Task<IReadOnlyList<IdentityError>> ChangePasswordAsync(AppUser user, string current, string next, Guid? keepSession, CancellationToken ct = default)
    {
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            return [.. changed.Errors];
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await UserSessions.EndAllAsync(db, user.Id, keepSession, ct);
        await AuditLog.WriteAsync(db, db.AuditActor(), AuditActions.PasswordChange, "app_user", user.Id, new { otherSessionsEnded = true }, ct);
        return [];
    }

    /// <summary>
    /// An admin (web or CLI) sets a new password: the user is unlocked, signed out everywhere and, when
    /// <paramref name="mustChange"/>, must choose their own at the next sign-in.
    /// </summary>
    /// <returns>Identity errors (codes such as PasswordTooShort, PasswordCommon); empty when done.</returns>
    public async Task<IReadOnlyList<IdentityError>> ResetPasswordAsync(AppUser user, string password, bool mustChange, CancellationToken ct = default)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.MustChangePassword = mustChange;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user); // saves the user too
        await UserSessions.EndAllAsync(db, user.Id, null, ct);
        await AuditLog.WriteAsync(db, db.AuditActor(), AuditActions.PasswordReset, "app_user", user.Id, new { mustChange }, ct);
        return [];
    }

    /// <summary>Lifts a lockout (too many wrong passwords) before it runs out.</summary>
    public async Task UnlockAsync(AppUser user, CancellationToken ct = default)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await AuditLog.WriteAsync(db, db.AuditActor(), AuditActions.Unlock, "app_user", user.Id, null, ct);
    }

    /// <summary>Replaces the user's role (one role per user).</summary>
    public async Task<bool> SetRoleAsync(AppUser user, string role)
    {
        if (!Roles.IsKnown(role))
        {
            return false;
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return true;
        }

        if (current.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, current);
        }

        var ok = (await users.AddToRoleAsync(user, role)).Succeeded;
        await users.UpdateSecurityStampAsync(user);
        return ok;
    }

    /// <summary>A new token: returns the secret, shown once; only its SHA-256 is stored.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateTokenAsync(AppUser user, string name, CancellationToken ct = default)
    {
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            Name = name.Trim().Length == 0 ? "token" : name.Trim(),
            Hash = HashToken(secret),
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    public async Task<bool> RevokeTokenAsync(string userId, Guid tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAtUtc == null, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAtUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Identity for processes without a web host (the CLI): user manager, roles, password rules, the EF store.</summary>
public static class AccountSetup
{
    public static ServiceProvider BuildCliServices(NeracaDb db, int maxFailedAccessAttempts = 5)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(db);
        services.AddIdentityCore<AppUser>(o => PasswordRules.Apply(o, maxFailedAccessAttempts))
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NeracaDb>()
            .AddPasswordValidator<NeracaPasswordValidator>();
        services.AddScoped<AccountService>();
        return services.BuildServiceProvider();
    }
}
