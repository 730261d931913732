using System.Globalization;
using Neraca.Common;
using Neraca.Trade;

namespace Neraca.Web.Features.Dashboard;

/// <summary>A ranking table on the dashboard and its download links.</summary>
public sealed record TopTableView(string Id, string Title, string KeyHeader, TopResult? Result, string CsvUrl, string XlsxUrl);

/// <summary>Display helpers for the dashboard: amounts, changes with arrows and colours (CSS classes), month names.</summary>
public static class DashboardView
{
    public static string Usd(decimal? value, CultureInfo culture) =>
        value is decimal v ? Formatting.Usd(v, culture) : Formatting.NotAvailable(culture);

    /// <summary>US$ in millions with 2 decimals, as BPS prints them ("206,31").</summary>
    public static string Millions(decimal? value, CultureInfo culture) =>
        value is decimal v ? Formatting.Number(v / 1_000_000m, 2, culture) : Formatting.NotAvailable(culture);

    public static string Pct(decimal? value, CultureInfo culture) => Formatting.Percent(value, culture);

    /// <summary>"change--up", "change--down", "change--flat" or "change--na" (no base).</summary>
    public static string ChangeClass(decimal? pct) => pct switch
    {
        null => "change--na",
        > 0 => "change--up",
        < 0 => "change--down",
        _ => "change--flat",
    };

    public static string Arrow(decimal? pct) => pct switch
    {
        > 0 => "▲",
        < 0 => "▼",
        _ => "",
    };

    public static string Month(YearMonth month, CultureInfo culture) =>
        new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", culture);

    public static string ShortMonth(YearMonth month, CultureInfo culture) =>
        new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMM yyyy", culture);

    /// <summary>
    /// The changes of a balance row compared over fewer chapters than loaded (docs/decisions/0014), as text keys of the
    /// flow and the change with the chapters compared: the dashboard's footnote.
    /// </summary>
    public static IEnumerable<(string FlowKey, string ChangeKey, string Chapters)> BasisLines(BalanceRow row)
    {
        (string, string, IReadOnlyList<string>?)[] all =
        [
            ("flow.Export", "trade.col.mom", row.ExportsMomBasisHs2), ("flow.Export", "trade.col.yoy", row.ExportsYoyBasisHs2),
            ("flow.Export", "dashboard.basis.cum", row.ExportsCumYoyBasisHs2), ("flow.Import", "trade.col.mom", row.ImportsMomBasisHs2),
            ("flow.Import", "trade.col.yoy", row.ImportsYoyBasisHs2), ("flow.Import", "dashboard.basis.cum", row.ImportsCumYoyBasisHs2),
        ];
        return all.Where(b => b.Item3 is not null).Select(b => (b.Item1, b.Item2, string.Join(", ", b.Item3!)));
    }

    /// <summary>Whether a change of the row is n/a because a published total met detailed data.</summary>
    public static bool BasisDiffers(BalanceRow row) =>
        new[] { row.ExportsMomReason, row.ExportsYoyReason, row.ExportsCumYoyReason, row.ImportsMomReason, row.ImportsYoyReason, row.ImportsCumYoyReason }
            .Contains(LikeForLike.BasisDiffers, StringComparer.Ordinal);

    /// <summary>The chapters a ranking's changes compared when fewer than loaded, "" when none.</summary>
    public static string TopBasis(TopResult result) =>
        string.Join(", ", (result.MomBasisHs2 ?? []).Concat(result.YoyBasisHs2 ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static string Invariant(decimal? value) => value is decimal v ? TradeFormat.Usd(v) : "";
}
