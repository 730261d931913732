using System.Data.Common;

namespace Neraca.Storage;

/// <summary>Thin ADO.NET helpers for the bulk paths: commands bound to the current transaction, named parameters.</summary>
internal static class Sql
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Callers pass SQL constants; values always go in parameters.")]
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        // Bulk statements (aggregating a 10M-row import) outlast the 30 s default; an import is all or nothing anyway.
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static async Task<long> ScalarLongAsync(DbConnection c, DbTransaction? t, string text, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, t, text, parameters);
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> ExecuteAsync(DbConnection c, DbTransaction? t, string text, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, t, text, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
