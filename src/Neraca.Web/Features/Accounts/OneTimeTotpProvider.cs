using Microsoft.AspNetCore.Identity;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// Replaces Identity's authenticator provider: same codes, but each code works only once (Identity's accepts the
/// same code again within its window). See <see cref="TotpCodes"/>.
/// </summary>
public sealed class OneTimeTotpProvider(NeracaDb db) : IUserTwoFactorTokenProvider<AppUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        return key is not null && TotpCodes.Match(key, token, DateTime.UtcNow) is long step && await TotpCodes.TryUseAsync(db, user.Id, step);
    }
}
