using Neraca.Common;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>
/// The report's sentences in BPS's wording, from the figures engine's values: "naik"/"turun"/"tetap" by the sign of the
/// rounded change (the one the table shows), surplus/defisit by the balance as printed, no percentage on a zero base,
/// and a plain sentence instead of any figure the data cannot give.
/// </summary>
public static class ReportNarrative
{
    /// <summary>The headline sentences of <paramref name="row"/> (the report month's balance row).</summary>
    public static IReadOnlyList<string> Headline(BalanceRow row, YearMonth month, string place, ReportWords w)
    {
        var sentences = new List<string>();
        var previous = w.Month(month.AddMonths(-1));
        var yearAgo = w.Month(month.AddMonths(-12));
        foreach (var flow in new[] { Flow.Export, Flow.Import })
        {
            var export = flow == Flow.Export;
            var value = export ? row.ExportsUsd : row.ImportsUsd;
            var name = export ? w.T("ekspor", "exports") : w.T("impor", "imports");
            if (value is not decimal usd)
            {
                continue; // the balance sentence says which flow is not yet available
            }

            var mom = export ? (row.ExportsMomPct, row.ExportsMomReason, row.ExportsMomBasisHs2) : (row.ImportsMomPct, row.ImportsMomReason, row.ImportsMomBasisHs2);
            var yoy = export ? (row.ExportsYoyPct, row.ExportsYoyReason, row.ExportsYoyBasisHs2) : (row.ImportsYoyPct, row.ImportsYoyReason, row.ImportsYoyBasisHs2);
            sentences.Add(w.T($"Nilai {name} {place} {w.Month(month)} mencapai {w.Usd(usd)}", $"{place}'s {name} in {w.Month(month)} reached {w.Usd(usd)}")
                + Change(mom.Item1, previous, w) + Basis(mom.Item3, w) + ".");
            AddIfAny(sentences, WhyNoChange(mom.Item1, mom.Item2, previous, w));
            if (yoy.Item1 is decimal yoyPct)
            {
                sentences.Add(w.T($"Dibanding {yearAgo}, nilai {name} ", $"Compared with {yearAgo}, {name} were ") + Direction(yoyPct, w) + Basis(yoy.Item3, w) + ".");
            }
            else
            {
                AddIfAny(sentences, WhyNoChange(null, yoy.Item2, yearAgo, w));
            }
        }

        sentences.Add(Balance(row, month, place, w));
        if (month.Month > 1)
        {
            AddCumulative(sentences, row, month, w);
        }

        return sentences;
    }

    /// <summary>"surplus US$61,53 juta" / "a surplus of US$61.53 million"; balanced when it prints as 0,00; null without imports or exports.</summary>
    public static string Balance(BalanceRow row, YearMonth month, string place, ReportWords w)
    {
        if (row.BalanceUsd is not decimal balance)
        {
            var missing = row.ImportsUsd is null ? w.T("impor", "Imports") : w.T("ekspor", "Exports");
            return w.T($"Data {missing} {w.Month(month)} belum tersedia, sehingga neraca perdagangan belum dapat dihitung.",
                $"{missing} for {w.Month(month)} are not yet available, so the trade balance cannot be computed yet.");
        }

        var printed = Percent.Round(ReportWords.Million(balance));
        return printed switch
        {
            > 0m => w.T($"Neraca perdagangan {place} {w.Month(month)} surplus {w.Usd(balance)}.",
                $"{place}'s trade balance in {w.Month(month)} showed a surplus of {w.Usd(balance)}."),
            < 0m => w.T($"Neraca perdagangan {place} {w.Month(month)} defisit {w.Usd(-balance)}.",
                $"{place}'s trade balance in {w.Month(month)} showed a deficit of {w.Usd(-balance)}."),
            _ => w.T($"Neraca perdagangan {place} {w.Month(month)} seimbang.", $"{place}'s trade balance in {w.Month(month)} was balanced."),
        };
    }

    /// <summary>", turun 27,03 persen dibanding Desember 2019" / ", down 27.03 percent from December 2019"; "" without a change.</summary>
    public static string Change(decimal? pct, string baseLabel, ReportWords w) => pct is decimal p
        ? ", " + Direction(p, w) + w.T(" dibanding ", " from ") + baseLabel
        : "";

    /// <summary>"naik 5,00 persen" / "up 5.00 percent"; "tetap" / "unchanged" when the change prints as 0,00.</summary>
    public static string Direction(decimal pct, ReportWords w) => Percent.Round(pct) switch
    {
        > 0m => w.T("naik ", "up ") + w.Percent(pct),
        < 0m => w.T("turun ", "down ") + w.Percent(pct),
        _ => w.T("tetap", "unchanged"),
    };

    /// <summary>Why a change is not given, as a sentence; none for a zero base (a change from zero is no percentage) or when it is given.</summary>
    public static string? WhyNoChange(decimal? pct, string? reason, string baseLabel, ReportWords w) => pct is not null ? null : reason switch
    {
        LikeForLike.NoBase => w.T($"Data {baseLabel} belum tersedia, sehingga perubahan terhadap {baseLabel} tidak dihitung.",
            $"Data for {baseLabel} are not available, so the change from {baseLabel} is not computed."),
        LikeForLike.BasisDiffers or LikeForLike.NoCommonChapters => w.T(
            $"Data {baseLabel} berasal dari sumber yang tidak sebanding, sehingga perubahan terhadap {baseLabel} tidak dihitung.",
            $"The data for {baseLabel} come from a source that is not comparable, so the change from {baseLabel} is not computed."),
        _ => null,
    };

    private static string Basis(IReadOnlyList<string>? basis, ReportWords w) => basis is null
        ? ""
        : w.T($" (dibandingkan atas {basis.Count} golongan barang HS yang tersedia pada kedua periode)",
            $" (compared over the {basis.Count} HS chapters loaded in both periods)");

    private static void AddCumulative(List<string> sentences, BalanceRow row, YearMonth month, ReportWords w)
    {
        var span = w.YearToDate(month);
        var lastYear = (month.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (usd, pct, name) in new[] { (row.ExportsCumUsd, row.ExportsCumYoyPct, w.T("ekspor", "exports")), (row.ImportsCumUsd, row.ImportsCumYoyPct, w.T("impor", "imports")) })
        {
            if (usd is decimal value)
            {
                var change = pct is decimal p ? w.T(", " + Direction(p, w) + " dibanding periode yang sama tahun " + lastYear, ", " + Direction(p, w) + " on the same period of " + lastYear) : "";
                sentences.Add(w.T($"Secara kumulatif, nilai {name} {span} mencapai {w.Usd(value)}", $"Cumulatively, {name} in {span} reached {w.Usd(value)}") + change + ".");
            }
        }
    }

    /// <summary>The largest member of a ranking and the top-N share, e.g. the first HS chapter of exports.</summary>
    public static IReadOnlyList<string> Ranking(TopResult top, string lead, string totalName, ReportWords w)
    {
        if (top.Rows.Count == 0 || top.Rows[0].ValueUsd is not decimal first)
        {
            return [];
        }

        var row = top.Rows[0];
        var label = top.By == "hs2" ? $"{(w.Indonesian ? row.LabelId : row.LabelEn)} (HS {row.Key})" : w.Indonesian ? row.LabelId : row.LabelEn;
        var share = row.SharePct is decimal s ? w.T($" atau {w.Percent(s)} dari total {totalName}", $", {w.Percent(s)} of total {totalName}") : "";
        var sentences = new List<string> { $"{lead} {label}" + w.T(" senilai ", " with ") + w.Usd(first) + share + "." };
        if (top.Rows.Count > 1 && top.TopSharePct is decimal peranan)
        {
            sentences.Add(w.T($"Peranan {top.Rows.Count} teratas terhadap total {totalName} mencapai {w.Percent(peranan)}.",
                $"The top {top.Rows.Count} together account for {w.Percent(peranan)} of total {totalName}."));
        }

        return sentences;
    }

    private static void AddIfAny(List<string> sentences, string? sentence)
    {
        if (sentence is not null)
        {
            sentences.Add(sentence);
        }
    }
}
