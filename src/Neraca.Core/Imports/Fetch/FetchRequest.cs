using System.Globalization;
using Neraca.Common;

namespace Neraca.Imports.Fetch;

/// <summary>
/// One call of the BPS WebAPI `dataexim` endpoint: a flow, a year, monthly or annual, one HS chapter at 2-digit or full
/// (8-digit) level. The API answers a whole year per call (monthly rows carry `bulan`), so a fetch works in years.
/// Parameter names are the API's own (../shared/data/bps/webapi/README.md): sumber 1 = exports, 2 = imports;
/// periode 1 = monthly, 2 = annual; jenishs 1 = two-digit chapter, 2 = full HS code; kodehs the chapter; tahun the year.
/// </summary>
public sealed record FetchRequest(Flow Flow, int Year, bool Monthly, string Chapter, int HsLevel)
{
    /// <summary>The months of <see cref="Year"/> the fetch wants from this call (month 0 = the annual figure).</summary>
    public IReadOnlyList<int> Months { get; init; } = Monthly ? [.. Enumerable.Range(1, 12)] : [0];

    /// <summary>The query without the key, as stored and logged.</summary>
    public string Query => string.Create(CultureInfo.InvariantCulture,
        $"sumber={(Flow == Flow.Export ? 1 : 2)}&periode={(Monthly ? 1 : 2)}&kodehs={Chapter}&jenishs={(HsLevel == 2 ? 1 : 2)}&tahun={Year}");

    /// <summary>The URL as stored and shown: the key is never part of it.</summary>
    public string RedactedUrl(Uri baseUrl) => new Uri(baseUrl, "dataexim/?" + Query + "&key=***").ToString();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{FlowNames.Of(Flow)} {Year} {(Monthly ? "monthly" : "annual")} HS {Chapter} ({HsLevel}-digit)");

    /// <summary>The HS chapters BPS publishes (01–97; 77 is reserved in the Harmonized System).</summary>
    public static IReadOnlyList<string> AllChapters { get; } =
        [.. Enumerable.Range(1, 97).Where(c => c != 77).Select(c => c.ToString("D2", CultureInfo.InvariantCulture))];

    /// <summary>Every request of a fetch: each year the months touch × flow × chapter, wanting the months in range.</summary>
    public static IReadOnlyList<FetchRequest> Plan(Trade.YearMonth first, Trade.YearMonth last, IReadOnlyList<Flow> flows, bool monthly, int hsLevel, IReadOnlyList<string> chapters) =>
        [.. from year in Enumerable.Range(first.Year, last.Year - first.Year + 1)
            from flow in flows
            from chapter in chapters
            select new FetchRequest(flow, year, monthly, chapter, hsLevel)
            {
                Months = monthly
                    ? [.. Enumerable.Range(1, 12).Where(m => new Trade.YearMonth(year, m) >= first && new Trade.YearMonth(year, m) <= last)]
                    : [0],
            }];
}
