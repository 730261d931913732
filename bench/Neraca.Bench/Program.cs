using System.Diagnostics;
using System.Globalization;
using Neraca.Imports;
using Neraca.Imports.Csv;

namespace Neraca.Bench;

/// <summary>
/// Benchmark entry points (see bench/README.md). `parse FILE.csv` measures the reader alone: the floor any
/// import can reach on this machine; `duckdb FILE.csv …` the same dashboard queries in DuckDB on the raw facts.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["parse", var file])
        {
            return Parse(file);
        }

        if (args is ["queries", var db, var province, var year, var month])
        {
            return DashboardQueries.Run(Storage.DbFactory.Normalize(db), short.Parse(province, CultureInfo.InvariantCulture), int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture));
        }

        if (args is ["duckdb", var csv, var p, var y, var m])
        {
            return DuckDbBaseline.Run(csv, short.Parse(p, CultureInfo.InvariantCulture), int.Parse(y, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture));
        }

        Console.Error.WriteLine("usage: Neraca.Bench parse FILE.csv | queries CONNECTION PROVINCE YEAR MONTH | duckdb FILE.csv PROVINCE YEAR MONTH");
        return 2;
    }

    private static int Parse(string file)
    {
        var clock = Stopwatch.StartNew();
        using var stream = File.OpenRead(file);
        var context = new ReadContext(Path.GetFileName(file));
        long rows = 0;
        decimal sum = 0;
        foreach (var fact in new FlatCsvReader().Read(stream, context))
        {
            rows++;
            sum += fact.ValueUsd;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse {rows} rows in {seconds:F2} s = {rows / seconds:F0} rows/s (errors {context.ErrorCount}, sum {sum}, peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB)"));
        return context.ErrorCount == 0 ? 0 : 1;
    }
}
