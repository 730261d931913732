using System.Globalization;
using System.Text;

namespace Neraca.Reference;

/// <summary>
/// Lookup key for country names: BPS spells the same country as "GERMANY FED. REP. OF" and "GERMANY, FED. REP. OF",
/// and CLDR writes "Côte d’Ivoire" where BPS writes "COTE DIVOIRE", so accents, apostrophes, punctuation, case and
/// repeated spaces are all ignored.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            Append(key, c);
        }

        return key.ToString().TrimEnd();
    }

    private static void Append(StringBuilder key, char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
        {
            return;
        }

        if (char.IsLetterOrDigit(c))
        {
            key.Append(char.ToUpperInvariant(c));
        }
        else if (key.Length > 0 && key[^1] != ' ')
        {
            key.Append(' ');
        }
    }
}
