using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade.Queries;

namespace Neraca.DataStatus;

/// <summary>One batch's part of a flow × month × basis × HS chapter, active or superseded (and by which batch).</summary>
internal readonly record struct ScopeVersionRow(
    Flow Flow, int Year, int Month, Basis Basis, string Hs2, bool Active, int BatchId, int? SupersededBy, long ValueMilli, StatusSource Source);

/// <summary>
/// Every scope version of a province with the batch it came from, active and superseded, provinces summed. The status
/// page is the one reader of superseded scopes: the figures read only active ones (month_total), so this query reads
/// batch_scope itself, which holds one row per batch × flow × month × basis × province × chapter (tens of thousands,
/// never trade facts).
/// </summary>
internal static class StatusQuery
{
    private const string Select =
        "SELECT s.flow, s.year, s.month, s.basis, s.hs2, s.is_active, s.batch_id, s.superseded_by_batch_id, SUM(s.value_milli), "
        + "b.file_name, b.format, b.imported_at_utc, b.imported_by "
        + "FROM batch_scope s JOIN import_batch b ON b.id = s.batch_id ";

    private const string GroupBy =
        " GROUP BY s.flow, s.year, s.month, s.basis, s.hs2, s.is_active, s.batch_id, s.superseded_by_batch_id, "
        + "b.file_name, b.format, b.imported_at_utc, b.imported_by";

    /// <summary>One province: its own published totals and its detail.</summary>
    public const string OneProvince = Select + "WHERE s.province_code = @p" + GroupBy;

    /// <summary>
    /// Indonesia: the national published totals (province 0) and every province's detail, as the figures count them
    /// (a province's own published total is not part of Indonesia's).
    /// </summary>
    public const string National = Select + "WHERE (s.basis = @published AND s.province_code = @p) OR s.basis = @detail" + GroupBy;

    /// <summary>
    /// The active detail batches holding several provinces in one flow × month: the national files a province without
    /// facts in them traded nothing by (decision 0012), so the status names the file even when the province has no scope
    /// there. Reads one month through the active-scope index (flow, year, month, basis, ...).
    /// </summary>
    public const string NationalFiles =
        "SELECT s.batch_id, b.file_name, b.format, b.imported_at_utc, b.imported_by "
        + "FROM batch_scope s JOIN import_batch b ON b.id = s.batch_id "
        + "WHERE s.is_active = @t AND s.basis = @detail AND s.flow = @f AND s.year = @y AND s.month = @m "
        + "GROUP BY s.batch_id, b.file_name, b.format, b.imported_at_utc, b.imported_by "
        + "HAVING COUNT(DISTINCT s.province_code) > 1";

    public static async Task<List<ScopeVersionRow>> RunAsync(DbConnection connection, short province, CancellationToken ct)
    {
        var rows = new List<ScopeVersionRow>();
        await using var command = ProvinceCode.IsNationalCode(province)
            ? Sql.Command(connection, null, National, ("@p", province), ("@published", (byte)Basis.PublishedTotal), ("@detail", (byte)Basis.Detail))
            : Sql.Command(connection, null, OneProvince, ("@p", province));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var batch = Db.Int(r, 6);
            rows.Add(new ScopeVersionRow(
                (Flow)Db.Int(r, 0), Db.Int(r, 1), Db.Int(r, 2), (Basis)Db.Int(r, 3), r.GetString(4), r.GetBoolean(5), batch,
                r.IsDBNull(7) ? null : Db.Int(r, 7), Db.Long(r, 8), Source(r, batch, 9)));
        }

        return rows;
    }

    public static async Task<List<StatusSource>> NationalFilesAsync(DbConnection connection, Flow flow, int year, int month, CancellationToken ct)
    {
        var rows = new List<StatusSource>();
        await using var command = Sql.Command(connection, null, NationalFiles,
            ("@t", true), ("@detail", (byte)Basis.Detail), ("@f", (byte)flow), ("@y", (short)year), ("@m", (byte)month));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(Source(r, Db.Int(r, 0), 1));
        }

        return rows;
    }

    private static StatusSource Source(DbDataReader r, int batch, int first) =>
        new(batch, r.GetString(first), r.GetString(first + 1), DateTime.SpecifyKind(r.GetDateTime(first + 2), DateTimeKind.Utc), r.GetString(first + 3));
}
