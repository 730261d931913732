using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// The claims of an API token's user (roles, province, name), built once per token and user version instead of on
/// every request (six Identity queries; the API served ~10× fewer requests per second with a token than without,
/// bench/README.md). The key holds the user's concurrency stamp, which Identity renews on every change of the user,
/// roles included; revoked tokens and disabled users are still checked on every request by the caller. Entries are
/// rebuilt after <see cref="MaxAge"/> as a bound on anything changed outside Identity.
/// </summary>
internal static class TokenClaims
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;

    private static readonly ConcurrentDictionary<(Guid Token, string? Stamp), (Claim[] Claims, long At)> Entries = new();

    /// <returns>The claims, or null when <paramref name="create"/> found no user.</returns>
    public static async Task<Claim[]?> GetOrCreateAsync(Guid token, string? stamp, Func<Task<Claim[]?>> create)
    {
        if (Entries.TryGetValue((token, stamp), out var entry) && Stopwatch.GetElapsedTime(entry.At) < MaxAge)
        {
            return entry.Claims;
        }

        var claims = await create();
        if (claims is null)
        {
            return null;
        }

        if (Entries.Count >= MaxEntries)
        {
            Entries.Clear();
        }

        Entries[(token, stamp)] = (claims, Stopwatch.GetTimestamp());
        return claims;
    }
}
