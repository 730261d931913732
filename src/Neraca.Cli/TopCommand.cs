using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Neraca.Common;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>`neraca top --by hs2|hs4|hs6|hs8|country|port|group --flow export|import --period YYYY-MM|YYYY [--province] [--n 10] [--format]`.</summary>
internal static class TopCommand
{
    private static readonly Option<string?> By = new("--by") { Description = "hs2|hs4|hs6|hs8|country|port|group" };
    private static readonly Option<string?> FlowOption = new("--flow") { Description = "export|import" };
    private static readonly Option<string?> Period = new("--period") { Description = "a month YYYY-MM or a year YYYY" };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<string> N = new("--n") { Description = "how many rows (default 10)", DefaultValueFactory = _ => "10" };
    private static readonly Option<string> Lang = new("--lang") { Description = "label language: id|en", DefaultValueFactory = _ => "id" };
    private static readonly Option<string> Format = new("--format")
    {
        Description = "table|csv|json (array of rows)|json-full (rows with top share, rest and total)",
        DefaultValueFactory = _ => "table",
    };

    public static Command Create()
    {
        var command = new Command("top", "Top N commodities, partners, ports or country groups with shares and changes")
        {
            By, FlowOption, Period, Province, N, Lang, Format,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var by = Enum.Parse<TopBy>(Parameters.Choice(result.GetValue(By), "--by", "hs2", "hs4", "hs6", "hs8", "country", "port", "group"), ignoreCase: true);
        var flow = Parameters.Flow(result.GetValue(FlowOption), "--flow");
        var period = Parameters.Period(result.GetValue(Period), "--period");
        var province = Parameters.Province(result.GetValue(Province), "--province");
        var language = Parameters.Language(result.GetValue(Lang), "--lang");
        var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "csv", "json", "json-full");
        var n = Parameters.TopN(result.GetValue(N), "--n");
        await using var db = await CliOptions.OpenAsync(result, ct);
        var top = await new TradeFigures(db).TopAsync(by, flow, period, province, n, language, ct);
        switch (format)
        {
            case "json":
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(top.Rows, TradeFormat.Json));
                break;
            case "json-full":
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(top, TradeFormat.Json));
                break;
            case "csv":
                await Console.Out.WriteAsync(TradeFormat.TopCsv(top.Rows));
                break;
            default:
                TradeCli.Write(Table(top));
                break;
        }

        return 0;
    }

    private static Table Table(TopResult top)
    {
        var table = new Table().AddColumns("#", "key", "label", "US$", "share %", "m-o-m %", "y-o-y %");
        table.Title = new TableTitle(Markup.Escape($"top {top.By} {top.Flow} {top.Period} province {top.Province?.ToString(CultureInfo.InvariantCulture) ?? "Indonesia"} ({top.Basis ?? "no data"})"));
        foreach (var r in top.Rows)
        {
            table.AddRow(r.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Key), Markup.Escape(r.Label), TradeCli.Usd(r.ValueUsd),
                TradeCli.Pct(r.SharePct), TradeCli.Pct(r.MomPct), TradeCli.Pct(r.YoyPct));
        }

        table.AddRow("", "", "top N (peranan)", TradeCli.Usd(top.TopUsd), TradeCli.Pct(top.TopSharePct), "", "");
        table.AddRow("", "", "lainnya / rest", TradeCli.Usd(top.RestUsd), TradeCli.Pct(top.RestSharePct), "", "");
        table.AddRow("", "", "total", TradeCli.Usd(top.TotalUsd), top.TotalUsd is null ? "n/a" : "100.00", "", "");
        return table;
    }
}
