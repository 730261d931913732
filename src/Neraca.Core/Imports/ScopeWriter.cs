using System.Data.Common;
using Neraca.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Neraca.Imports;

/// <summary>
/// This batch's scope rows. Ids are allocated in-process under a table lock (contiguous per batch, so the
/// batch's facts are a range of scope ids), totals are summed while facts stream by, and the rows are
/// bulk-written once at the end, already active — after any older active scope with the same key was
/// superseded. National detail files have hundreds of thousands of scopes: no round trip per scope.
/// </summary>
internal sealed class ScopeWriter(DbConnection connection, DbTransaction transaction, int batchId)
{
    private readonly Dictionary<ScopeKey, int> ids = [];
    private readonly List<Totals> totals = [];
    private int firstId;

    public int FirstId => firstId;
    public int LastId => firstId + totals.Count - 1;
    public IReadOnlyDictionary<ScopeKey, int> Ids => ids;

    /// <summary>This batch's scopes with their value totals.</summary>
    public IEnumerable<(ScopeKey Key, long Milli)> Scopes => totals.Select(t => (t.Key, t.Milli));

    public async Task StartAsync(CancellationToken ct)
    {
        if (connection is NpgsqlConnection)
        {
            await Sql.ExecuteAsync(connection, transaction, "LOCK TABLE batch_scope IN EXCLUSIVE MODE", ct);
        }

        firstId = (int)await Sql.ScalarLongAsync(connection, transaction, "SELECT COALESCE(MAX(id), 0) + 1 FROM batch_scope", ct);
    }

    public int Add(ScopeKey key, long milli, long? grams)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = firstId + totals.Count;
            ids[key] = id;
            totals.Add(new Totals(key));
        }

        totals[id - firstId].Add(milli, grams);
        return id;
    }

    public async Task WriteAsync(CancellationToken ct)
    {
        if (totals.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection pg)
        {
            await CopyAsync(pg, ct);
            await Sql.ExecuteAsync(connection, transaction,
                "SELECT setval(pg_get_serial_sequence('batch_scope', 'id'), (SELECT MAX(id) FROM batch_scope))", ct);
        }
        else
        {
            Insert();
        }
    }

    private async Task CopyAsync(NpgsqlConnection pg, CancellationToken ct)
    {
        await using var copy = await pg.BeginBinaryImportAsync(
            "COPY batch_scope (id, batch_id, flow, year, month, basis, province_code, hs2, is_active, fact_count, value_milli, net_weight_grams) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < totals.Count; i++)
        {
            var t = totals[i];
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(firstId + i, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(batchId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync((short)t.Key.Flow, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(t.Key.Year, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync((short)t.Key.Month, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync((short)t.Key.Basis, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(t.Key.Province, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(t.Key.Hs2, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(true, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(t.Facts, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(t.Milli, NpgsqlDbType.Bigint, ct);
            if (t.Grams is long g)
            {
                await copy.WriteAsync(g, NpgsqlDbType.Bigint, ct);
            }
            else
            {
                await copy.WriteNullAsync(ct);
            }
        }

        await copy.CompleteAsync(ct);
    }

    private void Insert()
    {
        using var insert = Sql.Command(connection, transaction, """
            INSERT INTO batch_scope (id, batch_id, flow, year, month, basis, province_code, hs2, is_active, fact_count, value_milli, net_weight_grams)
            VALUES (@id, @b, @flow, @year, @month, @basis, @province, @hs2, 1, @n, @v, @w)
            """, ("@id", 0), ("@b", batchId), ("@flow", 0), ("@year", 0), ("@month", 0), ("@basis", 0), ("@province", 0), ("@hs2", ""),
            ("@n", 0L), ("@v", 0L), ("@w", null));
        var p = insert.Parameters;
        for (var i = 0; i < totals.Count; i++)
        {
            var t = totals[i];
            p[0].Value = firstId + i;
            p[2].Value = (byte)t.Key.Flow;
            p[3].Value = t.Key.Year;
            p[4].Value = t.Key.Month;
            p[5].Value = (byte)t.Key.Basis;
            p[6].Value = t.Key.Province;
            p[7].Value = t.Key.Hs2;
            p[8].Value = t.Facts;
            p[9].Value = t.Milli;
            p[10].Value = t.Grams is long g ? g : DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Running totals of one scope; weight stays null until a fact reports one.</summary>
    private sealed class Totals(ScopeKey key)
    {
        public ScopeKey Key { get; } = key;
        public long Facts { get; private set; }
        public long Milli { get; private set; }
        public long? Grams { get; private set; }

        public void Add(long milli, long? grams)
        {
            Facts++;
            Milli += milli;
            if (grams is long g)
            {
                Grams = (Grams ?? 0) + g;
            }
        }
    }
}
