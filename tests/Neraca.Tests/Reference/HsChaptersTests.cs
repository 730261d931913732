using Neraca.Reference;

namespace Neraca.Tests.Reference;

public class HsChaptersTests
{
    [Fact]
    public void Has97Chapters_01To97() =>
        Assert.Equal(Enumerable.Range(1, 97).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), HsChapters.All.Select(c => c.Hs2));

    [Fact]
    public void Has21Sections() => Assert.Equal(21, HsChapters.Sections.Count);

    [Fact]
    public void EveryChapter_HasBothTitles() =>
        Assert.All(HsChapters.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.TitleEn), c.Hs2);
            Assert.False(string.IsNullOrWhiteSpace(c.TitleId), c.Hs2);
        });

    [Fact]
    public void EveryChapter_IsInExactlyOneSection_ItsOwn() =>
        Assert.All(HsChapters.All, c =>
        {
            var sections = HsChapters.Sections.Where(s => s.Contains(c.Hs2)).ToList();
            Assert.Single(sections);
            Assert.Equal(c.Section, sections[0].Roman);
        });

    [Fact]
    public void SectionTitles_AreFilled() =>
        Assert.All(HsChapters.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.TitleId) || string.IsNullOrWhiteSpace(s.TitleEn)));

    [Theory]
    [InlineData("09", "id", "Kopi, teh, dan rempah-rempah")]
    [InlineData("9", "id", "Kopi, teh, dan rempah-rempah")]
    [InlineData("090111", "id", "Kopi, teh, dan rempah-rempah")]
    [InlineData("85", "id", "Mesin dan perlengkapan elektrik")]
    [InlineData("72", "en", "Iron and steel")]
    public void Title_PicksLanguage(string hs, string language, string expected) => Assert.Equal(expected, HsChapters.Title(hs, language));

    [Theory]
    [InlineData("99")]
    [InlineData("")]
    [InlineData("AB")]
    public void Title_UnknownChapter_IsNull(string hs) => Assert.Null(HsChapters.Title(hs, "id"));

    [Fact]
    public void SectionOf_MapsChapterToSection()
    {
        Assert.Equal("XVI", HsChapters.SectionOf("84")?.Roman);
        Assert.Equal("III", HsChapters.SectionOf("15")?.Roman);
        Assert.Null(HsChapters.SectionOf("99"));
    }
}
