namespace Neraca.Reference;

/// <summary>Picks between the Indonesian and English text of a reference entry.</summary>
internal static class Language
{
    /// <summary>"id", "ID", "id-ID" mean Indonesian; anything else falls back to English, the source language of the data.</summary>
    public static bool IsIndonesian(string? language) =>
        language is not null && language.Trim().StartsWith("id", StringComparison.OrdinalIgnoreCase);

    public static string Pick(string? language, string indonesian, string english) =>
        IsIndonesian(language) ? indonesian : english;
}
