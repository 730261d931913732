using System.CommandLine;
using System.Text.Json;
using Neraca.Common;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca origin --province 18 --period 2024 [--format table|json]`: the province's registered businesses' exports
/// that left through other provinces' ports, beside the BPS figure (an estimate, never added to it).
/// </summary>
internal static class OriginCommand
{
    private static readonly Option<string?> Province = new("--province") { Description = "BPS province code of the businesses (e.g. 18 = Lampung)", Required = true };
    private static readonly Option<string?> Period = new("--period") { Description = "YYYY-MM or YYYY", Required = true };
    private static readonly Option<string> Format = new("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };

    public static Command Create()
    {
        var command = new Command("origin", "Estimate: registered businesses' exports shipped through other provinces' ports (not a BPS figure)")
        {
            Province, Period, Format,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var province = ProvinceCode.Parse(result.GetValue(Province), ProvinceKinds.Province, "--province").Value;
        var period = Parameters.Period(result.GetValue(Period), "--period");
        var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "json");
        await using var db = await CliOptions.OpenAsync(result, ct);
        var estimate = await ExportsByOrigin.EstimateAsync(db, province, period, ct);
        if (format == "json")
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(estimate, TradeFormat.Json));
            return 0;
        }

        var table = new Table().AddColumns("HS", "destination", "US$", "records", "businesses");
        foreach (var row in estimate.Rows)
        {
            table.AddRow(row.Hs, row.Country, TradeCli.Usd(row.ValueUsd), row.Records.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Businesses.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TradeCli.Write(table);
        await Console.Out.WriteLineAsync($"{estimate.Label}. Total US$ {TradeCli.Usd(estimate.EstimateUsd)}; BPS exports of the province US$ "
            + $"{TradeCli.Usd(estimate.BpsExportsUsd)}; share {TradeCli.Pct(estimate.ShareOfBpsPct)}{(estimate.ShareNote is string n ? $" ({n})" : "")}.");
        return 0;
    }
}
