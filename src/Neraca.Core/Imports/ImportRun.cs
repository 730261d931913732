using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>One import inside one open transaction. The caller commits only when the outcome is Imported.</summary>
internal sealed class ImportRun(
    DbConnection connection,
    DbTransaction transaction,
    string fileName,
    string sha,
    ITradeReader reader,
    ImportOptions options,
    Func<string, string?> resolveIso2)
{
    private readonly ReadContext context = new(fileName) { FlowOverride = options.Flow };
    private readonly DimensionResolver dims = new(connection, transaction, resolveIso2);
    private readonly Dictionary<(Flow Flow, short Year, byte Month, Basis Basis), (long Facts, long Milli)> totals = [];
    private readonly List<int> replaced = [];
    private readonly MonthTotalWriter monthTotals = new();
    private readonly bool sqlite = connection is SqliteConnection;
    private int batchId;
    private ScopeWriter scopes = null!;
    private List<(Flow Flow, short Year, byte Month)> touched = [];

    public async Task<ImportSummary> ExecuteAsync(Stream stream, CancellationToken ct)
    {
        batchId = (int)await Sql.ScalarLongAsync(connection, transaction, ImportSql.InsertBatch, ct,
            ("@sha", sha), ("@file", fileName), ("@format", reader.Format), ("@status", (byte)BatchStatus.Active),
            ("@at", DateTime.UtcNow), ("@by", options.Actor), ("@owed", true));
        if (sqlite)
        {
            // The default 2 MB page cache thrashes on the scope-id index of a large batch: 32 MB halved a 1M-row import.
            await Sql.ExecuteAsync(connection, transaction, "PRAGMA cache_size = -32768", ct);
        }
        else
        {
            // The per-scope partner and port totals group ~1M keys per million facts; PostgreSQL's default 4 MB of
            // work memory spills that hash aggregate to disk. For this transaction only.
            await Sql.ExecuteAsync(connection, transaction, "SET LOCAL work_mem = '128MB'", ct);
        }

        await dims.LoadAsync(ct);
        scopes = new ScopeWriter(connection, transaction, batchId);
        await scopes.StartAsync(ct);

        long written;
        await using (var writer = FactWriter.For(connection))
        {
            try
            {
                await LoadFactsAsync(stream, writer, ct);
            }
            catch (OverflowException)
            {
                // A checked sum of this file's values (per scope or per month) left the 64-bit range.
                context.Error(context.At(), null, ValueBounds.SumTooLarge);
            }

            await writer.FlushAsync(ct);
            written = writer.Written;
        }

        CheckAccounting();
        if (sqlite)
        {
            // The grouping passes below read the batch in index order; SQLite sizes its sort buffer from the page cache,
            // and 32 MB of sort buffer on top of the cache pushed a 10M-row import over its memory budget.
            await Sql.ExecuteAsync(connection, transaction, "PRAGMA cache_size = -8192", ct);
        }

        if (context.ErrorCount == 0)
        {
            await CheckDuplicatesAsync(ct);
            try
            {
                await ResolveConflictsAsync(ct);
            }
            catch (OverflowException)
            {
                context.Error(context.At(), null, ValueBounds.SumTooLarge);
            }
        }

        if (context.ErrorCount > 0)
        {
            return Summary(ImportOutcome.Rejected, written, ImportMessage.Of("result.rejected", context.ErrorCount));
        }

        try
        {
            await FinishAsync(written, ct);
        }
        catch (OverflowException)
        {
            // Month totals add this file to what is loaded already (checked): the caller does not commit a rejection.
            context.Error(context.At(), null, ValueBounds.SumTooLarge);
            return Summary(ImportOutcome.Rejected, written, ImportMessage.Of("result.rejected", context.ErrorCount));
        }

        return options.DryRun
            ? Summary(ImportOutcome.DryRunPassed, written, ImportMessage.Of("result.dryrun"))
            : Summary(ImportOutcome.Imported, written, ImportMessage.Of("result.imported", batchId));
    }

    private async Task LoadFactsAsync(Stream stream, FactWriter writer, CancellationToken ct)
    {
        try
        {
            foreach (var raw in reader.Read(stream, context))
            {
                var row = await NormalizeAsync(raw, ct);
                if (row is FactRow fact)
                {
                    await writer.AddAsync(fact, ct);
                }
            }
        }
        catch (TradeFileException ex)
        {
            context.Error(context.At(), null, ex.Reason);
        }
    }

    private async ValueTask<FactRow?> NormalizeAsync(RawFact raw, CancellationToken ct)
    {
        if (raw.ValueUsd < 0)
        {
            context.Error(At(raw), raw.ValueUsd.ToString(CultureInfo.InvariantCulture), ImportMessage.Of("value.negative"));
            return null;
        }

        if (raw.ValueUsd > ValueBounds.MaxValueUsd)
        {
            context.Error(At(raw), null, ValueBounds.ValueTooLarge(raw.ValueUsd));
            return null;
        }

        if (!Money.TryToMilli(raw.ValueUsd, out var milli))
        {
            context.Error(At(raw), raw.ValueUsd.ToString(CultureInfo.InvariantCulture), ImportMessage.Of("value.decimals"));
            return null;
        }

        long? grams = null;
        if (raw.NetWeightKg is decimal kg)
        {
            if (kg > ValueBounds.MaxNetWeightKg)
            {
                context.Error(At(raw), null, ValueBounds.WeightTooLarge(kg));
                return null;
            }

            if (kg < 0 || !Money.TryToMilli(kg, out var g))
            {
                context.Error(At(raw), kg.ToString(CultureInfo.InvariantCulture), ImportMessage.Of("weight.invalid"));
                return null;
            }

            grams = g;
        }

        if (context.ErrorCount > 0)
        {
            return null; // the file is rejected anyway: keep reading for more errors, stop writing
        }

        var fact = new FactRow
        {
            ScopeId = ScopeIdOf(raw, milli, grams),
            HsCodeId = await dims.HsAsync(raw.HsCode, ct),
            CountryId = await dims.CountryAsync(raw.Country, ct),
            PortId = await dims.PortAsync(raw.Port, ct),
            ValueMilli = milli,
            NetWeightGrams = grams,
        };
        var totalKey = (raw.Flow, raw.Year, raw.Month, raw.Basis);
        totals.TryGetValue(totalKey, out var t);
        totals[totalKey] = (t.Facts + 1, checked(t.Milli + milli));
        return fact;
    }

    private int ScopeIdOf(RawFact raw, long milli, long? grams) =>
        scopes.Add(raw.Flow, raw.Year, raw.Month, raw.Basis, ProvinceOf(raw), raw.HsCode.AsSpan(0, Math.Min(2, raw.HsCode.Length)), milli, grams);

    /// <summary>
    /// The one place the user's --province is applied: the source's own province first, then --province, then the port
    /// table; published totals without one are national, detail without one unspecified.
    /// </summary>
    private short ProvinceOf(RawFact raw)
    {
        var date = new DateOnly(raw.Year, Math.Max((int)raw.Month, 1), 1);
        return raw.ProvinceCode
            ?? options.Province?.Value
            ?? dims.ProvinceOfPort(raw.Port, date)
            ?? (raw.Basis == Basis.PublishedTotal ? ProvinceCode.National : ProvinceCode.Unspecified).Value;
    }

    private void CheckAccounting()
    {
        if (context.ErrorCount == 0 && context.CellsRead != context.FactsEmitted + context.SkippedTotal)
        {
            context.Error(context.At(), null, ImportMessage.Of("accounting", context.CellsRead, context.FactsEmitted, context.SkippedTotal));
        }
    }

    private async Task CheckDuplicatesAsync(CancellationToken ct)
    {
        await using var command = Sql.Command(connection, transaction, ImportSql.Duplicates, ("@first", scopes.FirstId), ("@last", scopes.LastId));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var key = scopes.KeyOf(r.GetInt32(0));
            context.Error(context.At(), null, ImportMessage.Of("duplicate.key", ImportMessages.Flow(key.Flow), key.Period, r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)));
        }
    }

    /// <summary>
    /// An active scope of an earlier batch that this batch covers is a revision: refused unless --replace. This batch
    /// covers the keys it has and, where it is a national file (detail of several provinces in a flow × period), every
    /// province's detail in its chapters of that period: a province it does not list traded zero there (decision 0015).
    /// A province's own detail in a chapter that a national file already covers (with zero, if it listed no port of the
    /// province) is a revision of that zero as well.
    /// </summary>
    private async Task ResolveConflictsAsync(CancellationToken ct)
    {
        var conflicts = new List<(int ScopeId, int BatchId, string File, ScopeKey Key)>();
        touched = [.. scopes.Table.Periods()];
        var keys = Enumerable.Range(0, scopes.Table.Count).Select(scopes.Table.KeyAt).Where(k => k.Basis == Basis.Detail)
            .ToLookup(k => (k.Flow, k.Year, k.Month));
        foreach (var (flow, year, month) in touched)
        {
            var mine = keys[(flow, year, month)].ToList();
            HashSet<string>? national = mine.Select(k => k.Province).Distinct().Skip(1).Any()
                ? [.. mine.Select(k => k.Hs2)]
                : null;
            if (national is null && mine.Count > 0)
            {
                await AddZeroConflictsAsync(flow, year, month, mine, conflicts, ct);
            }

            monthTotals.Touch(flow, year, month);
            await using var command = Sql.Command(connection, transaction, ImportSql.ActiveScopesOfPeriod,
                ("@flow", (byte)flow), ("@year", year), ("@month", month), ("@true", true));
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var key = new ScopeKey(flow, year, month, (Basis)r.GetByte(3), r.GetInt16(4), r.GetString(5));
                if (scopes.Table.Contains(key) || (key.Basis == Basis.Detail && national?.Contains(key.Hs2) == true))
                {
                    conflicts.Add((r.GetInt32(0), r.GetInt32(1), r.GetString(2), key));
                }
                else
                {
                    // stays active: part of the period's recomputed month totals
                    monthTotals.Add(r.GetInt32(1), flow, year, month, key.Basis, key.Province, key.Hs2, r.GetInt64(6), r.GetInt64(7));
                }
            }
        }

        if (conflicts.Count > 0 && !options.Replace)
        {
            foreach (var c in conflicts) // every one: stored up to ReadContext.MaxStoredIssues, all counted
            {
                context.Error(context.At(), null, c.BatchId > 0
                    ? ImportMessage.Of("conflict.batch", [.. c.Key.Describe(), c.BatchId, c.File])
                    : ImportMessage.Of("conflict.national", c.Key.Describe()));
            }

            return;
        }

        foreach (var c in conflicts.Where(c => c.ScopeId > 0))
        {
            await Sql.ExecuteAsync(connection, transaction, ImportSql.Supersede, ct, ("@false", false), ("@b", batchId), ("@id", c.ScopeId));
        }

        replaced.AddRange(conflicts.Where(c => c.BatchId > 0).Select(c => c.BatchId).Distinct().Order());
    }

    /// <summary>A province's own detail in chapters a national file already covers for the period, where it has no scope (zero).</summary>
    private async Task AddZeroConflictsAsync(Flow flow, short year, byte month, List<ScopeKey> mine, List<(int, int, string, ScopeKey)> conflicts, CancellationToken ct)
    {
        await using var command = Sql.Command(connection, transaction, ImportSql.NationalDetailOfPeriod, ("@flow", (byte)flow), ("@year", year), ("@month", month));
        if (await command.ExecuteScalarAsync(ct) is not string stored)
        {
            return;
        }

        var chapters = stored.Split(',').ToHashSet(StringComparer.Ordinal);
        // A key with an active scope of its own is found by the exact-key check; here only the national zeros.
        var active = new HashSet<(short, string)>();
        await using (var scopesOf = Sql.Command(connection, transaction, ImportSql.ActiveScopesOfPeriod,
            ("@flow", (byte)flow), ("@year", year), ("@month", month), ("@true", true)))
        await using (var r = await scopesOf.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                active.Add((r.GetInt16(4), r.GetString(5)));
            }
        }

        conflicts.AddRange(mine.Where(k => chapters.Contains(k.Hs2) && !active.Contains((k.Province, k.Hs2)))
            .Select(k => (0, 0, "", k)));
    }

    private async Task FinishAsync(long written, CancellationToken ct)
    {
        scopes.Table.Seal();
        GC.Collect(); // once, so the released index is memory the aggregate passes below can reuse
        await scopes.WriteAsync(ct);
        for (var i = 0; i < scopes.Table.Count; i++)
        {
            var key = scopes.Table.KeyAt(i);
            var (facts, milli, _) = scopes.Table.TotalsAt(i);
            monthTotals.Add(batchId, key.Flow, key.Year, key.Month, key.Basis, key.Province, key.Hs2, milli, facts);
        }

        await monthTotals.WriteAsync(connection, transaction, ct);
        await Sql.ExecuteAsync(connection, transaction, ImportSql.MarkSupersededBatches, ct,
            ("@superseded", (byte)BatchStatus.Superseded), ("@active", (byte)BatchStatus.Active), ("@b", batchId), ("@true", true));
        var range = new[] { ("@first", (object?)scopes.FirstId), ("@last", scopes.LastId) };
        await Sql.ExecuteAsync(connection, transaction, ImportSql.InsertCountryTotals, ct, range);
        await Sql.ExecuteAsync(connection, transaction, ImportSql.InsertPortTotals, ct, range);
        // Member-grain aggregates of the touched periods (rankings): after the scopes, their partner totals and any supersede.
        await MemberTotalRefresh.RefreshAsync(connection, transaction, touched, ct);
        foreach (var ((code, language), text) in context.HsLabels)
        {
            await Sql.ExecuteAsync(connection, transaction, ImportSql.UpsertLabel, ct, ("@c", code), ("@l", language), ("@t", text));
        }

        var summary = JsonSerializer.Serialize(Summary(ImportOutcome.Imported, written, null) with { Errors = [], Warnings = [] });
        await Sql.ExecuteAsync(connection, transaction, ImportSql.FinishBatch, ct,
            ("@count", written), ("@value", totals.Values.Sum(t => t.Milli)), ("@summary", summary), ("@b", batchId));
        await Sql.ExecuteAsync(connection, transaction, ImportSql.InsertAudit, ct,
            ("@at", DateTime.UtcNow), ("@actor", options.Actor), ("@action", "import"), ("@entity", "import_batch"),
            ("@id", batchId.ToString(CultureInfo.InvariantCulture)), ("@before", null), ("@after", summary));
    }

    private ImportSummary Summary(ImportOutcome outcome, long written, ImportMessage? message)
    {
        var failed = context.Reconciliation.Where(c => !c.Ok).ToList();
        var largest = context.Reconciliation.OrderByDescending(c => Math.Abs(c.Difference)).FirstOrDefault();
        return new ImportSummary
        {
            File = fileName,
            Format = reader.Format,
            Sha256 = sha,
            Outcome = outcome,
            BatchId = outcome == ImportOutcome.Imported ? batchId : null,
            CellsRead = context.CellsRead,
            FactsImported = outcome == ImportOutcome.Rejected ? 0 : written,
            Skipped = new SortedDictionary<string, long>(context.Skipped, StringComparer.Ordinal),
            Totals = [.. totals.OrderBy(t => (t.Key.Year, t.Key.Month, t.Key.Flow, t.Key.Basis)).Select(t => new PeriodTotal(
                t.Key.Flow, new ScopeKey(t.Key.Flow, t.Key.Year, t.Key.Month, t.Key.Basis, 0, "").Period, t.Key.Basis, t.Value.Facts, Money.FromMilli(t.Value.Milli)))],
            Reconciliation = new ReconciliationSummary(context.Reconciliation.Count, failed.Count,
                largest is null ? 0m : Math.Abs(largest.Difference), largest is null ? null : ImportMessages.Message(largest.Label)),
            ProvinceTotals = outcome == ImportOutcome.Rejected ? [] : ProvinceTotals(),
            UnknownCountries = [.. dims.UnknownCountries],
            PortsWithoutProvince = [.. dims.PortsWithoutProvince],
            ReplacedBatches = replaced,
            Errors = [.. context.Errors],
            ErrorCount = context.ErrorCount,
            Warnings = [.. context.Warnings],
            Message = message,
        };
    }

    /// <summary>The scopes (one per province × chapter × period) added up per province, flow, period and basis.</summary>
    private List<ProvinceTotal> ProvinceTotals() =>
        [.. Enumerable.Range(0, scopes.Table.Count)
            .Select(i => (Key: scopes.Table.KeyAt(i), Totals: scopes.Table.TotalsAt(i)))
            .GroupBy(s => (s.Key.Province, s.Key.Flow, s.Key.Year, s.Key.Month, s.Key.Basis))
            .OrderBy(g => g.Key.Province).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Flow).ThenBy(g => g.Key.Basis)
            .Select(g => new ProvinceTotal(g.Key.Province, g.Key.Flow, g.First().Key.Period, g.Key.Basis,
                g.Sum(s => s.Totals.Facts), Money.FromMilli(g.Sum(s => s.Totals.Milli))))];

    private SourcePosition At(RawFact raw) => context.At(raw.Row, raw.Column == 0 ? null : ColumnName(raw.Column));

    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
