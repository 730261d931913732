using Microsoft.AspNetCore.Identity;

namespace Neraca.Accounts;

/// <summary>A person who signs in. ProvinceCode null = national (sees every province).</summary>
public sealed class AppUser : IdentityUser
{
    public short? ProvinceCode { get; set; }
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }

    /// <summary>Set by an admin's password reset: the next sign-in goes to the password change page first.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>The four roles. Anonymous visitors see only the public pages.</summary>
public static class Roles
{
    /// <summary>Users, settings, reference data.</summary>
    public const string Admin = "admin";

    /// <summary>Imports, trade figures, reports.</summary>
    public const string Analyst = "analyst";

    /// <summary>Registry, programs, buyers.</summary>
    public const string Officer = "officer";

    /// <summary>A business owner: only their own business.</summary>
    public const string Business = "business";

    public static readonly IReadOnlyList<string> All = [Admin, Analyst, Officer, Business];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}

/// <summary>A per-user API token for scripts. Only the SHA-256 of the secret is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
