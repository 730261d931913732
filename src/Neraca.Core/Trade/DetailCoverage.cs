using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

/// <summary>
/// The one coverage rule for detail, shared by the figures engine (balance and rankings) and the commodity analyses
/// (docs/decisions/0012). A flow × month (0 = annual) has detail for a province when an active detail scope of that
/// province exists, or when it was loaded from a national file: one active batch holding detail for several provinces
/// in that flow × month (built from all ports), where a province without facts traded nothing (zero, not "no data").
/// For Indonesia (province null) any province's detail counts. Anything else is "no data" (null), never zero.
/// </summary>
public sealed class DetailCoverage
{
    private readonly HashSet<(Flow, int, int, short)> slices = [];
    private readonly HashSet<(Flow, int, int)> anyProvince = [];
    private readonly Dictionary<(Flow, int, int), string[]> national = [];

    /// <param name="loaded">Every flow × year × month × province with active detail.</param>
    /// <param name="nationalChapters">Flow × months loaded from a national file, with the HS chapters that file holds ("" = unspecified).</param>
    public DetailCoverage(
        IEnumerable<(Flow Flow, int Year, int Month, short Province)> loaded,
        IEnumerable<(Flow Flow, int Year, int Month, string Hs2)>? nationalChapters = null)
    {
        foreach (var (flow, year, month, province) in loaded)
        {
            slices.Add((flow, year, month, province));
            anyProvince.Add((flow, year, month));
        }

        foreach (var g in (nationalChapters ?? []).GroupBy(n => (n.Flow, n.Year, n.Month)))
        {
            national[g.Key] = [.. g.Select(n => n.Hs2).Distinct().Order(StringComparer.Ordinal)];
            anyProvince.Add(g.Key);
        }
    }

    /// <summary>Whether <paramref name="flow"/> in the month (0 = annual) has detail for the province (null = Indonesia).</summary>
    public bool Has(Flow flow, int year, int month, short? province) => province is short p
        ? slices.Contains((flow, year, month, p)) || national.ContainsKey((flow, year, month))
        : anyProvince.Contains((flow, year, month));

    /// <summary>The chapters of the national file loaded for the flow × month (null when none was): what a zero from it covers.</summary>
    public IReadOnlyList<string>? NationalChapters(Flow flow, int year, int month) => national.GetValueOrDefault((flow, year, month));

    /// <summary>Every flow × month loaded from a national file, with its chapters.</summary>
    public IEnumerable<(Flow Flow, int Year, int Month, IReadOnlyList<string> Chapters)> NationalMonths =>
        national.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, (IReadOnlyList<string>)kv.Value));

    /// <summary>Coverage of a year range from the month totals already read and the importer's national-file months.</summary>
    internal static async Task<DetailCoverage> LoadAsync(DbConnection connection, IEnumerable<MonthTotalRow> totals, int fromYear, int toYear, CancellationToken ct)
    {
        var national = new List<(Flow, int, int, string)>();
        await using var command = Sql.Command(connection, null, NationalQuery, ("@y0", (short)fromYear), ("@y1", (short)toYear));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var (flow, year, month) = ((Flow)Db.Int(r, 0), Db.Int(r, 1), Db.Int(r, 2));
            national.AddRange(r.GetString(3).Split(',').Select(hs2 => (flow, year, month, hs2)));
        }

        return new DetailCoverage(totals.Where(t => t.Basis == Basis.Detail).Select(t => (t.Flow, t.Year, t.Month, t.Province)), national);
    }

    /// <summary>Flow × months loaded from a national file, kept by the importer (<c>NationalDetailWriter</c>).</summary>
    private const string NationalQuery = "SELECT flow, year, month, hs2_covered FROM national_detail WHERE year >= @y0 AND year <= @y1";
}
