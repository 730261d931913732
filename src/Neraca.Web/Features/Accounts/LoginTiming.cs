using Microsoft.AspNetCore.Identity;
using Neraca.Accounts;

namespace Neraca.Web.Features.Accounts;

/// <summary>A password hash of the same format and cost as real ones, verified when there is no real one to verify.</summary>
public static class LoginTiming
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", Email = "nobody" };

    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public static void HashDummy(IPasswordHasher<AppUser> hasher, string password) =>
        _ = hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);
}
