using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Neraca.Storage;

/// <summary>
/// Opens a database and brings it to the current schema, turning every way that can fail (a typo in a path, a file
/// that is not a database, a server that does not answer, a wrong password, a schema from another build) into one
/// reason in both languages. The reason names the database without its password, so it can be printed and logged.
/// </summary>
public static class DatabaseOpen
{
    public static async Task<NeracaDb> OpenAsync(string? connectionOrPath, CancellationToken ct)
    {
        NeracaDb? db = null;
        try
        {
            var connectionString = DbFactory.Normalize(connectionOrPath);
            db = DbFactory.Create(connectionString);
            await DatabaseSetup.MigrateAsync(db, ct);
            return db;
        }
        catch (Exception e) when (Explain(e, connectionOrPath) is { } explained)
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            throw explained;
        }
    }

    /// <summary>The reason an open or migration failed, or null for an exception that is not about the database.</summary>
    public static DatabaseOpenException? Explain(Exception e, string? connectionOrPath) =>
        e is DatabaseOpenException known ? known
        : Reason(e) is { } reason ? new DatabaseOpenException(Describe(connectionOrPath), reason.Id, reason.En, e)
        // EF Core wraps a driver's transient failure ("likely due to a transient failure") in an InvalidOperationException.
        : e is InvalidOperationException { InnerException: DbException inner } && Reason(inner) is { } wrapped
            ? new DatabaseOpenException(Describe(connectionOrPath), wrapped.Id, wrapped.En, e)
        : null;

    /// <summary>Where the database is, without secrets: a SQLite path, or host:port/database as user.</summary>
    public static string Describe(string? connectionOrPath)
    {
        var value = string.IsNullOrWhiteSpace(connectionOrPath) ? DbFactory.DefaultSqlitePath : connectionOrPath.Trim();
        try
        {
            if (DbFactory.IsPostgres(value))
            {
                var pg = new NpgsqlConnectionStringBuilder(value);
                return $"{pg.Host}:{pg.Port}/{pg.Database} ({pg.Username})";
            }

            return value.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(value).DataSource : value;
        }
        catch (ArgumentException)
        {
            return "?";
        }
    }

    private static (string Id, string En)? Reason(Exception e) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } =>
            ("nama pengguna atau kata sandi PostgreSQL ditolak", "PostgreSQL refused the user name or password"),
        PostgresException { SqlState: "3D000" } =>
            ("basis data itu tidak ada di server PostgreSQL", "that database does not exist on the PostgreSQL server"),
        PostgresException pg =>
            ($"PostgreSQL menjawab {pg.SqlState}: {pg.MessageText}", $"PostgreSQL answered {pg.SqlState}: {pg.MessageText}"),
        NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            ("server PostgreSQL tidak dapat dihubungi", "the PostgreSQL server cannot be reached"),
        SqliteException { SqliteErrorCode: 26 } =>
            ("berkas ini bukan basis data SQLite", "the file is not a SQLite database"),
        SqliteException { SqliteErrorCode: 14 } =>
            ("berkas tidak dapat dibuka (folder tidak ada atau tanpa izin)", "the file cannot be opened (missing folder or no permission)"),
        SqliteException { SqliteErrorCode: 8 } =>
            ("berkas hanya dapat dibaca", "the file is read-only"),
        DbException db =>
            ($"skemanya tidak cocok dengan versi Neraca ini atau basis data rusak: {FirstLine(db.Message)}",
             $"its schema does not match this version of Neraca, or it is damaged: {FirstLine(db.Message)}"),
        ArgumentException arg =>
            ($"string koneksi tidak sah: {FirstLine(arg.Message)}", $"the connection string is malformed: {FirstLine(arg.Message)}"),
        UnauthorizedAccessException or IOException =>
            ($"foldernya tidak dapat dibuat atau dibaca: {FirstLine(e.Message)}", $"its folder cannot be created or read: {FirstLine(e.Message)}"),
        _ => null,
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

/// <summary>A database that cannot be opened, with the reason in both languages.</summary>
public sealed class DatabaseOpenException(string database, string reasonId, string reasonEn, Exception? inner)
    : Exception($"the database {database} cannot be opened: {reasonEn}", inner)
{
    public string Database { get; } = database;

    public string ReasonId { get; } = reasonId;

    public string ReasonEn { get; } = reasonEn;

    /// <summary>Both languages, Indonesian first, as the CLI prints them.</summary>
    public string Bilingual =>
        $"galat: basis data {Database} tidak dapat dibuka: {ReasonId}{Environment.NewLine}error: the database {Database} cannot be opened: {ReasonEn}";
}
