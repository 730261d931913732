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
    private static readonly Option<bool> Json = new("--json") { Description = "print the summary as JSON (stable codes and arguments, texts in --lang)" };
    private static readonly Option<string> Lang = new("--lang") { Description = "language of messages: id|en", DefaultValueFactory = _ => "id" };
    private static readonly Option<bool> ReportsLater = new("--reports-later")
    {
        Description = "leave the monthly reports the files complete or revise to the server (it writes them within seconds) or to `neraca report owed`, instead of writing them now",
    };

    public static Command Create()
    {
        var command = new Command("import", "Import BPS trade files (all or nothing per file; re-import is a no-op)")
        {
            Files, FlowOption, Province, DryRun, Replace, Json, ReportsLater, Lang,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        Flow? flow;
        ProvinceCode? province;
        CultureInfo language;
        try
        {
            language = ImportMessages.Of(Parameters.Language(result.GetValue(Lang), "--lang"));
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
            var summary = (file.Exists
                ? await new TradeImporter(db).ImportFileAsync(file.FullName, options, ct: ct)
                : NotFound(file)).In(language);
            if (result.GetValue(Json))
            {
                Console.WriteLine(JsonSerializer.Serialize(summary, SummaryJson.Options));
            }
            else
            {
                SummaryPrinter.Print(summary, language);
            }

            foreach (var error in summary.Errors)
            {
                await Console.Error.WriteLineAsync(error.Text);
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

    private static ImportSummary NotFound(FileInfo file)
    {
        var message = ImportMessage.Of("result.notfound", file.FullName);
        return new ImportSummary { File = file.Name, Outcome = ImportOutcome.Rejected, Message = message, Errors = [new ImportIssue(new SourcePosition(file.Name), null, message)], ErrorCount = 1 };
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
    public static void Print(ImportSummary s, CultureInfo language)
    {
        var inv = CultureInfo.InvariantCulture;
        string L(string code, params string[] args) => ImportMessages.Format(code, args, language);
        AnsiConsole.MarkupLineInterpolated(inv, $"[bold]{s.File}[/] ({s.Format}) → [bold]{L("label.outcome." + s.Outcome)}[/]: {s.Message?.In(language)}");
        var table = new Table().AddColumns(L("label.what"), L("label.count"));
        table.AddRow(Markup.Escape(L("label.read")), s.CellsRead.ToString("N0", inv));
        table.AddRow(Markup.Escape(L("label.facts")), s.FactsImported.ToString("N0", inv));
        foreach (var (reason, count) in s.Skipped)
        {
            table.AddRow(Markup.Escape(L("label.skipped", L(reason))), count.ToString("N0", inv));
        }

        table.AddRow(Markup.Escape(L("label.reconciliation")), $"{s.Reconciliation.Checks.ToString("N0", inv)} ({s.Reconciliation.Failed.ToString(inv)})");
        table.AddRow(Markup.Escape(L("label.largest")), Markup.Escape($"{s.Reconciliation.LargestDifference.ToString(inv)} US$ {s.Reconciliation.LargestAt?.In(language)}"));
        table.AddRow(Markup.Escape(L("label.elapsed")), $"{s.ElapsedMs.ToString(inv)} ms");
        AnsiConsole.Write(table);
        PrintTotals(s, language);
        PrintList(L("label.unknowncountries"), s.UnknownCountries);
        PrintList(L("label.portsnoprovince"), s.PortsWithoutProvince);
        PrintList(L("label.warnings"), [.. s.Warnings.Select(w => w.In(language))]);
    }

    private static void PrintTotals(ImportSummary s, CultureInfo language)
    {
        if (s.Totals.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        string L(string code) => ImportMessages.Format(code, [], language);
        var totals = new Table().AddColumns(L("label.flow"), L("label.period"), L("label.basis"), L("label.facts"), "US$");
        foreach (var t in s.Totals)
        {
            totals.AddRow(L("word.flow." + t.Flow), t.Period, L("word.basis." + t.Basis), t.Facts.ToString("N0", inv), t.ValueUsd.ToString("N3", inv));
        }

        AnsiConsole.Write(totals);
        if (s.ProvinceTotals.Count == 0)
        {
            return;
        }

        // What reached each province (0 = Indonesia, 99 = unspecified): issue 13 item 14.
        var provinces = new Table().AddColumns(L("label.province"), L("label.flow"), L("label.period"), L("label.basis"), L("label.facts"), "US$");
        foreach (var p in s.ProvinceTotals)
        {
            provinces.AddRow(p.Province.ToString(inv), L("word.flow." + p.Flow), p.Period, L("word.basis." + p.Basis), p.Facts.ToString("N0", inv), p.ValueUsd.ToString("N3", inv));
        }

        AnsiConsole.Write(provinces);
    }

    private static void PrintList(string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]{title}[/]: {string.Join(", ", items)}");
        }
    }
}
