using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Neraca.Imports;

/// <summary>
/// One prepared SQLite statement driven through the native API. Microsoft.Data.Sqlite re-resolves every parameter
/// by name on every execution; on a bulk path that lookup cost more than the insert itself. Runs inside the
/// connection's open transaction like any other command.
/// </summary>
internal sealed class SqliteRawInsert : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public SqliteRawInsert(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public SqliteRawInsert Int(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public SqliteRawInsert Int(int index, long? value)
    {
        Check(value is long v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index));
        return this;
    }

    public SqliteRawInsert Text(int index, string value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
