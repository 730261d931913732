using System.Text.RegularExpressions;

namespace Neraca.Imports.Xlsx;

/// <summary>
/// An HS label as BPS writes it, "[84] Machinery and ...": the code digits and the description.
/// The description's language is guessed from common function words, because BPS files carry no
/// language tag: Indonesian descriptions use "dan", "serta", "daripadanya", "bagian(nya)", "atau",
/// "lainnya", "yang", "untuk"; English ones "and", "of", "thereof", "parts", "or", "other", "for".
/// The side with more hits wins; a tie (including no hits) counts as English, the BPS default for
/// export downloads. Real examples: "[84] Reaktor nuklilr ketel mesin dan peralaan mekanis; bagian
/// daripadanya" → id, "[84] Machinery and mechanical appliances and part thereof" → en.
/// </summary>
internal static partial class HsLabel
{
    private static readonly HashSet<string> IndonesianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dan", "serta", "daripadanya", "bagian", "bagiannya", "atau", "lainnya", "yang", "untuk", "dari", "mesin", "sejenisnya",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "of", "thereof", "parts", "part", "or", "other", "for", "the", "machinery", "equipment",
    };

    public static bool TryParse(string text, out string code, out string description)
    {
        var match = Label().Match(text);
        code = match.Success ? match.Groups["code"].Value : "";
        description = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    /// <summary>"id" or "en" (ISO 639-1), see the class comment for the rule.</summary>
    public static string DetectLanguage(string description)
    {
        int indonesian = 0, english = 0;
        foreach (Match word in Word().Matches(description))
        {
            indonesian += IndonesianWords.Contains(word.Value) ? 1 : 0;
            english += EnglishWords.Contains(word.Value) ? 1 : 0;
        }

        return indonesian > english ? "id" : "en";
    }

    [GeneratedRegex(@"^\[(?<code>\d{2,10})\]\s*(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Label();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
