using System.Globalization;
using Neraca.Reference;

namespace Neraca.Markets;

/// <summary>
/// BACI's numeric country codes: ISO 3166-1 numeric, except a few UN Comtrade reporter codes that differ (France 251,
/// Italy 381, Norway 579, India 699, Switzerland 757, USA 842) and 490 "Other Asia, n.e.s." (Taiwan in practice).
/// </summary>
internal static class BaciCountries
{
    private static readonly Dictionary<int, string> Exceptions = new()
    {
        [251] = "FR",
        [381] = "IT",
        [579] = "NO",
        [699] = "IN",
        [757] = "CH",
        [842] = "US",
        [490] = "TW",
    };

    private static readonly Lazy<Dictionary<int, string>> Numeric = new(() =>
        EmbeddedCsv.Read("iso_numeric.csv", r => (Code: int.Parse(r.Field("numeric"), NumberStyles.None, CultureInfo.InvariantCulture), Iso2: r.Field("alpha2")))
            .ToDictionary(x => x.Code, x => x.Iso2));

    public static string? ToIso2(int code) => Exceptions.GetValueOrDefault(code) ?? Numeric.Value.GetValueOrDefault(code);

    public static string Iso2(ReferenceRow r, string column)
    {
        var v = r.Text(column);
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && ToIso2(code) is { } iso2)
        {
            return iso2;
        }

        r.Error(column, $"'{v}' is not a BACI country code (ISO 3166 numeric)");
        return "";
    }
}
