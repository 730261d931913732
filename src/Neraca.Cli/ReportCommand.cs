using System.CommandLine;
using System.Globalization;
using System.Text;
using Neraca.Common;
using Neraca.Reports;
using Neraca.Trade;
using Neraca.Web.Features.Reports;

namespace Neraca.Cli;

/// <summary>
/// `neraca report monthly --period YYYY-MM [--province 18] [--lang id|en] [--format json|md|html|xlsx|pdf] [--out FILE]`:
/// the monthly trade report as BPS's provincial release words it (docs/decisions/0024-monthly-report.md).
/// </summary>
internal static class ReportCommand
{
    private static readonly Option<string?> Period = new("--period") { Description = "the report month, YYYY-MM" };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<string> Lang = new("--lang") { Description = "id|en", DefaultValueFactory = _ => "id" };
    private static readonly Option<string> Format = new("--format") { Description = "json|md|html|xlsx|pdf|brief (one-page PDF for the head of office)", DefaultValueFactory = _ => "md" };
    private static readonly Option<string?> Out = new("--out") { Description = "write to this file (default: standard output)" };

    public static Command Create()
    {
        var monthly = new Command("monthly", "The monthly exports and imports report of a province (headline sentences, tables, trend)")
        {
            Period, Province, Lang, Format, Out,
        };
        monthly.SetAction((result, ct) => TradeCli.GuardAsync(() => RunAsync(result, ct)));
        var generate = new Command("generate", "Store a version of the month's report (a new one only when its batches changed)") { Period, Province };
        generate.SetAction((result, ct) => TradeCli.GuardAsync(() => GenerateAsync(result, ct)));
        var list = new Command("list", "Stored report versions of a province, newest first") { Province };
        list.SetAction((result, ct) => TradeCli.GuardAsync(() => ListAsync(result, ct)));
        var owed = new Command("owed", "Write the monthly reports that imported batches still owe (what the server does in the background)");
        owed.SetAction(async (result, ct) =>
        {
            await using var db = await CliOptions.OpenAsync(result, ct);
            return await WriteOwedAsync(db, ct) ? 0 : 1;
        });
        return new Command("report", "Reports written from the loaded figures") { monthly, generate, list, owed };
    }

    /// <summary>Writes the owed monthly reports and says what was written on standard error (standard output may be JSON).</summary>
    /// <returns>false when a batch's reports failed (they stay owed).</returns>
    internal static async Task<bool> WriteOwedAsync(Neraca.Storage.NeracaDb db, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var owed = await new ReportStore(db).WriteOwedAsync(ct);
        if (owed.Batches > 0)
        {
            var versions = string.Join(", ", owed.Written.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Province} {v.Period} v{v.Version}")));
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"monthly reports: {owed.Written.Count} written in {clock.ElapsedMilliseconds} ms{(versions.Length > 0 ? ": " + versions : "")}"));
        }

        foreach (var error in owed.Errors)
        {
            await Console.Error.WriteLineAsync($"monthly reports not written (still owed; `neraca report owed` tries again): {error}");
        }

        return owed.Errors.Count == 0;
    }

    private static async Task<int> GenerateAsync(ParseResult result, CancellationToken ct)
    {
        var month = YearMonth.Parse(result.GetValue(Period), "--period");
        var province = Parameters.Province(result.GetValue(Province), "--province") ?? 0;
        await using var db = await CliOptions.OpenAsync(result, ct);
        var (version, created) = await new ReportStore(db).GenerateAsync(month, province, ReportStore.Manual, ct);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(created ? "stored" : "unchanged")}: report {version.Period} province {version.Province} version {version.Version} (id {version.Id}, batches {string.Join(',', version.BatchIds)})"));
        return 0;
    }

    private static async Task<int> ListAsync(ParseResult result, CancellationToken ct)
    {
        var province = Parameters.Province(result.GetValue(Province), "--province");
        await using var db = await CliOptions.OpenAsync(result, ct);
        foreach (var v in await new ReportStore(db).ListAsync(province, ct))
        {
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{v.Id}\t{v.Period}\tv{v.Version}\t{v.Trigger}\t{v.CreatedAtUtc:yyyy-MM-dd HH:mm}Z\t{v.CreatedBy}\tbatches {string.Join(',', v.BatchIds)}"));
        }

        return 0;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var month = YearMonth.Parse(result.GetValue(Period), "--period");
        var province = Parameters.Province(result.GetValue(Province), "--province");
        var language = Parameters.Language(result.GetValue(Lang), "--lang");
        var format = ReportFiles.ParseFormat(result.GetValue(Format), "--format");
        await using var db = await CliOptions.OpenAsync(result, ct);
        var report = await new MonthlyReportBuilder(db).BuildAsync(month, province, language, ct);
        var file = await ReportFiles.RenderAsync(report, format, ct);
        if (result.GetValue(Out) is { Length: > 0 } path)
        {
            await File.WriteAllBytesAsync(path, file.Bytes, ct);
            await Console.Error.WriteLineAsync($"wrote {path}");
        }
        else if (format is "xlsx" or "pdf" or "brief")
        {
            throw new TradeArgumentException("out", $"--format {format} is a binary file: give --out FILE") { ReasonId = $"--format {format} adalah berkas biner: beri --out BERKAS" };
        }
        else
        {
            await Console.Out.WriteAsync(Encoding.UTF8.GetString(file.Bytes));
        }

        return 0;
    }
}
