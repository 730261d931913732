using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Neraca.Common;
using Neraca.DataStatus;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca status [--province CODE] [--format table|json] [--today YYYY-MM-DD]`: what is loaded per flow × month, what is
/// late and what was revised; `neraca status release --period YYYY-MM --date YYYY-MM-DD` records a date BPS announced.
/// </summary>
internal static class StatusCommand
{
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<string> Format = new("--format") { Description = "table|json", DefaultValueFactory = _ => "table" };
    private static readonly Option<string?> Today = new("--today") { Description = "judge lateness as of this date, YYYY-MM-DD (default: today in WIB)" };
    private static readonly Option<string?> Period = new("--period") { Description = "the month whose release date BPS announced, YYYY-MM", Required = true };
    private static readonly Option<string?> Date = new("--date") { Description = "the announced release date, YYYY-MM-DD", Required = true };
    private static readonly Option<string?> Note = new("--note") { Description = "where the date comes from (e.g. the BPS release calendar)" };

    public static Command Create()
    {
        var release = new Command("release", "Record the release date BPS announced for a month (the default is the 15th of the next month)")
        {
            Period, Date, Note,
        };
        release.SetAction((result, ct) => TradeCli.GuardAsync(() => ReleaseAsync(result, ct)));
        var command = new Command("status", "What is loaded per flow and month, which months are late (overdue) and which were revised")
        {
            Province, Format, Today, release,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var province = Parameters.Province(result.GetValue(Province), "--province") ?? ProvinceCode.National.Value;
        var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "json");
        var today = Parameters.Date(result.GetValue(Today), "--today", ReleaseCalendar.TodayWib(TimeProvider.System));
        await using var db = await CliOptions.OpenAsync(result, ct);
        var report = await StatusMatrix.ReadAsync(db, province, today, ct);
        if (format == "json")
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, TradeFormat.Json));
            return 0;
        }

        TradeCli.Write(Table(report));
        await Console.Out.WriteLineAsync(report.Overdue.Count == 0
            ? "No month is overdue."
            : $"Overdue: {report.Overdue.Count} month(s), newest {report.Overdue[0]}.");
        return 0;
    }

    private static async Task<int> ReleaseAsync(ParseResult result, CancellationToken ct)
    {
        var month = YearMonth.Parse(result.GetValue(Period), "--period");
        var date = Parameters.Date(result.GetValue(Date), "--date");
        await using var db = await CliOptions.OpenAsync(result, ct);
        if (await ReleaseDates.SetAsync(db, month, date, result.GetValue(Note), ct) is StatusProblem problem)
        {
            throw new TradeArgumentException("date", problem.En);
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{month}: release expected on {date:yyyy-MM-dd}"));
        return 0;
    }

    private static Table Table(StatusReport report)
    {
        var table = new Table().AddColumns("period", "flow", "state", "published US$", "detail US$", "HS chapters", "versions", "expected release");
        foreach (var c in report.Months)
        {
            var revised = c.Published?.Revised == true || c.Detail?.Revised == true;
            table.AddRow(
                c.Period, c.Flow, Markup.Escape(c.State.ToString().ToLowerInvariant() + (c.Gap ? " (gap)" : "")),
                TradeCli.Usd(c.Published?.ValueUsd), TradeCli.Usd(c.Detail?.ValueUsd), Markup.Escape(Chapters(c.Detail)),
                revised ? Math.Max(c.Published?.Versions ?? 0, c.Detail?.Versions ?? 0).ToString(CultureInfo.InvariantCulture) : "1",
                c.ExpectedRelease.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Chapters(StatusSlice? detail) => detail is null ? "" : detail.FromNationalFile ? "(national file: none)"
        : detail.Hs2.Count > 8 ? $"{detail.Hs2.Count} chapters" : string.Join(" ", detail.Hs2.Select(h => h.Length == 0 ? "??" : h));
}
