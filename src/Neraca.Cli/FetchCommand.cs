using System.CommandLine;
using System.Globalization;
using Neraca.Common;
using Neraca.Imports.Fetch;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca fetch --from YYYY-MM --to YYYY-MM [--flow export|import] [--hs-level 2|8] [--hs 03,09] [--annual] [--replace]
/// [--budget N]`: calls the BPS WebAPI with the key in NERACA_BPS_KEY and imports every response like a file.
/// </summary>
internal static class FetchCommand
{
    public const string KeyVariable = "NERACA_BPS_KEY";
    public const string UrlVariable = "NERACA_BPS_URL";

    private static readonly Option<string?> From = new("--from") { Description = "first month, YYYY-MM (the API answers whole years)", Required = true };
    private static readonly Option<string?> To = new("--to") { Description = "last month, YYYY-MM", Required = true };
    private static readonly Option<string?> FlowOption = new("--flow") { Description = "export|import (default: both)" };
    private static readonly Option<string> HsLevel = new("--hs-level") { Description = "2 (chapter totals) or 8 (full HS codes)", DefaultValueFactory = _ => "2" };
    private static readonly Option<string?> Hs = new("--hs") { Description = "HS chapters, comma-separated (default: every chapter 01-97)" };
    private static readonly Option<bool> Annual = new("--annual") { Description = "annual figures instead of monthly" };
    private static readonly Option<bool> Replace = new("--replace") { Description = "fetch again and let the responses supersede what is loaded (a BPS revision)" };
    private static readonly Option<int> Budget = new("--budget") { Description = "most requests this run may send, retries included (default 200)", DefaultValueFactory = _ => 200 };

    public static Command Create()
    {
        var command = new Command("fetch", $"Fetch trade data from the BPS WebAPI (key in ${KeyVariable}) and import it like a file")
        {
            From, To, FlowOption, HsLevel, Hs, Annual, Replace, Budget,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var from = YearMonth.Parse(result.GetValue(From), "--from");
        var to = YearMonth.Parse(result.GetValue(To), "--to");
        if (from > to)
        {
            throw new TradeArgumentException("from", $"--from {from} is after --to {to}");
        }

        var flows = result.GetValue(FlowOption) is string f ? [Parameters.Flow(f, "--flow")] : new[] { Flow.Export, Flow.Import };
        var level = Parameters.Choice(result.GetValue(HsLevel), "--hs-level", "2", "8") == "2" ? 2 : 8;
        var chapters = Chapters(result.GetValue(Hs));
        var budget = result.GetValue(Budget);
        if (budget is < 1 or > 10_000)
        {
            throw new TradeArgumentException("budget", $"--budget must be from 1 to 10000, not {budget}");
        }

        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new TradeArgumentException("key", $"set {KeyVariable} to your BPS WebAPI key (https://webapi.bps.go.id/developer); it is never stored or printed");
        }

        var settings = new FetchSettings(BaseUrl(), key.Trim()) { RequestBudget = budget };
        var plan = FetchRequest.Plan(from, to, flows, !result.GetValue(Annual), level, chapters);
        await using var db = await CliOptions.OpenAsync(result, ct);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var run = new FetchRun(db, new BpsWebApiClient(http, settings), settings, $"cli:{Environment.UserName}");
        var report = await WithProgressAsync(progress => run.RunAsync(plan, result.GetValue(Replace), progress, ct));
        await Print(report);
        await ReportCommand.WriteOwedAsync(db, ct);
        return report.Succeeded ? 0 : 1;
    }

    private static IReadOnlyList<string> Chapters(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FetchRequest.AllChapters;
        }

        var chapters = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var bad = chapters.FirstOrDefault(c => !FetchRequest.AllChapters.Contains(c, StringComparer.Ordinal));
        return bad is null ? chapters : throw new TradeArgumentException("hs", $"--hs takes two-digit HS chapters 01-97 separated by commas, not '{bad}'");
    }

    private static Uri BaseUrl()
    {
        var text = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return FetchSettings.BpsBaseUrl;
        }

        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new TradeArgumentException("url", $"{UrlVariable} must be an http(s) address, not '{text}'");
    }

    /// <summary>A progress bar on a terminal; one line per request when the output is redirected (logs, tests).</summary>
    private static async Task<FetchReport> WithProgressAsync(Func<IProgress<FetchProgress>, Task<FetchReport>> run)
    {
        if (Console.IsOutputRedirected)
        {
            return await run(new LineProgress());
        }

        FetchReport? report = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("BPS WebAPI");
            report = await run(new Progress<FetchProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = Markup.Escape($"{p.Request}: {p.Outcome}");
            }));
        });
        return report!;
    }

    private static async Task Print(FetchReport report)
    {
        foreach (var line in report.Lines.Where(l => l.Outcome is not (FetchOutcomes.Imported or FetchOutcomes.AlreadyImported or FetchOutcomes.NoData)))
        {
            await Console.Error.WriteLineAsync($"{line.Request}: {line.Outcome}: {line.Message}");
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Planned} requests planned, {report.Skipped} already imported earlier; {report.Count(FetchOutcomes.Imported)} imported, "
            + $"{report.Count(FetchOutcomes.AlreadyImported)} unchanged, {report.Count(FetchOutcomes.NoData)} without data, "
            + $"{report.Lines.Count(l => l.Outcome is not (FetchOutcomes.Imported or FetchOutcomes.AlreadyImported or FetchOutcomes.NoData))} failed"));
        if (report.StoppedBecause is string why)
        {
            await Console.Error.WriteLineAsync($"stopped: {why}");
        }
    }

    private sealed class LineProgress : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) =>
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.Done}/{value.Total}] {value.Request}: {value.Outcome}"));
    }
}
