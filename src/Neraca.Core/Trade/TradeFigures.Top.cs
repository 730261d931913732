using System.Data.Common;
using System.Globalization;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

public sealed partial class TradeFigures
{
    public const int MaxTopN = 1000;

    /// <summary>
    /// The top <paramref name="n"/> members of a breakdown for one month or one year, with shares, changes and the
    /// combined share of the top N ("peranan"). Built from detail only; a period without detail has no rows and null totals.
    /// </summary>
    /// <param name="language">"id" (default) or "en" for <see cref="TopRow.Label"/>; both are always in LabelId/LabelEn.</param>
    /// <exception cref="TradeArgumentException">an unknown province or n outside 1..<see cref="MaxTopN"/>.</exception>
    public async Task<TopResult> TopAsync(TopBy by, Flow flow, TradePeriod period, short? province, int n = 10, string language = "id", CancellationToken ct = default)
    {
        var p = CheckProvince(province);
        if (n < 1 || n > MaxTopN)
        {
            throw new TradeArgumentException("n", string.Create(CultureInfo.InvariantCulture, $"--n must be between 1 and {MaxTopN}, not {n}"));
        }

        return await CachedAsync(Key("top", by, flow, period, p, n, language), async c =>
        {
            var scopes = await MonthTotalsQuery.RunAsync(c, period.Year - 1, period.Year, p ?? -1, ct);
            var coverage = await DetailCoverage.LoadAsync(c, scopes, period.Year - 1, period.Year, ct);
            var labels = by is TopBy.Hs4 or TopBy.Hs6 or TopBy.Hs8
                ? await BreakdownQueries.LabelsAsync(c, Digits(by), ct)
                : [];
            var current = await ValuesAsync(c, by, flow, period, p, coverage, ct);
            var previous = period.Previous is { } prev ? await ValuesAsync(c, by, flow, prev, p, coverage, ct) : null;
            var yearAgo = await ValuesAsync(c, by, flow, period.YearEarlier, p, coverage, ct);
            var header = new TopResult
            {
                By = by.ToString().ToLowerInvariant(),
                Flow = flow.ToString().ToLowerInvariant(),
                Period = period.ToString(),
                Province = p,
                Rows = [],
            };
            return new TopRanking(by, labels, language).Build(header, current, previous, yearAgo, n);
        }, ct);
    }

    internal static int Digits(TopBy by) => by switch
    {
        TopBy.Hs4 => 4,
        TopBy.Hs6 => 6,
        TopBy.Hs8 => 8,
        _ => 2,
    };

    /// <summary>Member values of a period, or null when the period has no detail loaded for the flow.</summary>
    private static async Task<PeriodValues?> ValuesAsync(DbConnection c, TopBy by, Flow flow, TradePeriod period, short? p, DetailCoverage coverage, CancellationToken ct)
    {
        string basis;
        BreakdownFilter filter;
        if (period.Months.All(m => coverage.Has(flow, m.Year, m.Month, p)))
        {
            basis = "monthly";
            filter = new BreakdownFilter(flow, period.Year, period.Months[0].Month, period.Months[^1].Month, p ?? -1);
        }
        else if (period.IsYear && coverage.Has(flow, period.Year, 0, p))
        {
            basis = "annual";
            filter = new BreakdownFilter(flow, period.Year, 0, 0, p ?? -1);
        }
        else
        {
            return null;
        }

        var rows = await BreakdownQueries.RunAsync(c, by, filter, ct);
        return PeriodValues.From(by, period.Year, rows, basis);
    }
}

/// <summary>
/// Member values of one period: key → US$, plus the stored names met. For groups, each month's countries are counted in
/// the groups they belong to on that month's last day (an annual figure: on 31 December), and the per-country values
/// are kept so the union of several groups can be measured.
/// </summary>
internal sealed class PeriodValues
{
    public Dictionary<string, decimal> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    public decimal Total { get; private set; }
    public string Basis { get; private init; } = "";

    /// <summary>Groups only: (group, member country values on their months) to sum unions without double counting.</summary>
    public List<(DateOnly Date, string Iso2, decimal Usd)> CountryMonths { get; } = [];

    public static PeriodValues From(TopBy by, int year, List<BreakdownRow> rows, string basis)
    {
        var values = new PeriodValues { Basis = basis };
        foreach (var row in rows)
        {
            var usd = Money.FromMilli(row.ValueMilli);
            values.Total += usd;
            if (by == TopBy.Group)
            {
                values.AddToGroups(row, year, usd);
                continue;
            }

            values.Values[row.Key] = values.Values.GetValueOrDefault(row.Key) + usd;
            if (row.Name is { Length: > 0 } name)
            {
                values.Names.TryAdd(row.Key, name);
            }
        }

        return values;
    }

    private void AddToGroups(BreakdownRow row, int year, decimal usd)
    {
        if (row.Code is not { } iso2)
        {
            return;
        }

        var date = row.Month == 0 ? new DateOnly(year, 12, 31) : new YearMonth(year, row.Month).LastDay;
        CountryMonths.Add((date, iso2, usd));
        foreach (var group in CountryGroups.Codes)
        {
            if (CountryGroups.IsMember(group, iso2, date))
            {
                Values[group] = Values.GetValueOrDefault(group) + usd;
            }
        }
    }

    /// <summary>The value of the countries in at least one of <paramref name="groups"/>, each counted once.</summary>
    public decimal Union(IReadOnlyCollection<string> groups) =>
        CountryMonths.Where(c => groups.Any(g => CountryGroups.IsMember(g, c.Iso2, c.Date))).Sum(c => c.Usd);
}
