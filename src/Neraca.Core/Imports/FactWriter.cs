using System.Data.Common;
using Microsoft.Data.Sqlite;
using Neraca.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Neraca.Imports;

internal struct FactRow
{
    public int ScopeId;
    public int HsCodeId;
    public int CountryId;
    public int PortId;
    public long ValueMilli;
    public long? NetWeightGrams;
}

/// <summary>
/// Buffers facts and writes them in chunks with the engine's bulk path (PostgreSQL binary COPY, SQLite
/// prepared inserts). Chunking keeps memory flat and lets dimension rows be inserted between chunks
/// (a connection cannot run other commands while a COPY is open).
/// </summary>
internal abstract class FactWriter(int capacity) : IAsyncDisposable
{
    private readonly FactRow[] buffer = new FactRow[capacity];
    private int count;

    public long Written { get; private set; }

    public static FactWriter For(DbConnection connection) =>
        connection is NpgsqlConnection pg ? new PostgresFactWriter(pg) : new SqliteFactWriter((SqliteConnection)connection);

    public async ValueTask AddAsync(FactRow row, CancellationToken ct)
    {
        buffer[count++] = row;
        if (count == buffer.Length)
        {
            await FlushAsync(ct);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (count == 0)
        {
            return;
        }

        await WriteAsync(new ReadOnlyMemory<FactRow>(buffer, 0, count), ct);
        Written += count;
        count = 0;
    }

    protected abstract Task WriteAsync(ReadOnlyMemory<FactRow> rows, CancellationToken ct);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

internal sealed class PostgresFactWriter(NpgsqlConnection connection) : FactWriter(50_000)
{
    /// <summary>Rows are written with the synchronous API: they only fill Npgsql's buffer, and six awaits per row cost more than the COPY.</summary>
    protected override async Task WriteAsync(ReadOnlyMemory<FactRow> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY trade_fact (scope_id, hs_code_id, country_id, port_id, value_milli, net_weight_grams) FROM STDIN (FORMAT BINARY)", ct);
        WriteRows(copy, rows.Span);
        await copy.CompleteAsync(ct);
    }

    private static void WriteRows(NpgsqlBinaryImporter copy, ReadOnlySpan<FactRow> rows)
    {
        foreach (var r in rows)
        {
            copy.StartRow();
            copy.Write(r.ScopeId, NpgsqlDbType.Integer);
            copy.Write(r.HsCodeId, NpgsqlDbType.Integer);
            copy.Write(r.CountryId, NpgsqlDbType.Integer);
            copy.Write(r.PortId, NpgsqlDbType.Integer);
            copy.Write(r.ValueMilli, NpgsqlDbType.Bigint);
            if (r.NetWeightGrams is long w)
            {
                copy.Write(w, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }
}

internal sealed class SqliteFactWriter(SqliteConnection connection) : FactWriter(10_000)
{
    private readonly SqliteRawInsert insert = new(connection,
        "INSERT INTO trade_fact (scope_id, hs_code_id, country_id, port_id, value_milli, net_weight_grams) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");

    /// <summary>Synchronous on purpose: SQLite is synchronous underneath, and async wrappers only add cost.</summary>
    protected override Task WriteAsync(ReadOnlyMemory<FactRow> rows, CancellationToken ct)
    {
        foreach (var r in rows.Span)
        {
            insert.Int(1, r.ScopeId).Int(2, r.HsCodeId).Int(3, r.CountryId).Int(4, r.PortId).Int(5, r.ValueMilli).Int(6, r.NetWeightGrams).Run();
        }

        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        insert.Dispose();
        await base.DisposeAsync();
    }
}
