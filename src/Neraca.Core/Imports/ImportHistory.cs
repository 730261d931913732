using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>How much of a batch is still what the figures read: all of it, part of it (a later file revised some slices), or none.</summary>
public enum BatchStanding
{
    Active,
    PartlySuperseded,
    Superseded,
}

/// <summary>One flow's total in a batch, over its slices (all provinces, chapters and periods it holds).</summary>
public sealed record BatchFlowTotal(
    [property: JsonConverter(typeof(JsonStringEnumConverter<Flow>))] Flow Flow,
    long Facts,
    decimal ValueUsd);

/// <summary>One imported file as the import history lists it (`/import`, analysts).</summary>
public sealed record ImportHistoryRow(
    int Id,
    string FileName,
    string Format,
    DateTime ImportedAtUtc,
    string ImportedBy,
    [property: JsonConverter(typeof(JsonStringEnumConverter<BatchStanding>))] BatchStanding Standing,
    long FactCount,
    IReadOnlyList<BatchFlowTotal> Totals,
    string? FirstPeriod,
    string? LastPeriod,
    IReadOnlyList<short> Provinces,
    IReadOnlyList<int> Replaced,
    IReadOnlyList<int> SupersededBy);

/// <summary>
/// The latest import batches with what they hold (from their batch_scope rows) and how revisions link them: which
/// earlier batches each one replaced, which later ones superseded it. One home for the history the page shows.
/// </summary>
public static class ImportHistory
{
    public const int DefaultCount = 20;

    public static async Task<List<ImportHistoryRow>> RecentAsync(NeracaDb db, int take, CancellationToken ct)
    {
        var batches = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(take)
            .Select(b => new { b.Id, b.FileName, b.Format, b.ImportedAtUtc, b.ImportedBy, b.FactCount }).ToListAsync(ct);
        if (batches.Count == 0)
        {
            return [];
        }

        var ids = batches.Select(b => b.Id).ToList();
        var scopes = db.BatchScopes.AsNoTracking();
        var flows = await scopes.Where(s => ids.Contains(s.BatchId))
            .GroupBy(s => new { s.BatchId, s.Flow })
            .Select(g => new
            {
                g.Key.BatchId,
                g.Key.Flow,
                Facts = g.Sum(s => s.FactCount),
                Milli = g.Sum(s => s.ValueMilli),
                Slices = g.Count(),
                Active = g.Count(s => s.IsActive),
            })
            .ToListAsync(ct);
        // Periods as distinct rows, not MIN(year * 100 + month): EF types that sum as the smallint year and overflows reading it.
        var periods = await scopes.Where(s => ids.Contains(s.BatchId)).Select(s => new { s.BatchId, s.Year, s.Month }).Distinct().ToListAsync(ct);
        var provinces = await scopes.Where(s => ids.Contains(s.BatchId)).Select(s => new { s.BatchId, s.ProvinceCode }).Distinct().ToListAsync(ct);
        var supersededBy = await scopes.Where(s => ids.Contains(s.BatchId) && s.SupersededByBatchId != null)
            .Select(s => new { s.BatchId, By = s.SupersededByBatchId!.Value }).Distinct().ToListAsync(ct);
        var replaced = await scopes.Where(s => s.SupersededByBatchId != null && ids.Contains(s.SupersededByBatchId.Value))
            .Select(s => new { By = s.SupersededByBatchId!.Value, s.BatchId }).Distinct().ToListAsync(ct);

        return [.. batches.Select(b =>
        {
            var mine = flows.Where(f => f.BatchId == b.Id).OrderBy(f => f.Flow).ToList();
            var slices = mine.Sum(f => f.Slices);
            var months = periods.Where(p => p.BatchId == b.Id).Select(p => (p.Year * 100) + p.Month).ToList();
            var active = mine.Sum(f => f.Active);
            return new ImportHistoryRow(
                b.Id, b.FileName, b.Format, b.ImportedAtUtc, b.ImportedBy,
                active == slices ? BatchStanding.Active : active == 0 ? BatchStanding.Superseded : BatchStanding.PartlySuperseded,
                b.FactCount,
                [.. mine.Select(f => new BatchFlowTotal(f.Flow, f.Facts, Money.FromMilli(f.Milli)))],
                months.Count == 0 ? null : Period(months.Min()),
                months.Count == 0 ? null : Period(months.Max()),
                [.. provinces.Where(p => p.BatchId == b.Id).Select(p => p.ProvinceCode).Order()],
                [.. replaced.Where(r => r.By == b.Id).Select(r => r.BatchId).Order()],
                [.. supersededBy.Where(s => s.BatchId == b.Id).Select(s => s.By).Order()]);
        })];
    }

    /// <summary>yyyy for an annual slice (month 0), else yyyy-mm.</summary>
    private static string Period(int yearMonth) => yearMonth % 100 == 0
        ? (yearMonth / 100).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{yearMonth / 100:D4}-{yearMonth % 100:D2}");
}
