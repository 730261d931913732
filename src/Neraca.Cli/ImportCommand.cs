using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Neraca.Common;
using Neraca.Imports;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>`neraca import FILE... [--flow] [--province] [--dry-run] [--replace] [--json] [--reports-later]`.</summary>
internal static class ImportCommand
{
    private static readonly Argument<FileInfo[]> Files = new("files") { Arity = ArgumentArity.OneOrMore, Description = "BPS XLSX, BPS WebAPI JSON or flat CSV files" };
    private static readonly Option<string?> FlowOption = new("--flow") { Description = "export|import, for files that do not say" };
    private static readonly Option<string?> Province = new("--province") { Description = "BPS province code for the whole file (e.g. 18)" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "validate and summarise without writing" };
    private static readonly Option<bool> Replace = new("--replace") { Description = "supersede data already loaded for the same scope (a BPS revision)" };
    private static readonly Option<bool> Json = new("--json") { Description = "print the summary as JSON" };
    private static readonly Option<bool> ReportsLater = new("--reports-later")
    {
        Description = "leave the monthly reports the files complete or revise to the server (it writes them within seconds) or to `neraca report owed`, instead of writing them now",
    };

    public static Command Create()
    {
        var command = new Command("import", "Import BPS trade files (all or nothing per file; re-import is a no-op)")
        {
            Files, FlowOption, Province, DryRun, Replace, Json, ReportsLater,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        Flow? flow;
        ProvinceCode? province;
        try
        {
            flow = ParseFlow(result.GetValue(FlowOption));
            province = result.GetValue(Province) is { } text ? ProvinceCode.Parse(text, ProvinceKinds.Province, "--province") : null;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("error: " + (ex is Trade.TradeArgumentException t ? t.Reason : ex.Message));
            return 2;
        }

        var options = new ImportOptions
        {
            Flow = flow,
            Province = province,
            DryRun = result.GetValue(DryRun),
            Replace = result.GetValue(Replace),
            Actor = $"cli:{Environment.UserName}",
        };
        await using var db = await CliOptions.OpenAsync(result, ct);
        var exit = 0;
        foreach (var file in result.GetValue(Files)!)
        {
            var summary = file.Exists
                ? await new TradeImporter(db).ImportFileAsync(file.FullName, options, ct: ct)
                : new ImportSummary { File = file.Name, Outcome = ImportOutcome.Rejected, Errors = [$"{file.FullName}: file not found"], ErrorCount = 1 };
            if (result.GetValue(Json))
            {
                Console.WriteLine(JsonSerializer.Serialize(summary, SummaryJson.Options));
            }
            else
            {
                SummaryPrinter.Print(summary);
            }

            foreach (var error in summary.Errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            if (!summary.Succeeded)
            {
                exit = 1;
            }
        }

        if (!options.DryRun && !result.GetValue(ReportsLater))
        {
            await ReportCommand.WriteOwedAsync(db, ct);
        }

        return exit;
    }

    internal static Flow? ParseFlow(string? value) => value is null
        ? null
        : FlowNames.Parse(value) ?? throw new ArgumentException($"--flow must be export or import, not '{value}'");
}

internal static class SummaryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

internal static class SummaryPrinter
{
    public static void Print(ImportSummary s)
    {
        var inv = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{s.File}[/] ({s.Format}) → [bold]{s.Outcome}[/]: {s.Message}");
        var table = new Table().AddColumns("what", "count");
        table.AddRow("cells/rows read", s.CellsRead.ToString("N0", inv));
        table.AddRow("facts", s.FactsImported.ToString("N0", inv));
        foreach (var (reason, count) in s.Skipped)
        {
            table.AddRow(Markup.Escape($"skipped: {reason}"), count.ToString("N0", inv));
        }

        table.AddRow("reconciliation checks (failed)", $"{s.Reconciliation.Checks.ToString("N0", inv)} ({s.Reconciliation.Failed.ToString(inv)})");
        table.AddRow("largest difference vs file totals", Markup.Escape($"{s.Reconciliation.LargestDifference.ToString(inv)} US$ {s.Reconciliation.LargestAt}"));
        table.AddRow("elapsed", $"{s.ElapsedMs.ToString(inv)} ms");
        AnsiConsole.Write(table);
        PrintTotals(s);
        PrintList("unknown countries (kept verbatim)", s.UnknownCountries);
        PrintList("ports without a province (stored as unspecified)", s.PortsWithoutProvince);
        PrintList("warnings", s.Warnings);
    }

    private static void PrintTotals(ImportSummary s)
    {
        if (s.Totals.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var totals = new Table().AddColumns("flow", "period", "basis", "facts", "US$");
        foreach (var t in s.Totals)
        {
            totals.AddRow(t.Flow.ToString(), t.Period, t.Basis.ToString(), t.Facts.ToString("N0", inv), t.ValueUsd.ToString("N3", inv));
        }

        AnsiConsole.Write(totals);
    }

    private static void PrintList(string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]{title}[/]: {string.Join(", ", items)}");
        }
    }
}
