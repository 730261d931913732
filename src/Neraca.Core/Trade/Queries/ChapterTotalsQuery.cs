using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;
using Npgsql;

namespace Neraca.Trade.Queries;

/// <summary>Active detail of one flow × year × month × province × HS chapter ("" = unspecified).</summary>
internal readonly record struct ChapterTotalRow(Flow Flow, int Year, int Month, short Province, string Hs2, long ValueMilli);

/// <summary>
/// Per-chapter totals of a year range, read only when the chapters loaded differ between periods (a like-for-like change
/// needs them, docs/decisions/0014); otherwise month_total alone answers. One province, or all (-1: summed over
/// provinces, province reported as -1) or every province apart (-2).
/// </summary>
internal static class ChapterTotalsQuery
{
    private const string Filter = "s.is_active = @true AND s.basis = @detail AND s.year >= @y0 AND s.year <= @y1";

    public const string OneProvince = $"""
        SELECT s.flow, s.year, s.month, s.province_code, s.hs2, SUM(s.value_milli) FROM batch_scope s
        WHERE {Filter} AND s.province_code = @p
        GROUP BY s.flow, s.year, s.month, s.province_code, s.hs2
        """;

    public const string AllSummed = $"""
        SELECT s.flow, s.year, s.month, -1, s.hs2, SUM(s.value_milli) FROM batch_scope s
        WHERE {Filter}
        GROUP BY s.flow, s.year, s.month, s.hs2
        """;

    public const string EachProvince = $"""
        SELECT s.flow, s.year, s.month, s.province_code, s.hs2, SUM(s.value_milli) FROM batch_scope s
        WHERE {Filter}
        GROUP BY s.flow, s.year, s.month, s.province_code, s.hs2
        """;

    public static async Task<List<ChapterTotalRow>> RunAsync(DbConnection connection, int fromYear, int toYear, short province, CancellationToken ct)
    {
        var text = province switch
        {
            -1 => AllSummed,
            -2 => EachProvince,
            _ => OneProvince,
        };
        // A literal, as in BreakdownQueries: SQLite uses the partial index on active scopes only when the query says "= 1".
        text = text.Replace("@true", connection is NpgsqlConnection ? "TRUE" : "1", StringComparison.Ordinal);
        var rows = new List<ChapterTotalRow>();
        (string, object?)[] parameters = [("@detail", (byte)Basis.Detail), ("@y0", (short)fromYear), ("@y1", (short)toYear)];
        await using var command = Sql.Command(connection, null, text, province >= 0 ? [.. parameters, ("@p", province)] : parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ChapterTotalRow((Flow)Db.Int(r, 0), Db.Int(r, 1), Db.Int(r, 2), (short)Db.Int(r, 3), r.GetString(4), Db.Long(r, 5)));
        }

        return rows;
    }
}
