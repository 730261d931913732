using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Neraca.Imports.WebApi;
using Neraca.Storage;

namespace Neraca.Imports.Fetch;

/// <summary>Progress of a run, one report per request.</summary>
public sealed record FetchProgress(int Done, int Total, string Request, string Outcome);

/// <summary>One request's line in the run's report.</summary>
public sealed record FetchLine(string Request, string Url, string Outcome, int? BatchId, string? Message);

/// <summary>What a run did: counts per outcome, the lines, and why it stopped early (bad key, firewall, budget).</summary>
public sealed record FetchReport(int Planned, int Skipped, IReadOnlyList<FetchLine> Lines, string? StoppedBecause)
{
    public int Count(string outcome) => Lines.Count(l => l.Outcome == outcome);

    /// <summary>Exit code for the CLI: 0 when everything that was asked landed or had no data, 1 otherwise.</summary>
    public bool Succeeded => StoppedBecause is null && Lines.All(l => l.Outcome is FetchOutcomes.Imported or FetchOutcomes.AlreadyImported or FetchOutcomes.NoData);
}

/// <summary>Outcome names in the log and the report.</summary>
public static class FetchOutcomes
{
    public const string Imported = "imported";
    public const string AlreadyImported = "already_imported";
    public const string Rejected = "rejected";
    public const string NoData = "no_data";
    public const string ApiError = "api_error";
    public const string BadKey = "bad_key";
    public const string Blocked = "blocked";
    public const string Failed = "failed";
}

/// <summary>
/// Runs a fetch (docs/decisions/0026-fetching-from-bps.md): each planned request not yet imported is sent, logged with
/// its URL (key removed) and response, and a response with data goes through the same importer as a file — same
/// validation, same all-or-nothing batch, same revision rule (`replace`). Requests already imported by an earlier run
/// are skipped, so a run stopped by the budget, a firewall or Ctrl+C resumes where it stopped.
/// </summary>
public sealed class FetchRun(NeracaDb db, BpsWebApiClient client, FetchSettings settings, string actor)
{
    public async Task<FetchReport> RunAsync(IReadOnlyList<FetchRequest> plan, bool replace, IProgress<FetchProgress>? progress, CancellationToken ct)
    {
        var done = await DoneAsync(ct);
        var todo = plan.Where(r => replace || !Covered(r, done)).ToList();
        var lines = new List<FetchLine>();
        string? stopped = null;
        foreach (var request in todo)
        {
            if (!client.BudgetLeft)
            {
                stopped = $"the request budget ({settings.RequestBudget}) is spent: run the same command again to continue";
                break;
            }

            var line = await OneAsync(request, replace, ct);
            lines.Add(line);
            progress?.Report(new FetchProgress(lines.Count, todo.Count, request.ToString(), line.Outcome));
            if (line.Outcome is FetchOutcomes.BadKey or FetchOutcomes.Blocked)
            {
                stopped = line.Outcome == FetchOutcomes.BadKey
                    ? $"BPS refused the key ({line.Message}): check NERACA_BPS_KEY"
                    : $"BPS answered with {line.Message}: wait before trying again";
                break;
            }
        }

        return new FetchReport(plan.Count, plan.Count - todo.Count, lines, stopped);
    }

    private async Task<FetchLine> OneAsync(FetchRequest request, bool replace, CancellationToken ct)
    {
        var url = request.RedactedUrl(settings.BaseUrl);
        var response = await client.GetAsync(request, ct);
        var entry = new FetchLogEntry
        {
            RequestedAtUtc = DateTime.UtcNow,
            RequestedBy = actor,
            Url = url,
            HttpStatus = response.HttpStatus,
            Attempts = response.Attempts,
            Message = Truncate(response.Message is null ? null : settings.Redact(response.Message)),
        };
        entry.Outcome = response.Outcome switch
        {
            FetchOutcome.NoData => FetchOutcomes.NoData,
            FetchOutcome.ApiError => FetchOutcomes.ApiError,
            FetchOutcome.BadKey => FetchOutcomes.BadKey,
            FetchOutcome.Blocked => FetchOutcomes.Blocked,
            FetchOutcome.Failed => FetchOutcomes.Failed,
            _ => await ImportAsync(request, response.Body!, url, replace, entry, ct),
        };
        db.FetchLog.Add(entry);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new FetchLine(request.ToString(), url, entry.Outcome, entry.BatchId, entry.Message);
    }

    private async Task<string> ImportAsync(FetchRequest request, byte[] body, string url, bool replace, FetchLogEntry entry, CancellationToken ct)
    {
        entry.BodySha256 = Convert.ToHexStringLower(SHA256.HashData(body));
        entry.BodyGzip = Gzip(body);
        var summary = await new TradeImporter(db).ImportAsync(
            new MemoryStream(body, writable: false), url, new ImportOptions { Flow = request.Flow, Replace = replace, Actor = actor }, new BpsWebApiReader(), ct);
        entry.BatchId = summary.BatchId;
        switch (summary.Outcome)
        {
            case ImportOutcome.Imported:
                return FetchOutcomes.Imported;
            case ImportOutcome.AlreadyImported:
                return FetchOutcomes.AlreadyImported;
            default:
                entry.Message = Truncate(string.Join(" | ", summary.Errors.Take(5).Select(e => e.ToString()).Prepend(summary.Message?.ToString() ?? "rejected")));
                return FetchOutcomes.Rejected;
        }
    }

    /// <summary>
    /// The months each URL's latest imported response held. The API answers a whole year, and this year's answer grows
    /// every month, so a request is done only when its last import holds every month the plan wants from it.
    /// </summary>
    private async Task<Dictionary<string, HashSet<int>>> DoneAsync(CancellationToken ct)
    {
        var rows = await db.FetchLog.AsNoTracking().Where(e => e.BatchId != null)
            .Select(e => new { e.Id, e.Url, e.Outcome, e.BatchId }).ToListAsync(ct);
        var latest = rows.GroupBy(r => r.Url, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Id)!)
            .Where(l => l.Outcome is FetchOutcomes.Imported or FetchOutcomes.AlreadyImported).ToList();
        var batches = latest.Select(l => l.BatchId!.Value).Distinct().ToList();
        var months = (await db.BatchScopes.AsNoTracking().Where(s => batches.Contains(s.BatchId))
                .Select(s => new { s.BatchId, s.Month }).Distinct().ToListAsync(ct))
            .ToLookup(s => s.BatchId, s => (int)s.Month);
        return latest.ToDictionary(l => l.Url, l => months[l.BatchId!.Value].ToHashSet(), StringComparer.Ordinal);
    }

    private bool Covered(FetchRequest request, Dictionary<string, HashSet<int>> done) =>
        done.TryGetValue(request.RedactedUrl(settings.BaseUrl), out var months) && request.Months.All(months.Contains);

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    private static string? Truncate(string? text) => text is null || text.Length <= 2000 ? text : text[..2000];
}
