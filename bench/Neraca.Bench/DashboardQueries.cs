using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Bench;

/// <summary>
/// The dashboard queries of the performance issue through the real engine: Q1 monthly balance of one province
/// over all periods; Q2 top-10 HS2 by export value for a province and year; Q3 top-10 partners of a province and
/// month (with MoM/YoY); Q4 exports, imports and balance of every province for one month. Cold = first call in the
/// process (after start-up); warm = median of 20, once computed by the engine every time (result cache off) and once as a
/// server answers repeated requests (the result cache, valid until the next import commits).
/// </summary>
internal static class DashboardQueries
{
    public static int Run(string connection, short province, int year, int month)
    {
        var queries = new (string Name, Func<TradeFigures, Task> Run)[]
        {
            ("Q1 monthly balance, one province, all periods", f => f.MonthlyBalanceAsync(province, new YearMonth(2015, 1), new YearMonth(year, month))),
            ("Q2 top-10 HS2 exports, province × year", f => f.TopAsync(TopBy.Hs2, Flow.Export, new TradePeriod(year, 0), province)),
            ("Q3 top-10 partners, province × month", f => f.TopAsync(TopBy.Country, Flow.Export, new TradePeriod(year, month), province)),
            ("Q4 every province, one month", f => f.BalanceByProvinceAsync(new YearMonth(year, month), new YearMonth(year, month), Granularity.Month)),
        };
        Console.WriteLine("| query | cold ms | warm ms, engine (cache off) | warm ms, cached |");
        Console.WriteLine("|---|---:|---:|---:|");

        // Process start-up (EF Core model, Identity tables, JIT of the ADO.NET provider) is paid once per process by the
        // first request of any kind: measured on its own so that each query's "cold" is its first run on a fresh pool.
        var startup = Startup(connection);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (process start-up: first context and connection) | {startup:F1} | - | - |"));
        foreach (var (name, run) in queries)
        {
            var cold = Time(connection, run, cache: true);
            var engine = Median(() => Time(connection, run, cache: false));
            var cached = Median(() => Time(connection, run, cache: true));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cold:F1} | {engine:F1} | {cached:F1} |"));
        }

        return 0;
    }

    private static double Startup(string connection)
    {
        var clock = Stopwatch.StartNew();
        using var db = DbFactory.Create(connection);
        db.Database.OpenConnection();
        db.Database.CloseConnection();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(Func<double> time) => Enumerable.Range(0, 20).Select(_ => time()).Order().ElementAt(10);

    private static double Time(string connection, Func<TradeFigures, Task> run, bool cache)
    {
        using var db = DbFactory.Create(connection);
        var clock = Stopwatch.StartNew();
        run(new TradeFigures(db, cache)).GetAwaiter().GetResult();
        return clock.Elapsed.TotalMilliseconds;
    }
}
