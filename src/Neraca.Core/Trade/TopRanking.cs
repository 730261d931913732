using Neraca.Common;
using Neraca.Reference;

namespace Neraca.Trade;

/// <summary>Ranks member values, labels them in both languages and computes shares, changes, "peranan" and the rest.</summary>
internal sealed class TopRanking(TopBy by, Dictionary<(string, string), string> hsLabels, string language)
{
    public const string UnspecifiedId = "Tidak dirinci";
    public const string UnspecifiedEn = "Unspecified";

    private static readonly Dictionary<string, (string Id, string En)> GroupNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ASEAN"] = ("ASEAN", "ASEAN"),
        ["EU"] = ("Uni Eropa", "European Union"),
        ["RCEP"] = ("RCEP", "RCEP"),
        ["G20"] = ("G20", "G20"),
    };

    public TopResult Build(TopResult header, PeriodValues? current, PeriodValues? previous, PeriodValues? yearAgo, int n)
    {
        if (current is null)
        {
            return header;
        }

        var top = current.Values
            .Where(kv => kv.Value != 0m)
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(n)
            .ToList();
        var rows = top.Select((kv, i) => Row(kv.Key, kv.Value, i + 1, current, previous, yearAgo)).ToList();
        var topUsd = by == TopBy.Group ? current.Union([.. top.Select(kv => kv.Key)]) : top.Sum(kv => kv.Value);
        var topShare = Percent.Share(topUsd, current.Total);
        return header with
        {
            Source = FigureSource.Detail,
            Basis = current.Basis,
            Rows = rows,
            TopUsd = topUsd,
            TopSharePct = topShare,
            RestUsd = current.Total - topUsd,
            RestSharePct = topShare is decimal s ? 100m - s : null,
            TotalUsd = current.Total,
            UnspecifiedUsd = by == TopBy.Group ? null : current.Values.Where(kv => IsUnspecified(kv.Key)).Sum(kv => kv.Value),
        };
    }

    private TopRow Row(string key, decimal usd, int rank, PeriodValues current, PeriodValues? previous, PeriodValues? yearAgo)
    {
        var (id, en) = Label(key, current.Names.GetValueOrDefault(key));
        return new TopRow
        {
            Key = key,
            Label = Language.IsIndonesian(language) ? id : en,
            LabelId = id,
            LabelEn = en,
            ValueUsd = usd,
            SharePct = Percent.Share(usd, current.Total),
            MomPct = Change(key, usd, previous),
            YoyPct = Change(key, usd, yearAgo),
            Rank = rank,
            Unspecified = IsUnspecified(key),
        };
    }

    /// <summary>
    /// Like for like: over the chapters loaded in both periods (the base carries them when they are fewer); an HS member
    /// whose chapter is not loaded in the base has no base.
    /// </summary>
    private static decimal? Change(string key, decimal usd, PeriodValues? basePeriod)
    {
        if (basePeriod is null || (basePeriod.BasisHs2 is not null && basePeriod.CurrentOnBasis is null && !basePeriod.Values.ContainsKey(key)))
        {
            return null;
        }

        var value = basePeriod.CurrentOnBasis is { } current ? current.Values.GetValueOrDefault(key) : usd;
        return Percent.Change(value, basePeriod.Values.GetValueOrDefault(key));
    }

    /// <summary>No HS code / country / port, or an HS code reported with fewer digits than the ranking asks for.</summary>
    private bool IsUnspecified(string key) => key.Length == 0 || (IsHs && key.Length < TradeFigures.Digits(by));

    private bool IsHs => by is TopBy.Hs2 or TopBy.Hs4 or TopBy.Hs6 or TopBy.Hs8;

    private (string Id, string En) Label(string key, string? storedName)
    {
        if (key.Length == 0)
        {
            return (UnspecifiedId, UnspecifiedEn);
        }

        return by switch
        {
            TopBy.Hs2 => (HsChapters.Title(key, "id") ?? key, HsChapters.Title(key, "en") ?? key),
            TopBy.Hs4 or TopBy.Hs6 or TopBy.Hs8 => HsLabel(key),
            TopBy.Country => CountryLabel(key, storedName),
            TopBy.Group => GroupNames.TryGetValue(key, out var g) ? g : (key, key),
            _ => (key, key),
        };
    }

    private (string Id, string En) HsLabel(string key)
    {
        if (key.Length < TradeFigures.Digits(by))
        {
            var chapter = HsChapters.Get(key);
            return ($"{key} {chapter?.TitleId} ({UnspecifiedId.ToLowerInvariant()})".Trim(), $"{key} {chapter?.TitleEn} ({UnspecifiedEn.ToLowerInvariant()})".Trim());
        }

        var id = hsLabels.GetValueOrDefault((key, "id"));
        var en = hsLabels.GetValueOrDefault((key, "en"));
        var fallback = HsChapters.Get(key);
        return (id ?? en ?? fallback?.TitleId ?? key, en ?? id ?? fallback?.TitleEn ?? key);
    }

    /// <summary>A recognised country gets its CLDR name; an unrecognised one keeps the name as the file gave it.</summary>
    private static (string Id, string En) CountryLabel(string key, string? storedName) =>
        CountryNames.Get(key) is { } info ? (info.NameId, info.NameEn) : (storedName ?? key, storedName ?? key);
}
