using System.Globalization;
using System.Text.RegularExpressions;
using Neraca.Common;

namespace Neraca.Registry;

/// <summary>
/// How a registry value typed by a person (in the web form or a spreadsheet cell) is read: one parser per kind of
/// value, so the form and the bulk import accept exactly the same texts. Empty text is "not given" (null); text
/// that cannot be read is an error, never a silent null.
/// </summary>
public static partial class RegistryValues
{
    /// <summary>
    /// Rupiah: "Rp 250.000.000", "250.000.000,50" (Indonesian), "250,000,000.50" (English), "250000000". A dot or a
    /// comma followed by exactly three digits groups thousands when it repeats the pattern from the left.
    /// </summary>
    public static bool TryAmount(string? raw, out decimal? value)
    {
        value = null;
        var text = (raw ?? "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return true;
        }

        if (IndonesianNumber().IsMatch(text))
        {
            text = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (EnglishNumber().IsMatch(text))
        {
            text = text.Replace(",", "", StringComparison.Ordinal);
        }
        else if (DecimalComma().IsMatch(text))
        {
            text = text.Replace(',', '.');
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>An amount from JSON as text the amount parser reads back unchanged (four decimals: never a thousands group).</summary>
    public static string? Text(decimal? value) => value?.ToString("0.0000##########", CultureInfo.InvariantCulture);

    public static bool TryWhole(string? raw, int min, int max, out int? value)
    {
        value = null;
        var text = (raw ?? "").Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>"F"/"M", or "" when not given; P/L and the Indonesian and English words are accepted.</summary>
    public static string? Gender(string? raw) => (raw ?? "").Trim().ToUpperInvariant() switch
    {
        "" => "",
        "F" or "P" or "PEREMPUAN" or "WANITA" or "FEMALE" => "F",
        "M" or "L" or "LAKI-LAKI" or "LAKI LAKI" or "PRIA" or "MALE" => "M",
        _ => null,
    };

    /// <summary>Yes/no: ya/tidak, y/t, yes/no, true/false, 1/0, setuju, on (a checked box); empty is no.</summary>
    public static bool? Consent(string? raw) => (raw ?? "").Trim().ToLowerInvariant() switch
    {
        "ya" or "y" or "yes" or "true" or "1" or "setuju" or "on" => true,
        "" or "tidak" or "t" or "no" or "n" or "false" or "0" => false,
        _ => null,
    };

    /// <summary>IKM or UMKM in any case; numbers are refused (Enum.TryParse would take "1").</summary>
    public static BusinessKind? Kind(string? raw) => EnumText.TryParse<BusinessKind>(raw?.Trim(), out var kind) ? kind : null;

    /// <summary>KBLI codes separated by commas, spaces, semicolons or slashes; null when one is not five digits.</summary>
    public static string[]? Kbli(string? raw)
    {
        var codes = (raw ?? "").Split([',', ' ', ';', '/'], StringSplitOptions.RemoveEmptyEntries);
        return codes.Any(k => k.Length != 5 || !k.All(char.IsAsciiDigit)) ? null : codes;
    }

    /// <summary>A BPS province code of a real province (0 = Indonesia is not one).</summary>
    public static short? Province(string? raw) =>
        short.TryParse((raw ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && ProvinceCode.IsKnown(code) && !ProvinceCode.IsNationalCode(code)
            ? code
            : null;

    /// <summary>A regency/city of the province by BPS code (1871) or by name ("Bandar Lampung", "Kab. Lampung Barat").</summary>
    public static short? Regency(string? raw, short province)
    {
        var text = (raw ?? "").Trim();
        if (short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            var listed = Regencies.All.Any(r => r.ProvinceCode == province);
            return code / 100 == province && (!listed || Regencies.IsIn(code, province)) ? code : null;
        }

        var key = NameKey(text.ToUpperInvariant().Replace("KABUPATEN", "", StringComparison.Ordinal).Replace("KAB.", "", StringComparison.Ordinal).Replace("KOTA", "", StringComparison.Ordinal));
        var matches = Regencies.All.Where(r => r.ProvinceCode == province
            && NameKey(r.Name.Replace("KABUPATEN", "", StringComparison.Ordinal).Replace("KOTA", "", StringComparison.Ordinal)) == key).ToList();
        return key.Length > 0 && matches.Count == 1 ? matches[0].Code : null;
    }

    /// <summary>The province of a regency code (BPS: its first two digits), when the text is a code.</summary>
    public static short? ProvinceOfRegency(string? raw) =>
        short.TryParse((raw ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code >= 1100 ? (short)(code / 100) : null;

    private static string NameKey(string name) => new([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex IndonesianNumber();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex EnglishNumber();

    [GeneratedRegex(@"^\d+,\d{1,2}$")]
    private static partial Regex DecimalComma();
}
