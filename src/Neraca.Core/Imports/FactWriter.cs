using System.Data.Common;
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

    public static FactWriter For(DbConnection connection, DbTransaction transaction) =>
        connection is NpgsqlConnection pg ? new PostgresFactWriter(pg) : new SqliteFactWriter(connection, transaction);

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
    protected override async Task WriteAsync(ReadOnlyMemory<FactRow> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY trade_fact (scope_id, hs_code_id, country_id, port_id, value_milli, net_weight_grams) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows.Span[i];
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.ScopeId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.HsCodeId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.CountryId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.PortId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.ValueMilli, NpgsqlDbType.Bigint, ct);
            if (r.NetWeightGrams is long w)
            {
                await copy.WriteAsync(w, NpgsqlDbType.Bigint, ct);
            }
            else
            {
                await copy.WriteNullAsync(ct);
            }
        }

        await copy.CompleteAsync(ct);
    }
}

internal sealed class SqliteFactWriter : FactWriter
{
    private readonly DbCommand insert;
    private readonly DbParameter[] p;

    public SqliteFactWriter(DbConnection connection, DbTransaction transaction)
        : base(10_000)
    {
        insert = Sql.Command(connection, transaction,
            "INSERT INTO trade_fact (scope_id, hs_code_id, country_id, port_id, value_milli, net_weight_grams) VALUES (@s, @h, @c, @p, @v, @w)",
            ("@s", 0), ("@h", 0), ("@c", 0), ("@p", 0), ("@v", 0L), ("@w", null));
        p = [.. insert.Parameters.Cast<DbParameter>()];
        insert.Prepare();
    }

    /// <summary>Synchronous on purpose: Microsoft.Data.Sqlite is synchronous underneath, and the async wrappers cost ~30% here.</summary>
    protected override Task WriteAsync(ReadOnlyMemory<FactRow> rows, CancellationToken ct)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows.Span[i];
            p[0].Value = r.ScopeId;
            p[1].Value = r.HsCodeId;
            p[2].Value = r.CountryId;
            p[3].Value = r.PortId;
            p[4].Value = r.ValueMilli;
            p[5].Value = r.NetWeightGrams is long w ? w : DBNull.Value;
            insert.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await base.DisposeAsync();
    }
}
