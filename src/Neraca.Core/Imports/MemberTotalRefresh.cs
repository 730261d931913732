using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;
using Npgsql;

namespace Neraca.Imports;

/// <summary>
/// Keeps the member-grain aggregates the rankings read (<c>month_country_total</c>) equal to the active detail, inside the
/// import transaction: each touched flow × year × month is recomputed from the per-scope partner totals of the scopes
/// active once the import commits. Periods the batch does not touch are left alone, so a one-month import costs one
/// month's partner rows, never a rebuild.
/// Call after this batch's scopes and their <c>scope_country_total</c> rows are written and superseded scopes are marked
/// inactive (the same transaction).
/// </summary>
internal static class MemberTotalRefresh
{
    private const string Delete = "DELETE FROM month_country_total WHERE year = @year AND month = @month AND flow = @flow";

    private const string Insert = """
        INSERT INTO month_country_total (year, month, flow, province_code, country_id, value_milli)
        SELECT s.year, s.month, s.flow, s.province_code, t.country_id, SUM(t.value_milli)
        FROM batch_scope s
        JOIN scope_country_total t ON t.scope_id = s.id
        WHERE s.flow = @flow AND s.year = @year AND s.month = @month AND s.basis = @detail AND s.is_active = @true
        GROUP BY s.year, s.month, s.flow, s.province_code, t.country_id
        """;

    public static async Task RefreshAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(Flow Flow, short Year, byte Month)> periods, CancellationToken ct)
    {
        // "is_active = TRUE/1" as a literal: both engines then match the partial index on active scopes.
        var insertText = Insert.Replace("@true", connection is NpgsqlConnection ? "TRUE" : "1", StringComparison.Ordinal);
        await using var delete = Sql.Command(connection, transaction, Delete, ("@year", (short)0), ("@month", (byte)0), ("@flow", (byte)0));
        await using var insert = Sql.Command(connection, transaction, insertText,
            ("@flow", (byte)0), ("@year", (short)0), ("@month", (byte)0), ("@detail", (byte)Basis.Detail));
        foreach (var (flow, year, month) in periods.Distinct())
        {
            delete.Parameters["@year"].Value = year;
            delete.Parameters["@month"].Value = month;
            delete.Parameters["@flow"].Value = (byte)flow;
            await delete.ExecuteNonQueryAsync(ct);
            insert.Parameters["@flow"].Value = (byte)flow;
            insert.Parameters["@year"].Value = year;
            insert.Parameters["@month"].Value = month;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
