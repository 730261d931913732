using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Neraca.Programs;

/// <summary>
/// The JSON of `programs report` and `programs outcomes` (snake_case, nulls written: a null effect is information),
/// and the flat table the CSV/XLSX downloads use.
/// </summary>
public static class ProgramJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly string[] ReportHeader =
    [
        "id", "name", "kind", "province", "start_date", "end_date", "status", "participants", "completed", "completion_percent", "women_led_percent",
        "readiness_before_mean", "readiness_after_mean", "newly_export_ready", "new_exporters", "export_value_12m_usd", "budget_rupiah",
        "cost_per_participant", "cost_per_new_exporter", "target_participants", "target_women_led_percent", "target_export_ready", "target_new_exporters",
        "target_export_value_usd", "readiness_did", "readiness_ci_low", "readiness_ci_high", "export_did", "export_ci_low", "export_ci_high", "matched_pairs", "effect_note",
    ];

    public static IReadOnlyList<object?> ReportRow(ProgramFigures f) =>
    [
        f.Id, f.Name, f.Kind, f.Province, D(f.StartDate), D(f.EndDate), f.Status, f.Participants, f.Completed, f.CompletionPercent, f.WomenLedPercent,
        f.ReadinessBeforeMean, f.ReadinessAfterMean, f.NewlyExportReady, f.NewExporters, f.ExportValue12mUsd, f.BudgetRupiah,
        f.CostPerParticipant, f.CostPerNewExporter, f.Targets.Participants, f.Targets.WomenLedPercent, f.Targets.ExportReady, f.Targets.NewExporters,
        f.Targets.ExportValueUsd, f.Effect?.ReadinessDid, f.Effect?.ReadinessCiLow, f.Effect?.ReadinessCiHigh, f.Effect?.ExportDid, f.Effect?.ExportCiLow,
        f.Effect?.ExportCiHigh, f.Effect?.MatchedPairs, f.EffectNote,
    ];

    public static readonly string[] OutcomeHeader =
    [
        "role", "pair", "business_id", "name", "readiness_before", "readiness_after", "exported_before", "exported_within_12m", "completed",
        "first_export_after", "export_value_6m_usd", "export_value_12m_usd", "certificates_after",
    ];

    public static IReadOnlyList<object?> OutcomeRow(OutcomeRow r) =>
    [
        r.Role, r.Pair, r.BusinessId, r.Name, r.ReadinessBefore, r.ReadinessAfter, r.ExportedBefore, r.ExportedWithin12m, r.Completed,
        r.FirstExportAfter is { } d ? D(d) : null, r.ExportValue6mUsd, r.ExportValue12mUsd, r.CertificatesAfter,
    ];

    /// <summary>Rows as CSV through the one CSV writer (English dialect, UTF-8 with BOM); number cells stay numbers.</summary>
    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var list = rows.ToList();
        var numeric = Enumerable.Range(0, header.Count).Select(i => list.Any(r => r[i] is decimal or int or short)).ToArray();
        return Common.Tables.CsvWriter.Write(header, list.Select(r => (IReadOnlyList<string>)[.. r.Select(Text)]), Common.Tables.CsvDialect.English, i => numeric[i]);
    }

    /// <summary>A cell as CSV text (invariant numbers, ISO dates, true/false).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
