using System.Globalization;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Common;

/// <summary>Which codes a use of a province code accepts besides the real provinces.</summary>
[Flags]
public enum ProvinceKinds
{
    /// <summary>A real province (11 Aceh … 97 Papua Pegunungan).</summary>
    Province = 1,

    /// <summary>0 = Indonesia as a whole (queries: "none or 0 = Indonesia").</summary>
    National = 2,

    /// <summary>99 = the data do not say which province (ports without a province).</summary>
    Unspecified = 4,

    /// <summary>What a query of the figures accepts: a province, 0 (Indonesia) or 99 (unspecified).</summary>
    Query = Province | National | Unspecified,

    /// <summary>What a stored row may carry.</summary>
    Any = Province | National | Unspecified,
}

/// <summary>
/// A BPS province code, valid by construction: the one place that knows which numbers are provinces and what 0 and 99
/// mean (issue 12: the rule lived in a dozen places in five variants, so `import --province 77` stored data nothing could
/// read). Every parse of user input goes through <see cref="Parse"/> or <see cref="TryParse"/> with the kinds the use
/// accepts; code elsewhere asks <see cref="IsNationalCode"/> / <see cref="IsUnspecifiedCode"/> instead of comparing with
/// literals (a test scans the sources for that).
/// </summary>
public readonly record struct ProvinceCode
{
    private const short NationalValue = 0;
    private const short UnspecifiedValue = 99;

    private ProvinceCode(short value) => Value = value;

    public short Value { get; }

    public static ProvinceCode National { get; } = new(NationalValue);

    public static ProvinceCode Unspecified { get; } = new(UnspecifiedValue);

    public bool IsNational => Value == NationalValue;

    public bool IsUnspecified => Value == UnspecifiedValue;

    /// <summary>A real province (neither Indonesia nor unspecified).</summary>
    public bool IsProvince => !IsNational && !IsUnspecified;

    public string Name
    {
        get
        {
            var value = Value;
            return Array.Find(Provinces.All, p => p.Code == value)!.Name;
        }
    }

    /// <summary>For the figures engine: Indonesia is "no province filter" (null).</summary>
    public short? QueryValue => IsNational ? null : Value;

    public static bool IsNationalCode(short code) => code == NationalValue;

    public static bool IsUnspecifiedCode(short code) => code == UnspecifiedValue;

    public static bool IsProvinceCode(short code) => IsKnown(code) && !IsNationalCode(code) && !IsUnspecifiedCode(code);

    public static bool IsKnown(short code) => Array.Exists(Provinces.All, p => p.Code == code);

    /// <summary>The provinces a list offers for <paramref name="allowed"/> (e.g. a form's select).</summary>
    public static IEnumerable<Province> Choices(ProvinceKinds allowed) =>
        Provinces.All.Where(p => Allows(p.Code, allowed));

    public static bool TryFrom(short code, ProvinceKinds allowed, out ProvinceCode province)
    {
        province = new ProvinceCode(code);
        return Allows(code, allowed);
    }

    /// <summary>Digits only (surrounding spaces allowed); no sign, no decimals.</summary>
    public static bool TryParse(string? text, ProvinceKinds allowed, out ProvinceCode province)
    {
        province = default;
        return short.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && TryFrom(code, allowed, out province);
    }

    /// <summary>Parses a parameter; the message names the parameter and says what is accepted.</summary>
    /// <exception cref="TradeArgumentException">not digits, or not a code of the allowed kinds.</exception>
    public static ProvinceCode Parse(string? text, ProvinceKinds allowed, string parameter = "province")
    {
        if (TryParse(text, allowed, out var province))
        {
            return province;
        }

        var national = allowed.HasFlag(ProvinceKinds.National) ? "; 0 or none = Indonesia" : "";
        var what = short.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? IsKnown(code) ? $"{code} ({(IsNationalCode(code) ? "Indonesia" : "unspecified")}) is not accepted here" : $"unknown province code {code}"
            : $"'{text}' is not a BPS province code";
        throw new TradeArgumentException(parameter, $"{parameter}: {what} (BPS codes such as 18 = Lampung{national})");
    }

    /// <summary>A code read back from storage (already valid when written).</summary>
    public static ProvinceCode FromStored(short code) => new(code);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    private static bool Allows(short code, ProvinceKinds allowed) =>
        IsKnown(code) && (IsNationalCode(code) ? allowed.HasFlag(ProvinceKinds.National)
            : IsUnspecifiedCode(code) ? allowed.HasFlag(ProvinceKinds.Unspecified)
            : allowed.HasFlag(ProvinceKinds.Province));
}
