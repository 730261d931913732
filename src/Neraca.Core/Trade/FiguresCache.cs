using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
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

    internal static async Task<T> GetOrComputeAsync<T>(DbConnection connection, string database, string key, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var checkedAt = Stopwatch.GetTimestamp();
        var version = await Sql.ScalarLongAsync(connection, null, LatestBatch, ct);
        var generation = Databases.AddOrUpdate(database, _ => new Generation(version), (_, g) => g.Version >= version ? g : new Generation(version));
        if (generation.Version != version)
        {
            return await compute(); // read just before an import committed: answer, but do not mix into the newer generation
        }

        generation.CheckedAt = checkedAt;
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
