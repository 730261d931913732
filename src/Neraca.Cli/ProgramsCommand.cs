using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Programs;
using Neraca.Web.Features.Shared;
using SpreadCheetah;

namespace Neraca.Cli;

/// <summary>
/// `neraca programs report --year YYYY [--province 18] [--min-pairs 10] --format json|xlsx [--out FILE]` and
/// `neraca programs outcomes --program ID --format json|csv`: figures, effect and the rows the effect is computed from
/// (docs/decisions/0022-programs-and-effect.md).
/// </summary>
internal static class ProgramsCommand
{
    private static readonly Option<int> Year = new("--year") { Description = "programs that started in this year", Required = true };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<int> MinPairs = new("--min-pairs") { Description = "fewer matched pairs than this: no effect, \"not enough data\" (default 10)", DefaultValueFactory = _ => Effect.DefaultMinimumPairs };
    private static readonly Option<string> ReportFormat = new("--format") { Description = "json|xlsx", DefaultValueFactory = _ => "json" };
    private static readonly Option<string> OutcomeFormat = new("--format") { Description = "json|csv", DefaultValueFactory = _ => "json" };
    private static readonly Option<string?> Out = new("--out") { Description = "write the XLSX to this file (default: standard output)" };
    private static readonly Option<int> ProgramId = new("--program") { Description = "program id", Required = true };

    public static Command Create()
    {
        var report = new Command("report", "One object per program of the year: participants, completion, readiness, exporters, cost, targets and effect") { Year, Province, MinPairs, ReportFormat, Out };
        report.SetAction((result, ct) => TradeCli.GuardAsync(async () =>
        {
            var format = Parameters.Choice(result.GetValue(ReportFormat), "--format", "json", "xlsx");
            var province = Parameters.Province(result.GetValue(Province), "--province");
            var options = Options(result.GetValue(MinPairs));
            await using var db = await CliOptions.OpenAsync(result, ct);
            var figures = await ProgramReport.YearAsync(db, result.GetValue(Year), province, options, ct);
            if (format == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(figures, ProgramJson.Options));
                return 0;
            }

            var bytes = await XlsxFile.WriteAsync("programs", ProgramJson.ReportHeader, figures.Select(f => Cells(ProgramJson.ReportRow(f))), ct);
            await WriteAsync(result.GetValue(Out), bytes, ct);
            return 0;
        }));

        var outcomes = new Command("outcomes", "One row per participant and per matched comparison business, to recompute the effect") { ProgramId, MinPairs, OutcomeFormat };
        outcomes.SetAction((result, ct) => TradeCli.GuardAsync(async () =>
        {
            var format = Parameters.Choice(result.GetValue(OutcomeFormat), "--format", "json", "csv");
            await using var db = await CliOptions.OpenAsync(result, ct);
            var id = result.GetValue(ProgramId);
            var program = await ProgramReport.Full(db.Programs.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (program is null)
            {
                await Console.Error.WriteLineAsync($"error: no program {id.ToString(CultureInfo.InvariantCulture)}");
                return 1;
            }

            var (_, rows) = await ProgramReport.AnalyseAsync(db, program, Options(result.GetValue(MinPairs)), ct);
            if (format == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, ProgramJson.Options));
                return 0;
            }

            await Console.Out.WriteAsync(ProgramJson.Csv(ProgramJson.OutcomeHeader, rows.Select(ProgramJson.OutcomeRow)));
            return 0;
        }));

        return new Command("programs", "Training and facilitation programs: yearly report and per-participant outcomes") { report, outcomes };
    }

    private static EffectOptions Options(int minPairs) =>
        minPairs < 2 ? throw new Trade.TradeArgumentException("--min-pairs", "must be 2 or more") : new EffectOptions(MinimumPairs: minPairs);

    private static DataCell[] Cells(IReadOnlyList<object?> row) => [.. row.Select(Web.Features.Programs.ProgramEndpoints.XlsxCell)];

    private static async Task WriteAsync(string? path, byte[] bytes, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return;
        }

        await File.WriteAllBytesAsync(path, bytes, ct);
        await Console.Error.WriteLineAsync($"wrote {path}");
    }
}
