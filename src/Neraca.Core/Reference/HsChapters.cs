using System.Globalization;

namespace Neraca.Reference;

/// <summary>
/// The 97 HS 2022 chapters (01–97, including the reserved 77) and 21 sections, in English (UN Comtrade) and in the
/// short Indonesian style of BPS commodity groups ("golongan barang"), which no public dataset provides.
/// </summary>
public static class HsChapters
{
    private static readonly Lazy<List<HsChapter>> Chapters = new(() =>
        EmbeddedCsv.Read("hs_chapters.csv", r => new HsChapter(
            r.Field("hs2"), r.Field("section"), r.Field("title_en"), r.Field("title_id"))));

    private static readonly Lazy<List<HsSection>> SectionList = new(() =>
        EmbeddedCsv.Read("hs_sections.csv", r => new HsSection(
            int.Parse(r.Field("section_no"), NumberStyles.None, CultureInfo.InvariantCulture),
            r.Field("roman"),
            r.Field("chapter_from"),
            r.Field("chapter_to"),
            r.Field("title_en"),
            r.Field("title_id"))));

    public static IReadOnlyList<HsChapter> All => Chapters.Value;

    public static IReadOnlyList<HsSection> Sections => SectionList.Value;

    public static HsChapter? Get(string? hs) => ChapterKey(hs) is { } key ? Chapters.Value.Find(c => c.Hs2 == key) : null;

    /// <summary>Chapter title in "id" or "en"; null for an unknown chapter (e.g. the UN pseudo-chapter 99).</summary>
    public static string? Title(string? hs2, string language) => Get(hs2)?.Title(language);

    public static HsSection? SectionOf(string? hs2) => ChapterKey(hs2) is { } key ? SectionList.Value.Find(s => s.Contains(key)) : null;

    /// <summary>
    /// Two-digit chapter key: "3" becomes "03" (leading zero lost in a spreadsheet), and a longer HS code such as
    /// "030617" gives its chapter "03". Anything that is not digits is not a chapter.
    /// </summary>
    internal static string? ChapterKey(string? hs)
    {
        var code = hs?.Trim() ?? "";
        if (code.Length == 0 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        return code.Length == 1 ? "0" + code : code[..2];
    }
}

public sealed record HsChapter(string Hs2, string Section, string TitleEn, string TitleId)
{
    public string Title(string language) => Language.Pick(language, TitleId, TitleEn);
}

/// <summary>An HS section; <see cref="ChapterFrom"/> and <see cref="ChapterTo"/> are inclusive two-digit chapters.</summary>
public sealed record HsSection(int Number, string Roman, string ChapterFrom, string ChapterTo, string TitleEn, string TitleId)
{
    public string Title(string language) => Language.Pick(language, TitleId, TitleEn);

    /// <summary>Two-digit codes compare correctly as ordinal strings.</summary>
    public bool Contains(string hs2) =>
        string.CompareOrdinal(ChapterFrom, hs2) <= 0 && string.CompareOrdinal(hs2, ChapterTo) <= 0;
}
