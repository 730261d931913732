using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Neraca.Reference;
using Neraca.Trade;

namespace Neraca.Cli;

/// <summary>`neraca reference load FILE... [--edition 2022] [--json]`: each file all or nothing, table detected by header.</summary>
internal static class ReferenceCommand
{
    private static readonly Argument<FileInfo[]> Files = new("files") { Arity = ArgumentArity.OneOrMore, Description = "reference CSV files (docs/reference-files.md)" };
    private static readonly Option<short> Edition = new("--edition") { Description = "HS edition of HS-keyed tables (default 2022)", DefaultValueFactory = _ => ReferenceLoader.DefaultEdition };
    private static readonly Option<short?> Year = new("--year") { Description = "year of a world-exports file without a year column (BACI HS6 world table)" };
    private static readonly Option<bool> Json = new("--json") { Description = "print the summaries as JSON" };

    public static Command Create()
    {
        var load = new Command("load", "Load, validate and version reference tables (HS, BTKI, countries, groups, concordances, world exports)") { Files, Edition, Year, Json };
        load.SetAction(RunAsync);
        return new Command("reference", "Reference tables") { load };
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        var exit = 0;
        foreach (var file in result.GetValue(Files)!)
        {
            var summary = file.Exists
                ? await new ReferenceLoader(db).LoadFileAsync(file.FullName, $"cli:{Environment.UserName}", result.GetValue(Edition), ct, result.GetValue(Year))
                : new ReferenceLoadSummary { File = file.Name, Errors = [new ReferenceLoadError(0, "", $"{file.FullName}: file not found")] };
            if (!summary.Loaded)
            {
                exit = 1;
            }

            if (result.GetValue(Json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, TradeFormat.Json));
                continue;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{summary.File}: {(summary.Loaded ? "loaded" : "REJECTED")} table {summary.Table ?? "?"} rows read {summary.RowsRead}, loaded {summary.RowsLoaded}{(summary.Version is int v ? $", version {v}" : "")}"));
            foreach (var e in summary.Errors)
            {
                await Console.Error.WriteLineAsync($"  {summary.File}: {e}");
            }
        }

        return exit;
    }
}
