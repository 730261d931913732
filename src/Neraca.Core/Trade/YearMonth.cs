using System.Globalization;

namespace Neraca.Trade;

/// <summary>A calendar month, "YYYY-MM". Months compare and step by <see cref="Index"/>.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int Index => (Year * 12) + Month - 1;

    public int Quarter => ((Month - 1) / 3) + 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        var t = text?.Trim() ?? "";
        if (t.Length != 7 || t[4] != '-'
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1900 || y > 2999 || m < 1 || m > 12)
        {
            return false;
        }

        value = new YearMonth(y, m);
        return true;
    }

    /// <exception cref="TradeArgumentException">not a YYYY-MM month.</exception>
    public static YearMonth Parse(string? text, string parameter) => TryParse(text, out var value)
        ? value
        : throw new TradeArgumentException(parameter, $"{parameter} must be a month YYYY-MM (e.g. 2020-01), not '{text}'");

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>A reporting period for rankings: one month ("2020-01") or one calendar year ("2020", Month = 0).</summary>
public readonly record struct TradePeriod(int Year, int Month)
{
    public bool IsYear => Month == 0;

    /// <summary>The months the period is made of, January to December for a year.</summary>
    public IReadOnlyList<YearMonth> Months
    {
        get
        {
            var year = Year;
            return IsYear ? [.. Enumerable.Range(1, 12).Select(m => new YearMonth(year, m))] : [new YearMonth(Year, Month)];
        }
    }

    /// <summary>The period before: the previous month; null for a year (a year has no month-on-month).</summary>
    public TradePeriod? Previous => IsYear ? null : From(new YearMonth(Year, Month).AddMonths(-1));

    public TradePeriod YearEarlier => this with { Year = Year - 1 };

    public static TradePeriod From(YearMonth month) => new(month.Year, month.Month);

    /// <exception cref="TradeArgumentException">neither YYYY nor YYYY-MM.</exception>
    public static TradePeriod Parse(string? text, string parameter)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1900 && y <= 2999)
        {
            return new TradePeriod(y, 0);
        }

        return YearMonth.TryParse(t, out var m)
            ? From(m)
            : throw new TradeArgumentException(parameter, $"{parameter} must be a month YYYY-MM or a year YYYY, not '{text}'");
    }

    public override string ToString() => IsYear
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : new YearMonth(Year, Month).ToString();
}

/// <summary>A bad parameter (period order, unknown province, malformed period): the CLI exits 2, the API answers 400.</summary>
public sealed class TradeArgumentException(string parameter, string message) : ArgumentException(message, parameter)
{
    public string Parameter { get; } = parameter;

    /// <summary>The message without the "(Parameter ...)" suffix, for stderr and ProblemDetails.</summary>
    public string Reason { get; } = message;

    /// <summary>The same reason in Bahasa Indonesia, when the thrower gives one (<see cref="Common.Parameters"/> does).</summary>
    public string? ReasonId { get; init; }

    /// <summary>The reason in the reader's language: Indonesian unless the culture is English.</summary>
    public string ReasonFor(System.Globalization.CultureInfo culture) =>
        ReasonId is not null && !string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? ReasonId : Reason;
}
