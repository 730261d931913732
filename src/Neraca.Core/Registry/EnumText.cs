using System.Globalization;
using System.Text;

namespace Neraca.Registry;

/// <summary>Enum names in URLs and JSON: kebab-case ("siap-ekspor", "bpom-md", "export-ready").</summary>
public static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsDigit(name[i - 1]) && !char.IsUpper(name[i - 1]))
            {
                sb.Append('-');
            }
            else if (char.IsDigit(name[i]) && i > 0 && !char.IsDigit(name[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var key = (text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        value = default;
        return key.Length > 0 && !key.All(char.IsAsciiDigit) && Enum.TryParse(key, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>A code this application wrote itself (a view's status or kind) back to its value; an unknown code is a bug.</summary>
    public static T Parse<T>(string code)
        where T : struct, Enum =>
        TryParse<T>(code, out var value) ? value : throw new ArgumentException($"not a {typeof(T).Name} code: '{code}'", nameof(code));

    public static string Money(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
