using System.Globalization;
using Neraca.Trade;

namespace Neraca.Common;

/// <summary>
/// The one parser of the query parameters that the CLI, the trade and commodity endpoints and the dashboard share:
/// period, province, flow, top N, year, date, language, and a choice among words. Same wording and leniency everywhere: surrounding
/// spaces and letter case are ignored, a blank optional value means its default, anything else wrong is a
/// <see cref="TradeArgumentException"/> naming the parameter as the caller spells it (`--province` or `province`),
/// with the reason in English and Indonesian.
/// </summary>
public static class Parameters
{
    public const int DefaultTopN = 10;

    /// <summary>A province filter: none, blank or 0 = Indonesia (null); 99 = unspecified; else a real BPS province.</summary>
    public static short? Province(string? text, string name = "province")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return ProvinceCode.Parse(text, ProvinceKinds.Query, name).QueryValue;
        }
        catch (TradeArgumentException ex)
        {
            throw new TradeArgumentException(name, ex.Reason)
            {
                ReasonId = $"{name}: '{text.Trim()}' bukan kode provinsi BPS (mis. 18 = Lampung; 0 atau kosong = Indonesia)",
            };
        }
    }

    /// <summary>A month or a year (`YYYY-MM` or `YYYY`).</summary>
    public static TradePeriod Period(string? text, string name = "period")
    {
        try
        {
            return TradePeriod.Parse(text, name);
        }
        catch (TradeArgumentException ex) when (ex.ReasonId is null)
        {
            throw new TradeArgumentException(name, ex.Reason) { ReasonId = $"{name} harus berupa bulan YYYY-MM atau tahun YYYY, bukan '{text}'" };
        }
    }

    /// <summary>`export` or `import`; <paramref name="fallback"/> when the value is absent (null means it is required).</summary>
    public static Flow Flow(string? text, string name = "flow", Flow? fallback = null) =>
        string.IsNullOrWhiteSpace(text) && fallback is Flow f
            ? f
            : Choice(text, name, "export", "import") == "export" ? Common.Flow.Export : Common.Flow.Import;

    /// <summary>How many rows a ranking shows: 1 to <see cref="TradeFigures.MaxTopN"/>; absent = <see cref="DefaultTopN"/>.</summary>
    public static int TopN(string? text, string name = "n")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultTopN;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= TradeFigures.MaxTopN)
        {
            return n;
        }

        throw new TradeArgumentException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from 1 to {TradeFigures.MaxTopN}, not '{text}'"))
        {
            ReasonId = string.Create(CultureInfo.InvariantCulture, $"{name} harus bilangan bulat 1 sampai {TradeFigures.MaxTopN}, bukan '{text}'"),
        };
    }

    /// <summary>
    /// How many rows a ranking of another size shows: 1 to <paramref name="max"/>; absent = <paramref name="fallback"/>.
    /// </summary>
    public static int TopN(string? text, string name, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max)
        {
            return n;
        }

        throw new TradeArgumentException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from 1 to {max}, not '{text}'"))
        {
            ReasonId = string.Create(CultureInfo.InvariantCulture, $"{name} harus bilangan bulat 1 sampai {max}, bukan '{text}'"),
        };
    }

    /// <summary>A calendar year (`2024`); absent = <paramref name="fallback"/>. Its range is the rule's that uses it.</summary>
    public static int Year(string? text, string name, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : throw new TradeArgumentException(name, $"{name} must be a year such as 2024, not '{text}'") { ReasonId = $"{name} harus tahun seperti 2024, bukan '{text}'" };
    }

    /// <summary>A day `YYYY-MM-DD`; absent = <paramref name="fallback"/>, or an error when there is none (required).</summary>
    public static DateOnly Date(string? text, string name, DateOnly? fallback = null)
    {
        if (string.IsNullOrWhiteSpace(text) && fallback is DateOnly f)
        {
            return f;
        }

        return DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new TradeArgumentException(name, $"{name} must be a date YYYY-MM-DD, not '{text}'") { ReasonId = $"{name} harus tanggal YYYY-MM-DD, bukan '{text}'" };
    }

    /// <summary>`id` or `en` (a culture name such as `en-US` or `id-ID` counts as its language); absent = `id`.</summary>
    public static string Language(string? text, string name = "lang")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "id";
        }

        var v = text.Trim();
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return Choice(dash > 0 ? v[..dash] : v, name, "id", "en");
    }

    /// <summary>One of <paramref name="allowed"/> (lower case), ignoring case and surrounding spaces.</summary>
    /// <exception cref="TradeArgumentException">anything else, absent included.</exception>
    public static string Choice(string? value, string name, params string[] allowed)
    {
        var v = (value ?? "").Trim().ToLowerInvariant();
        if (Array.IndexOf(allowed, v) >= 0)
        {
            return v;
        }

        var options = string.Join("|", allowed);
        throw new TradeArgumentException(name, $"{name} must be {options}, not '{value}'") { ReasonId = $"{name} harus salah satu dari {options}, bukan '{value}'" };
    }
}
