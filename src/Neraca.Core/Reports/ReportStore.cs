using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>A stored version without its payload (for lists).</summary>
public sealed record ReportVersionInfo(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("province")] short Province,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("batch_ids")] IReadOnlyList<int> BatchIds,
    [property: JsonPropertyName("trigger")] string Trigger,
    [property: JsonPropertyName("created_at_utc")] DateTime CreatedAtUtc,
    [property: JsonPropertyName("created_by")] string CreatedBy);

/// <summary>What <see cref="ReportStore.WriteOwedAsync"/> did: batches it looked at, versions it stored, batches that failed.</summary>
public sealed record OwedReports(int Batches, IReadOnlyList<ReportVersionInfo> Written, IReadOnlyList<string> Errors);

/// <summary>
/// Stored report versions (docs/decisions/0024): a month's report is stored once per set of batches it reads; a
/// different set (a revision, a flow loaded later) adds the next version and keeps the earlier ones.
/// </summary>
public sealed class ReportStore(NeracaDb db)
{
    public const string Import = "import";
    public const string Manual = "manual";

    /// <summary>Builds the report and stores it unless the latest version was built from the same batches.</summary>
    /// <returns>The latest version after the call, and whether this call wrote it.</returns>
    /// <exception cref="TradeArgumentException">an unknown province, or nothing loaded for the month.</exception>
    public async Task<(ReportVersionInfo Version, bool Created)> GenerateAsync(YearMonth month, short province, string trigger, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province) ?? ProvinceCode.National.Value;
        var builder = new MonthlyReportBuilder(db);
        var batches = Join(await MonthlyReportBuilder.BatchIdsAsync(db, month, p, ct));
        var latest = await Versions(p, month).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (latest is not null && string.Equals(latest.BatchIds, batches, StringComparison.Ordinal))
        {
            return (Info(latest), false);
        }

        var id = await builder.BuildAsync(month, p, "id", ct);
        var en = await builder.BuildAsync(month, p, "en", ct);
        var version = new ReportVersion
        {
            ProvinceCode = p,
            Year = (short)month.Year,
            Month = (byte)month.Month,
            Version = (latest?.Version ?? 0) + 1,
            BatchIds = batches,
            Trigger = trigger,
            CreatedAtUtc = DateTime.UtcNow,
            CreatedBy = db.AuditActor(),
            JsonId = Encoding.UTF8.GetBytes(ReportJson.Write(id)),
            JsonEn = Encoding.UTF8.GetBytes(ReportJson.Write(en)),
        };
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return (Info(version), true);
    }

    /// <summary>Every version of a province's reports, newest month first, newest version first.</summary>
    public async Task<IReadOnlyList<ReportVersionInfo>> ListAsync(short? province, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province) ?? ProvinceCode.National.Value;
        var rows = await db.Set<ReportVersion>().AsNoTracking()
            .Where(v => v.ProvinceCode == p)
            .OrderByDescending(v => v.Year).ThenByDescending(v => v.Month).ThenByDescending(v => v.Version)
            .Select(v => new { v.Id, v.ProvinceCode, v.Year, v.Month, v.Version, v.BatchIds, v.Trigger, v.CreatedAtUtc, v.CreatedBy })
            .ToListAsync(ct);
        return [.. rows.Select(v => new ReportVersionInfo(v.Id, v.ProvinceCode, new YearMonth(v.Year, v.Month).ToString(), v.Version, Split(v.BatchIds), v.Trigger, v.CreatedAtUtc, v.CreatedBy))];
    }

    /// <summary>A stored version's report in the language, or null when there is no such version.</summary>
    public async Task<(ReportVersionInfo Version, MonthlyReport Report)?> ReadAsync(int id, string language, CancellationToken ct = default)
    {
        var v = await db.Set<ReportVersion>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return v is null ? null : (Info(v), ReportJson.Read(Encoding.UTF8.GetString(language == "en" ? v.JsonEn : v.JsonId)));
    }

    /// <summary>Whether any batch still owes its monthly reports (one indexed lookup).</summary>
    public static Task<bool> AnyOwedAsync(NeracaDb db, CancellationToken ct = default) => db.ImportBatches.AnyAsync(b => b.ReportsOwed, ct);

    /// <summary>
    /// Writes the monthly reports every imported batch still owes (<see cref="ImportBatch.ReportsOwed"/>), oldest batch
    /// first, and clears each batch's mark once its reports are stored. Per province the batch holds data of: the newest
    /// month it touched that has both flows loaded, plus every touched month that already has a report (so a
    /// `--replace` revision gets a new version). A batch whose reports fail stays owed and is tried again next time; the
    /// error is returned, the other batches still run. Safe to run twice at once: a version is added only when its
    /// batches changed.
    /// </summary>
    public async Task<OwedReports> WriteOwedAsync(CancellationToken ct = default)
    {
        var written = new List<ReportVersionInfo>();
        var errors = new List<string>();
        var owed = await db.ImportBatches.AsNoTracking().Where(b => b.ReportsOwed).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
        foreach (var batchId in owed)
        {
            try
            {
                written.AddRange(await WriteForBatchAsync(batchId, ct));
                await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.ReportsOwed, false), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"batch {batchId}: {ex.Message}"));
                Trace.TraceWarning("monthly reports of batch {0} not written (still owed): {1}", batchId, ex.Message);
            }
        }

        return new OwedReports(owed.Count, written, errors);
    }

    private async Task<List<ReportVersionInfo>> WriteForBatchAsync(int batchId, CancellationToken ct)
    {
        var written = new List<ReportVersionInfo>();
        var touched = await db.BatchScopes.AsNoTracking()
            .Where(s => s.BatchId == batchId && s.Month > 0)
            .Select(s => new { s.ProvinceCode, s.Year, s.Month })
            .Distinct()
            .ToListAsync(ct);
        foreach (var province in touched.Where(t => ProvinceCode.IsProvinceCode(t.ProvinceCode)).GroupBy(t => t.ProvinceCode))
        {
            var loaded = await LoadedPeriods.ReadAsync(db, province.Key, ct);
            var months = province.Select(t => new YearMonth(t.Year, t.Month)).Where(m => loaded.Has(m, Flow.Export) && loaded.Has(m, Flow.Import)).ToList();
            var stored = await db.Set<ReportVersion>().AsNoTracking().Where(v => v.ProvinceCode == province.Key)
                .Select(v => new { v.Year, v.Month }).Distinct().ToListAsync(ct);
            var wanted = months.Where(m => m == months.Max() || stored.Exists(s => s.Year == m.Year && s.Month == m.Month)).Order();
            foreach (var month in wanted)
            {
                var (version, created) = await GenerateAsync(month, province.Key, Import, ct);
                if (created)
                {
                    written.Add(version);
                }
            }
        }

        return written;
    }

    private IQueryable<ReportVersion> Versions(short province, YearMonth month) =>
        db.Set<ReportVersion>().Where(v => v.ProvinceCode == province && v.Year == month.Year && v.Month == month.Month);

    private static ReportVersionInfo Info(ReportVersion v) =>
        new(v.Id, v.ProvinceCode, new YearMonth(v.Year, v.Month).ToString(), v.Version, Split(v.BatchIds), v.Trigger, v.CreatedAtUtc, v.CreatedBy);

    private static string Join(IEnumerable<int> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static List<int> Split(string ids) =>
        [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
