using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Trade;

/// <summary>One export record of a registered business that left through another province's port: the evidence.</summary>
public sealed record OriginEvidence(
    [property: JsonPropertyName("business_id")] int BusinessId,
    [property: JsonPropertyName("business")] string Business,
    [property: JsonPropertyName("record_id")] int RecordId,
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("hs")] string Hs,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("port")] string Port,
    [property: JsonPropertyName("port_province")] short PortProvince,
    [property: JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? ValueUsd);

/// <summary>The estimate by HS code and destination.</summary>
public sealed record OriginRow(
    [property: JsonPropertyName("hs")] string Hs,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? ValueUsd,
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("businesses")] int Businesses);

/// <summary>
/// Exports of the province's registered businesses that left through other provinces' ports in a period: an estimate
/// no one publishes, shown beside the BPS figure and never added to it (docs/decisions/0027-exports-by-origin.md).
/// </summary>
public sealed record OriginEstimate(
    [property: JsonPropertyName("province")] short Province,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("estimate_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? EstimateUsd,
    [property: JsonPropertyName("bps_exports_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? BpsExportsUsd,
    [property: JsonPropertyName("share_of_bps_pct"), JsonConverter(typeof(PctJsonConverter))] decimal? ShareOfBpsPct,
    [property: JsonPropertyName("share_note")] string? ShareNote,
    [property: JsonPropertyName("records_without_port")] int RecordsWithoutPort,
    [property: JsonPropertyName("ports_without_province")] IReadOnlyList<string> PortsWithoutProvince,
    [property: JsonPropertyName("rows")] IReadOnlyList<OriginRow> Rows,
    [property: JsonPropertyName("evidence")] IReadOnlyList<OriginEvidence> Evidence);

public static class ExportsByOrigin
{
    public const string Label = "estimate from registered businesses' own export records only; not a BPS figure";

    public static async Task<OriginEstimate> EstimateAsync(NeracaDb db, short province, TradePeriod period, CancellationToken ct = default)
    {
        var first = period.Months[0].FirstDay;
        var last = period.Months[^1].LastDay;
        var records = await db.ExportRecords.AsNoTracking().Where(e => e.Date >= first && e.Date <= last)
            .Join(db.Businesses.Where(b => b.ProvinceCode == province), e => e.BusinessId, b => b.Id,
                (e, b) => new { BusinessId = b.Id, b.Name, e.Id, e.Date, e.HsCode, e.Country, e.PortOfLoading, e.ValueUsd })
            .ToListAsync(ct);
        var assignments = await db.PortProvinces.AsNoTracking().ToListAsync(ct);
        var evidence = new List<OriginEvidence>();
        var unassigned = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in records.Where(r => r.PortOfLoading is not null))
        {
            // The assignment valid on the export's date: ports can be re-assigned (decision 0004).
            var assignment = assignments.Where(a => string.Equals(a.PortName, r.PortOfLoading, StringComparison.OrdinalIgnoreCase) && a.ValidFrom <= r.Date)
                .MaxBy(a => a.ValidFrom);
            if (assignment is null)
            {
                unassigned.Add(r.PortOfLoading!);
            }
            else if (assignment.ProvinceCode != province)
            {
                evidence.Add(new OriginEvidence(r.BusinessId, r.Name, r.Id, r.Date, r.HsCode, r.Country, r.PortOfLoading!, assignment.ProvinceCode, r.ValueUsd));
            }
        }

        var bps = (await new TradeFigures(db).BalanceAsync(province, period.Months[0], period.Months[^1], period.IsYear ? Granularity.Year : Granularity.Month, ct))
            .SingleOrDefault()?.ExportsUsd;
        var total = evidence.Sum(e => e.ValueUsd ?? 0m);
        var (share, note) = bps switch
        {
            null => ((decimal?)null, "no BPS export figure loaded for the period"),
            0m => (null, "the BPS export figure is zero"),
            _ => (Percent.Share(total, bps), null),
        };
        var rows = evidence.GroupBy(e => (e.Hs, e.Country))
            .Select(g => new OriginRow(g.Key.Hs, g.Key.Country, g.Sum(e => e.ValueUsd ?? 0m), g.Count(), g.Select(e => e.BusinessId).Distinct().Count()))
            .OrderByDescending(r => r.ValueUsd).ThenBy(r => r.Hs, StringComparer.Ordinal).ThenBy(r => r.Country, StringComparer.Ordinal).ToList();
        return new OriginEstimate(province, period.ToString(), Label, total, bps, share, note,
            records.Count(r => r.PortOfLoading is null), [.. unassigned], rows, [.. evidence.OrderBy(e => e.Date).ThenBy(e => e.RecordId)]);
    }
}
