using System.CommandLine;
using System.Text.Json;
using Neraca.Common;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>`neraca balance --from YYYY-MM --to YYYY-MM [--province CODE] [--granularity month|quarter|year] [--format table|csv|json]`.</summary>
internal static class BalanceCommand
{
    private static readonly Option<string?> From = new("--from") { Description = "first month, YYYY-MM" };
    private static readonly Option<string?> To = new("--to") { Description = "last month, YYYY-MM" };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<string> Granularity = new("--granularity") { Description = "month|quarter|year", DefaultValueFactory = _ => "month" };
    private static readonly Option<string> Format = TradeCli.Format();

    public static Command Create()
    {
        var command = new Command("balance", "Exports, imports and trade balance with month-on-month, year-on-year and cumulative changes")
        {
            From, To, Province, Granularity, Format,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var from = YearMonth.Parse(result.GetValue(From), "--from");
        var to = YearMonth.Parse(result.GetValue(To), "--to");
        var province = Parameters.Province(result.GetValue(Province), "--province");
        var granularity = Parameters.Choice(result.GetValue(Granularity), "--granularity", "month", "quarter", "year") switch
        {
            "quarter" => Trade.Granularity.Quarter,
            "year" => Trade.Granularity.Year,
            _ => Trade.Granularity.Month,
        };
        var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "csv", "json");
        if (from > to)
        {
            throw new TradeArgumentException("from", $"--from {from} is after --to {to}");
        }

        await using var db = await CliOptions.OpenAsync(result, ct);
        var rows = await new TradeFigures(db).BalanceAsync(province, from, to, granularity, ct);
        switch (format)
        {
            case "json":
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, TradeFormat.Json));
                break;
            case "csv":
                await Console.Out.WriteAsync(TradeFormat.BalanceCsv(rows));
                break;
            default:
                TradeCli.Write(Table(rows));
                break;
        }

        return 0;
    }

    private static Table Table(IReadOnlyList<BalanceRow> rows)
    {
        var table = new Table().AddColumns("period", "exports US$", "m-o-m %", "y-o-y %", "imports US$", "m-o-m %", "y-o-y %", "balance US$",
            "exports Jan– US$", "y-o-y %", "imports Jan– US$", "y-o-y %", "source X/M");
        foreach (var r in rows)
        {
            table.AddRow(r.Period, TradeCli.Usd(r.ExportsUsd), TradeCli.Pct(r.ExportsMomPct), TradeCli.Pct(r.ExportsYoyPct),
                TradeCli.Usd(r.ImportsUsd), TradeCli.Pct(r.ImportsMomPct), TradeCli.Pct(r.ImportsYoyPct), TradeCli.Usd(r.BalanceUsd),
                TradeCli.Usd(r.ExportsCumUsd), TradeCli.Pct(r.ExportsCumYoyPct), TradeCli.Usd(r.ImportsCumUsd), TradeCli.Pct(r.ImportsCumYoyPct),
                $"{r.ExportsSource ?? "no data"}/{r.ImportsSource ?? "no data"}");
        }

        return table;
    }
}
