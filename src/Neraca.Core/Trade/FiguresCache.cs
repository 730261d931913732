using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Trade;

/// <summary>
/// Results of the figures engine per database, valid while the latest import batch stays the same: trade data (and the
/// country, HS label and aggregate rows the figures read) change only when an import commits, which adds a batch row.
/// The latest batch id (one primary-key lookup) is read again at most every <see cref="RecheckAfter"/>; in between a
/// cached answer needs no database at all. An import in this process clears its database's results at commit
/// (<see cref="Invalidate"/>); one committed by another process (the CLI, another server) is seen within
/// <see cref="RecheckAfter"/>. Rolled-back imports leave no batch row and change nothing. Cached values are immutable
/// records shared by all callers.
/// </summary>
public static class FiguresCache
{
    /// <summary>How stale an answer may be after another process commits an import (the dashboard target is 2 s).</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>Enough for every province × recent month of a dashboard; past that the generation starts empty again.</summary>
    private const int MaxEntries = 2048;

    private const string LatestBatch = "SELECT COALESCE(MAX(id), 0) FROM import_batch";

    private static readonly ConcurrentDictionary<string, Generation> Databases = new(StringComparer.Ordinal);

    /// <summary>Called after an import into <paramref name="database"/> committed: the next request reads the new data.</summary>
    public static void Invalidate(string database) => Databases.TryRemove(database, out _);

    /// <summary>A result cached for the latest batch, when that was checked less than <see cref="RecheckAfter"/> ago.</summary>
    internal static bool TryGetRecent<T>(string database, string key, out T? value)
        where T : class
    {
        value = null;
        if (Databases.TryGetValue(database, out var g) && Stopwatch.GetElapsedTime(g.CheckedAt) < RecheckAfter
            && g.Results.TryGetValue(key, out var hit))
        {
            value = (T)hit;
        }

        return value is not null;
    }

    /// <summary>
    /// The version of <paramref name="db"/>'s trade data: the latest import batch id, read again at most every
    /// <see cref="RecheckAfter"/> (and at once after an import in this process). Anything derived from trade data
    /// (a rendered page, say) may be cached under this version; the figures cached here are.
    /// </summary>
    public static async ValueTask<long> VersionAsync(NeracaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var database = db.Database.GetConnectionString() ?? "";
        if (Databases.TryGetValue(database, out var g) && Stopwatch.GetElapsedTime(g.CheckedAt) < RecheckAfter)
        {
            return g.Version;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return (await CheckAsync(db.Database.GetDbConnection(), database, ct)).Generation.Version; // a newer one seen meanwhile wins
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static async Task<T> GetOrComputeAsync<T>(DbConnection connection, string database, string key, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var (generation, version) = await CheckAsync(connection, database, ct);
        if (generation.Version != version)
        {
            return await compute(); // read just before an import committed: answer, but do not mix into the newer generation
        }

        if (generation.Results.TryGetValue(key, out var hit))
        {
            return (T)hit;
        }

        var result = await compute();
        if (generation.Results.Count >= MaxEntries)
        {
            generation.Results.Clear();
        }

        generation.Results[key] = result;
        return result;
    }

    /// <summary>Reads the latest batch id; the generation for it (a newer one is kept when this read raced a commit).</summary>
    private static async Task<(Generation Generation, long Version)> CheckAsync(DbConnection connection, string database, CancellationToken ct)
    {
        var checkedAt = Stopwatch.GetTimestamp();
        var version = await Sql.ScalarLongAsync(connection, null, LatestBatch, ct);
        var generation = Databases.AddOrUpdate(database, _ => new Generation(version), (_, g) => g.Version >= version ? g : new Generation(version));
        if (generation.Version == version)
        {
            generation.CheckedAt = checkedAt;
        }

        return (generation, version);
    }

    private sealed class Generation(long version)
    {
        private long checkedAt = Stopwatch.GetTimestamp();

        public long Version { get; } = version;
        public ConcurrentDictionary<string, object> Results { get; } = new(StringComparer.Ordinal);

        public long CheckedAt
        {
            get => Interlocked.Read(ref checkedAt);
            set => Interlocked.Exchange(ref checkedAt, value);
        }
    }
}
