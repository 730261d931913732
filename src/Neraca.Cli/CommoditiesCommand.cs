using System.CommandLine;
using System.Text.Json;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca commodities sector|enduse|raw-processed|unit-values|unit-value-trend|rca|concentration|import-watch [--province 18]
/// [--period YYYY|YYYY-MM] [--format table|csv|json]` and per-analysis options (--digits, --hs, --flow, --limit, --sort).
/// </summary>
internal static class CommoditiesCommand
{
    private static readonly Option<string?> Period = new("--period") { Description = "a month YYYY-MM or a year YYYY" };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<string> Format = TradeCli.Format();
    private static readonly Option<string> Lang = new("--lang") { Description = "label language: id|en", DefaultValueFactory = _ => "id" };
    private static readonly Option<int> Digits = new("--digits") { Description = "HS digits: 2|4|6|8", DefaultValueFactory = _ => 6 };
    private static readonly Option<int> RcaDigits = new("--digits") { Description = "HS digits: 2|4|6|8 (default 2)", DefaultValueFactory = _ => 2 };
    private static readonly Option<string?> Hs = new("--hs") { Description = "HS code prefix, e.g. 0901" };
    private static readonly Option<string?> HsList = new("--hs") { Description = "HS codes separated by commas, e.g. 090111,090121 (green vs roasted coffee)", DefaultValueFactory = _ => "090111,090121" };
    private static readonly Option<string?> From = new("--from") { Description = "first period (YYYY or YYYY-MM like --period; default 5 years or 24 months back)" };
    private static readonly Option<string?> Partner = new("--partner") { Description = "partner ISO alpha-2 code (default: all partners together)" };
    private static readonly Option<string> FlowOption = new("--flow") { Description = "export|import (default export)", DefaultValueFactory = _ => "export" };
    private static readonly Option<int> Limit = new("--limit") { Description = "at most this many rows (default 100)", DefaultValueFactory = _ => 100 };
    private static readonly Option<string> Sort = new("--sort") { Description = "value|growth (default value)", DefaultValueFactory = _ => "value" };

    public static Command Create() => new("commodities", "Commodity analyses: sectors, end use, downstreaming, unit values, RCA, concentration, import watch")
    {
        Sub("sector", "Exports by sector and oil & gas vs non-oil & gas", (a, r, p, prov, ct) => a.SectorsAsync(p, prov, ct)),
        Sub("enduse", "Imports by end use (consumption / raw and auxiliary / capital)", (a, r, p, prov, ct) => a.EndUsesAsync(p, prov, ct)),
        Sub("raw-processed", "Raw vs processed exports over time, with the products that moved",
            (a, r, p, prov, ct) => a.RawProcessedAsync(p, prov, r.GetValue(Lang)!, ct)),
        Sub("unit-values", "US$/kg per HS code × partner, zero/missing weight flagged",
            (a, r, p, prov, ct) => a.UnitValuesAsync(ParseFlow(r.GetValue(FlowOption)), p, prov, r.GetValue(Hs), r.GetValue(Limit), ct), Hs, FlowOption, Limit),
        Sub("unit-value-trend", "US$/kg per HS code × partner over months or years; zero/missing weight and unloaded periods flagged",
            (a, r, p, prov, ct) => a.UnitValueTrendAsync(ParseFlow(r.GetValue(FlowOption)), UnitValueTrend.ParseFrom(r.GetValue(From), p), p, prov, r.GetValue(HsList), r.GetValue(Partner), r.GetValue(Lang)!, ct),
            HsList, From, Partner, FlowOption),
        Sub("rca", "Revealed comparative advantage of the province against Indonesia",
            (a, r, p, prov, ct) => a.RcaAsync(p, prov, r.GetValue(RcaDigits), r.GetValue(Lang)!, ct), RcaDigits),
        Sub("concentration", "Products and markets exported, HHI (0.15 / 0.25) over time",
            (a, r, p, prov, ct) => a.ConcentrationAsync(p, prov, r.GetValue(Digits), ct), Digits),
        Sub("import-watch", "Imported HS codes the province also exports or its registered businesses make, by import value or growth, with evidence",
            (a, r, p, prov, ct) => a.ImportWatchAsync(p, prov, r.GetValue(Digits), Parameters.Choice(r.GetValue(Sort), "--sort", "value", "growth") == "growth", r.GetValue(Lang)!, localNames: true, ct),
            Digits, Sort),
    };

    private static Command Sub<T>(string name, string description, Func<CommodityAnalyses, ParseResult, TradePeriod, short?, CancellationToken, Task<T>> run, params Option[] extra)
        where T : AnalysisHeader
    {
        var command = new Command(name, description) { Period, Province, Format, Lang };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, ct) => TradeCli.GuardAsync(async () =>
        {
            var period = TradePeriod.Parse(result.GetValue(Period), "--period");
            var province = Parameters.Province(result.GetValue(Province), "--province");
            var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "csv", "json");
            var indonesian = Parameters.Language(result.GetValue(Lang), "--lang") == "id";
            await using var db = await CliOptions.OpenAsync(result, ct);
            var analysis = await run(new CommodityAnalyses(db), result, period, province, ct);
            var table = CommodityTable.For(analysis, indonesian);
            switch (format)
            {
                case "json":
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(analysis, analysis.GetType(), TradeFormat.Json));
                    break;
                case "csv":
                    await Console.Out.WriteAsync(table.ToCsv());
                    break;
                default:
                    // Reasons (coarse data refused or qualified) in the reader's language, then the analysis's own notes.
                    var notes = CommodityReasons.Notes(analysis, indonesian).Concat(new[] { analysis.Note, (analysis as RcaResult)?.WorldNote }.OfType<string>());
                    Write(table, string.Join("; ", notes) is { Length: > 0 } note ? note : null);
                    break;
            }

            return 0;
        }));
        return command;
    }

    private static Flow ParseFlow(string? value) => Parameters.Flow(value, "--flow");

    private static void Write(CommodityTable data, string? note)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(data.Title)) };
        foreach (var h in data.Header)
        {
            table.AddColumn(Markup.Escape(h));
        }

        foreach (var row in data.Rows)
        {
            table.AddRow([.. row.Select(c => Markup.Escape(c.Length == 0 ? "n/a" : c.Length > 40 ? c[..39] + "…" : c))]);
        }

        if (note is not null)
        {
            table.Caption = new TableTitle(Markup.Escape(note));
        }

        TradeCli.Write(table);
    }
}
