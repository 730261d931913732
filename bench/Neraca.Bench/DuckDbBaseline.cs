using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Neraca.Bench;

/// <summary>
/// Baseline: the generated CSV loaded into DuckDB (an analytical engine) and Q1–Q4 answered from the raw facts with one
/// SQL statement each, the same aggregation work the dashboard needs (not the BPS rules: no coverage, revisions or
/// published totals). Prints the load time and each query cold (first run on a freshly opened database) and warm
/// (median of 20), for ratios against `queries` on the same machine in the same run.
/// </summary>
internal static class DuckDbBaseline
{
    private const string Load = """
        CREATE TABLE fact AS SELECT * FROM read_csv($file, header = true, columns = {
          'period': 'VARCHAR', 'flow': 'VARCHAR', 'province': 'SMALLINT', 'hs_code': 'VARCHAR', 'country': 'VARCHAR',
          'port': 'VARCHAR', 'value_usd': 'DECIMAL(18,3)', 'netweight_kg': 'DECIMAL(18,3)'})
        """;

    private static readonly (string Name, string Sql)[] Queries =
    [
        ("Q1 monthly balance, one province, all periods", """
            SELECT period, SUM(value_usd) FILTER (flow = 'export') AS x, SUM(value_usd) FILTER (flow = 'import') AS m,
                   COALESCE(x, 0) - COALESCE(m, 0) AS balance
            FROM fact WHERE province = $p GROUP BY period ORDER BY period
            """),
        ("Q2 top-10 HS2 exports, province × year", """
            SELECT SUBSTR(hs_code, 1, 2) AS hs2, SUM(value_usd) AS v, ROUND(100 * SUM(value_usd) / SUM(SUM(value_usd)) OVER (), 2) AS share
            FROM fact WHERE province = $p AND flow = 'export' AND period >= $y0 AND period <= $y1
            GROUP BY hs2 ORDER BY v DESC LIMIT 10
            """),
        ("Q3 top-10 partners, province × month", """
            SELECT country, SUM(value_usd) FILTER (period = $m) AS v, SUM(value_usd) FILTER (period = $prev) AS prev,
                   SUM(value_usd) FILTER (period = $ago) AS ago
            FROM fact WHERE province = $p AND flow = 'export' AND period IN ($m, $prev, $ago)
            GROUP BY country ORDER BY v DESC NULLS LAST LIMIT 10
            """),
        ("Q4 every province, one month", """
            SELECT province, SUM(value_usd) FILTER (flow = 'export') AS x, SUM(value_usd) FILTER (flow = 'import') AS m
            FROM fact WHERE period = $m GROUP BY province ORDER BY province
            """),
    ];

    public static int Run(string csv, short province, int year, int month)
    {
        var file = Path.Combine(Path.GetTempPath(), $"neraca-duck-{Environment.ProcessId}.db");
        try
        {
            var clock = Stopwatch.StartNew();
            using (var load = Open(file))
            {
                Execute(load, Load, ("file", csv));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB {Version(file)}: CSV loaded into a table in {clock.Elapsed.TotalSeconds:F2} s"));
            Console.WriteLine("| query | DuckDB cold ms | DuckDB warm ms (median of 20) |");
            Console.WriteLine("|---|---:|---:|");
            using var connection = Open(file); // a fresh database instance: nothing of the load is cached in memory
            var parameters = Parameters(province, year, month);
            foreach (var (name, sql) in Queries)
            {
                var cold = Time(connection, sql, parameters);
                var warm = Enumerable.Range(0, 20).Select(_ => Time(connection, sql, parameters)).Order().ElementAt(10);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cold:F1} | {warm:F1} |"));
            }

            return 0;
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".wal");
        }
    }

    private static (string, object)[] Parameters(short province, int year, int month)
    {
        static string Period(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var m = new DateOnly(year, month, 1);
        return
        [
            ("p", province), ("y0", Period(new DateOnly(year, 1, 1))), ("y1", Period(new DateOnly(year, 12, 1))),
            ("m", Period(m)), ("prev", Period(m.AddMonths(-1))), ("ago", Period(m.AddYears(-1))),
        ];
    }

    private static DuckDBConnection Open(string file)
    {
        var connection = new DuckDBConnection("Data Source=" + file);
        connection.Open();
        return connection;
    }

    private static string Version(string file)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
    }

    private static double Time(DuckDBConnection connection, string sql, (string, object)[] parameters)
    {
        var clock = Stopwatch.StartNew();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // read every row, as the engine's queries do
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Execute(DuckDBConnection connection, string sql, params (string, object)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "SQL constants of this class; values go in parameters.")]
    private static DbCommand Command(DuckDBConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains("$" + p.Name, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        return command;
    }
}
