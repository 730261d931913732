using System.Data.Common;
using Microsoft.Data.Sqlite;
using Neraca.Common;
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
    private int firstId;

    public int FirstId => firstId;
    public int LastId => firstId + Table.Count - 1;
    public ScopeTable Table { get; } = new();

    public async Task StartAsync(CancellationToken ct)
    {
        if (connection is NpgsqlConnection)
        {
            await Sql.ExecuteAsync(connection, transaction, "LOCK TABLE batch_scope IN EXCLUSIVE MODE", ct);
        }

        firstId = (int)await Sql.ScalarLongAsync(connection, transaction, "SELECT COALESCE(MAX(id), 0) + 1 FROM batch_scope", ct);
    }

    public int Add(Flow flow, short year, byte month, Basis basis, short province, ReadOnlySpan<char> hs2, long milli, long? grams) =>
        firstId + Table.Add(flow, year, month, basis, province, hs2, milli, grams);

    public ScopeKey KeyOf(int scopeId) => Table.KeyAt(scopeId - firstId);

    public async Task WriteAsync(CancellationToken ct)
    {
        if (Table.Count == 0)
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
        WriteRows(copy);
        await copy.CompleteAsync(ct);
    }

    private void WriteRows(NpgsqlBinaryImporter copy)
    {
        for (var i = 0; i < Table.Count; i++)
        {
            var key = Table.KeyAt(i);
            var (facts, milli, grams) = Table.TotalsAt(i);
            copy.StartRow();
            copy.Write(firstId + i, NpgsqlDbType.Integer);
            copy.Write(batchId, NpgsqlDbType.Integer);
            copy.Write((short)key.Flow, NpgsqlDbType.Smallint);
            copy.Write(key.Year, NpgsqlDbType.Smallint);
            copy.Write((short)key.Month, NpgsqlDbType.Smallint);
            copy.Write((short)key.Basis, NpgsqlDbType.Smallint);
            copy.Write(key.Province, NpgsqlDbType.Smallint);
            copy.Write(key.Hs2, NpgsqlDbType.Varchar);
            copy.Write(true, NpgsqlDbType.Boolean);
            copy.Write(facts, NpgsqlDbType.Bigint);
            copy.Write(milli, NpgsqlDbType.Bigint);
            if (grams is long g)
            {
                copy.Write(g, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }

    private void Insert()
    {
        using var insert = new SqliteRawInsert((SqliteConnection)connection, """
            INSERT INTO batch_scope (id, batch_id, flow, year, month, basis, province_code, hs2, is_active, fact_count, value_milli, net_weight_grams)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?10, ?11)
            """);
        insert.Int(2, batchId);
        for (var i = 0; i < Table.Count; i++)
        {
            var key = Table.KeyAt(i);
            var (facts, milli, grams) = Table.TotalsAt(i);
            insert.Int(1, firstId + i).Int(3, (byte)key.Flow).Int(4, key.Year).Int(5, key.Month).Int(6, (byte)key.Basis)
                .Int(7, key.Province).Text(8, key.Hs2).Int(9, facts).Int(10, milli).Int(11, grams).Run();
        }
    }
}
