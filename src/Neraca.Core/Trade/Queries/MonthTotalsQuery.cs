using System.Data.Common;
using System.Globalization;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Trade.Queries;

/// <summary>
/// The active scopes of one flow × month × basis × province added up: their total and the HS chapters they cover
/// as stored (sorted, comma-separated, "" is the unspecified chapter).
/// </summary>
internal readonly record struct MonthTotalRow(Flow Flow, int Year, int Month, Basis Basis, short Province, string Hs2, long ValueMilli);

/// <summary>
/// Month totals of a year range, for one province or all (-1). Coverage and monthly totals both come from here:
/// month_total holds one row per loaded flow × month × basis × province, kept by the importer, so a request reads a
/// few hundred rows and never sums per-chapter scopes or touches trade_fact.
/// </summary>
internal static class MonthTotalsQuery
{
    private const string Columns = "SELECT t.flow, t.year, t.month, t.basis, t.province_code, t.hs2_covered, t.value_milli FROM month_total t";

    public const string OneProvince = $"{Columns} WHERE t.province_code = @p AND t.year >= @y0 AND t.year <= @y1";

    public const string AllProvinces = $"{Columns} WHERE t.year >= @y0 AND t.year <= @y1";

    public static async Task<List<MonthTotalRow>> RunAsync(DbConnection connection, int fromYear, int toYear, short province, CancellationToken ct)
    {
        var rows = new List<MonthTotalRow>();
        await using var command = province == -1
            ? Sql.Command(connection, null, AllProvinces, ("@y0", (short)fromYear), ("@y1", (short)toYear))
            : Sql.Command(connection, null, OneProvince, ("@p", province), ("@y0", (short)fromYear), ("@y1", (short)toYear));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new MonthTotalRow(
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
