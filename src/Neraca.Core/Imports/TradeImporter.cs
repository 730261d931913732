using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>
/// file → reader → normalizer → one transaction (batch, facts, scopes, aggregates, audit) → commit or nothing.
/// A dry run is the same flow rolled back at the end, so it finds exactly the errors a real import would.
/// </summary>
public sealed class TradeImporter(NeracaDb db, Func<string, string?> resolveIso2)
{
    public TradeImporter(NeracaDb db)
        : this(db, name => Reference.CountryNames.ResolveIso2(name))
    {
    }

    public async Task<ImportSummary> ImportFileAsync(string path, ImportOptions options, ITradeReader? reader = null, CancellationToken ct = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await ImportAsync(stream, Path.GetFileName(path), options, reader, ct);
    }

    /// <param name="stream">A seekable stream: it is read twice (hash, then data).</param>
    /// <remarks>
    /// The batch's monthly reports are owed, not written here (<see cref="Reports.ReportStore.WriteOwedAsync"/>: the
    /// server writes them in the background, the CLI after the import): they took most of a national file's import.
    /// </remarks>
    public async Task<ImportSummary> ImportAsync(Stream stream, string fileName, ImportOptions options, ITradeReader? reader = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        if (stream.Length == 0)
        {
            return Rejected(fileName, "", "", ImportMessage.Of("file.empty"), clock);
        }

        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        stream.Position = 0;
        var existing = await db.ImportBatches.Where(b => b.Sha256 == sha).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        if (existing is int id)
        {
            return new ImportSummary
            {
                File = fileName,
                Sha256 = sha,
                Outcome = ImportOutcome.AlreadyImported,
                BatchId = id,
                Message = ImportMessage.Of("result.already", id),
                ElapsedMs = clock.ElapsedMilliseconds,
            };
        }

        try
        {
            reader ??= ImportFormats.Choose(fileName, stream);
        }
        catch (TradeFileException ex)
        {
            return Rejected(fileName, "", sha, ex.Reason, clock);
        }

        stream.Position = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var run = new ImportRun(db.Database.GetDbConnection(), transaction.GetDbTransaction(), fileName, sha, reader, options, resolveIso2);
            var summary = await run.ExecuteAsync(stream, ct) with { ElapsedMs = clock.ElapsedMilliseconds };
            if (summary.Outcome == ImportOutcome.Imported)
            {
                await transaction.CommitAsync(ct);
                Trade.FiguresCache.Invalidate(db.Database.GetConnectionString() ?? "");
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return summary;
        }
        catch (DbException ex) when (IsConcurrentImport(ex))
        {
            // Two imports of the same file at once: the database's unique sha256 lets one win; the other gets an answer,
            // not a stack trace (security 10).
            await db.Database.CloseConnectionAsync();
            var winner = await db.ImportBatches.Where(b => b.Sha256 == sha).Select(b => (int?)b.Id).FirstOrDefaultAsync(CancellationToken.None);
            return winner is int batch
                ? new ImportSummary
                {
                    File = fileName,
                    Sha256 = sha,
                    Outcome = ImportOutcome.AlreadyImported,
                    BatchId = batch,
                    Message = ImportMessage.Of("result.already.concurrent", batch),
                    ElapsedMs = clock.ElapsedMilliseconds,
                }
                : Rejected(fileName, reader.Format, sha, ImportMessage.Of("result.concurrent"), clock);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The batch's unique sha256 taken by another import (PostgreSQL 23505, SQLite 19), a serialization failure, or a database busy with another writer (SQLite 5/6).</summary>
    private static bool IsConcurrentImport(DbException ex) => ex switch
    {
        Npgsql.PostgresException pg => (pg.SqlState == "23505" && pg.ConstraintName?.Contains("sha256", StringComparison.Ordinal) == true) || pg.SqlState is "40001" or "40P01",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6
            || (sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("import_batch.sha256", StringComparison.Ordinal)),
        _ => false,
    };

    private static ImportSummary Rejected(string file, string format, string sha, ImportMessage message, Stopwatch clock) => new()
    {
        File = file,
        Format = format,
        Sha256 = sha,
        Outcome = ImportOutcome.Rejected,
        Message = message,
        Errors = [new ImportIssue(new SourcePosition(file), null, message)],
        ErrorCount = 1,
        ElapsedMs = clock.ElapsedMilliseconds,
    };
}
