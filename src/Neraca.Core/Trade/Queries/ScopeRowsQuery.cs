using System.Data.Common;
using System.Globalization;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Trade.Queries;

/// <summary>One active scope: what was loaded for a flow × month × basis × province × HS chapter, and its total.</summary>
internal readonly record struct ScopeRow(Flow Flow, int Year, int Month, Basis Basis, short Province, string Hs2, long ValueMilli);

/// <summary>
/// Active scopes of a year range, for one province or all (-1). Coverage and monthly totals both come from here:
/// batch_scope holds one row per loaded slice, so this never touches trade_fact.
/// </summary>
internal static class ScopeRowsQuery
{
    public const string Text = """
        SELECT s.flow, s.year, s.month, s.basis, s.province_code, s.hs2, s.value_milli
        FROM batch_scope s
        WHERE s.is_active = @true AND s.year >= @y0 AND s.year <= @y1 AND (@p = -1 OR s.province_code = @p)
        """;

    public static async Task<List<ScopeRow>> RunAsync(DbConnection connection, int fromYear, int toYear, short province, CancellationToken ct)
    {
        var rows = new List<ScopeRow>();
        await using var command = Sql.Command(connection, null, Text,
            ("@true", true), ("@y0", (short)fromYear), ("@y1", (short)toYear), ("@p", province));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ScopeRow(
                (Flow)Db.Int(r, 0), Db.Int(r, 1), Db.Int(r, 2), (Basis)Db.Int(r, 3), (short)Db.Int(r, 4), r.GetString(5), Db.Long(r, 6)));
        }

        return rows;
    }
}

/// <summary>Reads integers the same way on both engines (PostgreSQL returns SUM(bigint) as numeric, SQLite as integer).</summary>
internal static class Db
{
    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
