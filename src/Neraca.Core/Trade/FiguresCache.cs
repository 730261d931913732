using System.Collections.Concurrent;
using System.Data.Common;
using Neraca.Storage;

namespace Neraca.Trade;

/// <summary>
/// Results of the figures engine per database, valid while the latest import batch stays the same: trade data (and the
/// country, HS label and aggregate rows the figures read) change only when an import commits, which adds a batch row.
/// A committed import from any process (CLI, another server) is seen at the next request, which reads the latest batch
/// id (one primary-key lookup) before answering. Rolled-back imports leave no batch row and change nothing.
/// Cached values are immutable records shared by all callers.
/// </summary>
internal static class FiguresCache
{
    /// <summary>Enough for every province × recent month of a dashboard; past that the generation starts empty again.</summary>
    private const int MaxEntries = 2048;

    private const string LatestBatch = "SELECT COALESCE(MAX(id), 0) FROM import_batch";

    private static readonly ConcurrentDictionary<string, Generation> Databases = new(StringComparer.Ordinal);

    public static async Task<T> GetOrComputeAsync<T>(DbConnection connection, string database, string key, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var version = await Sql.ScalarLongAsync(connection, null, LatestBatch, ct);
        var generation = Databases.AddOrUpdate(database, _ => new Generation(version), (_, g) => g.Version >= version ? g : new Generation(version));
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

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<string, object> Results { get; } = new(StringComparer.Ordinal);
    }
}
