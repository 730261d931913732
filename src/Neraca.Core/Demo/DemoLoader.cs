using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Imports;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>What <see cref="DemoLoader.LoadAsync"/> did.</summary>
public sealed record DemoLoadResult(DemoLoadOutcome Outcome, string Message, ImportSummary? Summary)
{
    public bool Loaded => Outcome == DemoLoadOutcome.Loaded;
}

public enum DemoLoadOutcome
{
    Loaded,
    AlreadyLoaded,
    DatabaseNotEmpty,
    Failed,
}

/// <summary>
/// Loads the Lampung demo dataset through the real importer, into an EMPTY database only (no import batch at all):
/// demo figures must never mix with real data. Loading again is a no-op. Demo batches are recognisable by their file
/// name prefix <see cref="FilePrefix"/> and the actor <see cref="Actor"/>.
/// </summary>
public static class DemoLoader
{
    public const string FilePrefix = "demo-";
    public const string Actor = "demo";

    public static async Task<DemoLoadResult> LoadAsync(NeracaDb db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var batches = await db.ImportBatches.CountAsync(ct);
        if (batches > 0)
        {
            return await IsDemoAsync(db, ct)
                ? new DemoLoadResult(DemoLoadOutcome.AlreadyLoaded, "the demo dataset is already loaded; nothing done", null)
                : new DemoLoadResult(DemoLoadOutcome.DatabaseNotEmpty, string.Create(CultureInfo.InvariantCulture, $"the database already holds {batches} import batch(es); the demo dataset loads into an empty database only"), null);
        }

        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(LampungDemoData.Csv()));
        var summary = await new TradeImporter(db).ImportAsync(stream, LampungDemoData.FileName, new ImportOptions { Actor = Actor }, ct: ct);
        await new Reports.ReportStore(db).WriteOwedAsync(ct); // the demo shows its newest month's report at once
        if (summary.Outcome == ImportOutcome.Imported)
        {
            await DemoReference.LoadAsync(db, ct);
            await DemoMarkets.LoadAsync(db, ct);
            if (!await db.Businesses.AnyAsync(ct))
            {
                await DemoRegistry.LoadAsync(db, DateTime.UtcNow, ct);
                await DemoPrograms.LoadAsync(db, DateTime.UtcNow, ct);
                await DemoInquiries.LoadAsync(db, DateTime.UtcNow, ct);
            }
        }
        return summary.Outcome == ImportOutcome.Imported
            ? new DemoLoadResult(DemoLoadOutcome.Loaded, string.Create(CultureInfo.InvariantCulture, $"demo dataset loaded: {summary.FactsImported} facts, Lampung {LampungPublished.Months[0].Year}-{LampungPublished.Months[0].Month:D2} to {LampungPublished.Months[^1].Year}-{LampungPublished.Months[^1].Month:D2} (batch {summary.BatchId})"), summary)

            : new DemoLoadResult(DemoLoadOutcome.Failed, $"demo dataset not loaded: {summary.Outcome} {string.Join("; ", summary.Errors)}", summary);
    }

    /// <summary>True when active data came from the demo loader (the UI shows a "demo data" banner).</summary>
    public static Task<bool> IsDemoAsync(NeracaDb db, CancellationToken ct = default) => Batches(db).AnyAsync(ct);

    /// <summary>The active demo batches: the one rule for "this is demo data", also used per month by the pages.</summary>
    public static IQueryable<ImportBatch> Batches(NeracaDb db) =>
        db.ImportBatches.Where(b => b.Status == BatchStatus.Active && b.ImportedBy == Actor && b.FileName.StartsWith(FilePrefix));
}
