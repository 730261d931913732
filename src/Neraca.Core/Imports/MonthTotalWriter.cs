using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>
/// Keeps <c>month_total</c> (active scopes summed per flow × period × basis × province) in step with
/// <c>batch_scope</c>, inside the import transaction, for the periods this batch touches only: every row of such a
/// period is recomputed from the scopes of earlier batches that stay active (read while looking for revisions) plus
/// this batch's scopes. Periods the batch does not touch are left alone. The same scopes also decide which touched
/// periods were loaded from a national file (<see cref="NationalDetailWriter"/>), written alongside.
/// </summary>
internal sealed class MonthTotalWriter
{
    private const int RowsPerInsert = 200;
    private static readonly string[] Columns = ["f", "y", "m", "b", "p", "v", "n", "h", "c"];

    private readonly Dictionary<(Flow Flow, short Year, byte Month), Dictionary<(Basis Basis, short Province), Sum>> periods = [];
    private readonly NationalDetailWriter nationalDetail = new();

    /// <summary>A touched period; called for each one even when no earlier scope of it stays active.</summary>
    public void Touch(Flow flow, short year, byte month)
    {
        PeriodOf(flow, year, month);
        nationalDetail.Touch(flow, year, month);
    }

    /// <summary>A scope that is active once the import commits (an earlier batch's scope that was not superseded, or this batch's).</summary>
    public void Add(int batchId, Flow flow, short year, byte month, Basis basis, short province, string hs2, long milli, long facts)
    {
        nationalDetail.Add(batchId, flow, year, month, basis, province, hs2);
        var rows = PeriodOf(flow, year, month);
        if (!rows.TryGetValue((basis, province), out var sum))
        {
            sum = new Sum();
            rows[(basis, province)] = sum;
        }

        sum.Milli = checked(sum.Milli + milli); // an overflow rejects the import (ValueBounds)
        sum.Facts += facts;
        sum.Chapters.Add(hs2);
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        foreach (var (flow, year, month) in periods.Keys)
        {
            await Sql.ExecuteAsync(connection, transaction, ImportSql.DeleteMonthTotals, ct,
                ("@flow", (byte)flow), ("@year", year), ("@month", month));
        }

        var rows = periods.SelectMany(p => p.Value.Select(r => new Row(p.Key.Flow, p.Key.Year, p.Key.Month, r.Key.Basis, r.Key.Province, r.Value))).ToList();
        if (connection is SqliteConnection sqlite)
        {
            InsertOneByOne(sqlite, rows);
        }
        else
        {
            await InsertManyAsync(connection, transaction, rows, ct);
        }

        await nationalDetail.WriteAsync(connection, transaction, ct);
    }

    /// <summary>SQLite: one prepared row at a time is fastest (it binds parameters by name, quadratic in their number).</summary>
    private static void InsertOneByOne(SqliteConnection connection, List<Row> rows)
    {
        using var insert = new SqliteRawInsert(connection,
            "INSERT INTO month_total (flow, year, month, basis, province_code, value_milli, scope_count, hs2_covered, fact_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        foreach (var r in rows)
        {
            insert.Int(1, (byte)r.Flow).Int(2, r.Year).Int(3, r.Month).Int(4, (byte)r.Basis).Int(5, r.Province)
                .Int(6, r.Sum.Milli).Int(7, r.Sum.Chapters.Count).Text(8, r.Sum.Covered).Int(9, r.Sum.Facts).Run();
        }
    }

    /// <summary>PostgreSQL: multi-row inserts save round trips.</summary>
    private static async Task InsertManyAsync(DbConnection connection, DbTransaction transaction, List<Row> rows, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += RowsPerInsert)
        {
            var chunk = rows.Skip(start).Take(RowsPerInsert).ToList();
            var text = new StringBuilder("INSERT INTO month_total (flow, year, month, basis, province_code, value_milli, scope_count, hs2_covered, fact_count) VALUES ");
            var parameters = new List<(string, object?)>(chunk.Count * 8);
            for (var i = 0; i < chunk.Count; i++)
            {
                var r = chunk[i];
                text.Append(i == 0 ? "(" : ", (")
                    .AppendJoin(", ", Columns.Select(c => P(c, i)))
                    .Append(')');
                parameters.AddRange([
                    (P("f", i), (byte)r.Flow), (P("y", i), r.Year), (P("m", i), r.Month), (P("b", i), (byte)r.Basis),
                    (P("p", i), r.Province), (P("v", i), r.Sum.Milli), (P("n", i), r.Sum.Chapters.Count), (P("h", i), r.Sum.Covered), (P("c", i), r.Sum.Facts),
                ]);
            }

            await Sql.ExecuteAsync(connection, transaction, text.ToString(), ct, [.. parameters]);
        }
    }

    private static string P(string column, int row) => "@" + column + row.ToString(CultureInfo.InvariantCulture);

    private Dictionary<(Basis, short), Sum> PeriodOf(Flow flow, short year, byte month)
    {
        if (!periods.TryGetValue((flow, year, month), out var rows))
        {
            rows = [];
            periods[(flow, year, month)] = rows;
        }

        return rows;
    }

    private sealed record Row(Flow Flow, short Year, byte Month, Basis Basis, short Province, Sum Sum);

    private sealed class Sum
    {
        public long Milli { get; set; }
        public long Facts { get; set; }
        public HashSet<string> Chapters { get; } = new(StringComparer.Ordinal);
        public string Covered => string.Join(',', Chapters.Order(StringComparer.Ordinal));
    }
}
