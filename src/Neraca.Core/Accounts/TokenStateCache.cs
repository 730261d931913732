using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>
/// What an API token may do, looked up once per security version instead of once per request (decision 0028). Keyed
/// by the token's SHA-256 per database; valid while <see cref="SecurityVersion"/> stays the same, which every change
/// of a user, token, role or claim raises (<see cref="SecurityChanges"/>). The version (one primary-key read) is read
/// again at most every <see cref="RecheckAfter"/> (by one request while the others answer, for at most
/// <see cref="MaxStale"/>), so a token revoked or a user disabled by another process (the CLI, another server) is
/// refused within 1 s; a change saved in this process empties its database's states at once
/// (<see cref="Invalidate"/>). Only tokens that exist are kept (unknown secrets are never stored), at most
/// <see cref="MaxEntries"/> per database. The model is <see cref="Trade.FiguresCache"/>.
/// </summary>
public static class TokenStateCache
{
    /// <summary>How late a revoke or disable done by another process may be seen (the target is 1 s).</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>Far above the tokens an office issues; past that the generation starts empty again.</summary>
    public const int MaxEntries = 10_000;

    private static readonly ConcurrentDictionary<string, Generation> Databases = new(StringComparer.Ordinal);

    /// <summary>Called after this process committed a security change to <paramref name="database"/>.</summary>
    public static void Invalidate(string database) => Databases.TryRemove(database, out _);

    /// <summary>
    /// The hard bound on an answer's age: between <see cref="RecheckAfter"/> and this, one request reads the version
    /// while the others keep answering from the cache, instead of every concurrent request reading it at once.
    /// </summary>
    public static readonly TimeSpan MaxStale = TimeSpan.FromMilliseconds(1000);

    /// <summary>
    /// The token's state when the version was checked less than <see cref="RecheckAfter"/> ago, or less than
    /// <see cref="MaxStale"/> ago while another request is already checking it; no database needed.
    /// </summary>
    public static bool TryGetRecent(string database, string hash, out TokenState? state)
    {
        state = null;
        if (Databases.TryGetValue(database, out var g) && g.States.TryGetValue(hash, out var hit))
        {
            var age = Stopwatch.GetElapsedTime(g.CheckedAt);
            if (age < RecheckAfter || (age < MaxStale && !g.TryClaimCheck()))
            {
                state = hit;
            }
        }

        return state is not null;
    }

    /// <summary>
    /// Reads the version, then the state through <paramref name="load"/> when not cached for that version. The version
    /// is read before the state, so a state can be older than its version's changes only if the version is too.
    /// </summary>
    /// <returns>The state, or null for a secret that matches no token (not cached).</returns>
    public static async Task<TokenState?> GetOrLoadAsync(NeracaDb db, string database, string hash, Func<Task<TokenState?>> load, CancellationToken ct)
    {
        var checkedAt = Stopwatch.GetTimestamp();
        var version = await SecurityChanges.ReadAsync(db, ct);
        var generation = Databases.AddOrUpdate(database, _ => new Generation(version), (_, g) => g.Version >= version ? g : new Generation(version));
        if (generation.Version != version)
        {
            return await load(); // read just before a change committed: answer, but do not mix into the newer generation
        }

        generation.CheckedAt = checkedAt;
        if (generation.States.TryGetValue(hash, out var hit))
        {
            return hit;
        }

        var state = await load();
        if (state is null)
        {
            return null;
        }

        if (generation.States.Count >= MaxEntries)
        {
            generation.States.Clear();
        }

        return generation.States.GetOrAdd(hash, state);
    }

    private sealed class Generation(long version)
    {
        private long checkedAt = Stopwatch.GetTimestamp();
        private long claimedAt;

        public long Version { get; } = version;
        public ConcurrentDictionary<string, TokenState> States { get; } = new(StringComparer.Ordinal);

        public long CheckedAt
        {
            get => Interlocked.Read(ref checkedAt);
            set => Interlocked.Exchange(ref checkedAt, value);
        }

        /// <summary>
        /// True for the one caller that should read the version now. A claim ends when the check it started lands
        /// (<see cref="CheckedAt"/> passes it) or, if that request failed, after <see cref="RecheckAfter"/>.
        /// </summary>
        public bool TryClaimCheck()
        {
            var claim = Interlocked.Read(ref claimedAt);
            if (claim > CheckedAt && Stopwatch.GetElapsedTime(claim) < RecheckAfter)
            {
                return false;
            }

            return Interlocked.CompareExchange(ref claimedAt, Stopwatch.GetTimestamp(), claim) == claim;
        }
    }
}

/// <summary>
/// A token that exists: <see cref="Claims"/> null when it is refused (revoked, or its user disabled or gone). "Last
/// used" is kept here so it is written at most once per <see cref="LastUsedResolution"/> per process.
/// </summary>
public sealed class TokenState(Guid tokenId, string userId, Claim[]? claims, DateTime? lastUsedAtUtc)
{
    /// <summary>How precisely "last used" is kept (the tokens page shows it to the minute).</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private long lastUsedTicks = lastUsedAtUtc?.Ticks ?? 0;

    public Guid TokenId { get; } = tokenId;
    public string UserId { get; } = userId;
    public Claim[]? Claims { get; } = claims;

    /// <summary>True for exactly one caller per <see cref="LastUsedResolution"/>: the one that should write "last used".</summary>
    public bool ClaimLastUsedWrite(DateTime nowUtc)
    {
        var seen = Interlocked.Read(ref lastUsedTicks);
        return nowUtc.Ticks - seen >= LastUsedResolution.Ticks && Interlocked.CompareExchange(ref lastUsedTicks, nowUtc.Ticks, seen) == seen;
    }
}
