using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Neraca.Accounts;

/// <summary>
/// Password rules after OWASP ASVS 5.0: at least 12 characters, long passphrases allowed (up to 128), no
/// composition rules (no "must contain a digit"), and not a common password (embedded blocklist).
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Blocklist = new(Load);

    public static int BlocklistSize => Blocklist.Value.Count;

    public static void Apply(IdentityOptions o, int maxFailedAccessAttempts)
    {
        o.Password.RequiredLength = MinLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = maxFailedAccessAttempts;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>True when the password, or the password without trailing digits and symbols, is a known common one.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Blocklist.Value.Contains(lower))
        {
            return true;
        }

        var stem = lower.TrimEnd("0123456789!@#$%^&*.?-_ ".ToCharArray());
        return stem.Length > 0 && stem.Length < lower.Length && Blocklist.Value.Contains(stem);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Neraca.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("embedded common-passwords.txt missing");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}

/// <summary>The checks Identity's own validator does not do: maximum length, blocklist, not the user's e-mail.</summary>
public sealed class NeracaPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = new List<IdentityError>();
        password ??= "";
        if (password.Length > PasswordRules.MaxLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {PasswordRules.MaxLength} characters." });
        }

        if (PasswordRules.IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "This password is too common; choose another (a passphrase of several words works well)." });
        }

        var email = user.Email ?? user.UserName;
        if (!string.IsNullOrEmpty(email) && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4)
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "The password must not contain your user name." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
