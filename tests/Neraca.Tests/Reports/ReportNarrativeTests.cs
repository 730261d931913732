using Neraca.Reports;
using Neraca.Trade;

namespace Neraca.Tests.Reports;

/// <summary>The report's sentences from hand-made balance rows: words by sign, BPS rounding, no percentage on a zero base.</summary>
public class ReportNarrativeTests
{
    private static readonly YearMonth January2020 = new(2020, 1);

    private static BalanceRow Lampung() => new()
    {
        Period = "2020-01",
        ExportsUsd = 206_310_000m,
        ImportsUsd = 144_780_000m,
        BalanceUsd = 61_530_000m,
        ExportsMomPct = -27.03m,
        ExportsYoyPct = -22.27m,
        ImportsMomPct = 5m,
        ImportsYoyPct = 0m,
    };

    [Fact]
    public void Headline_LampungJanuary2020_IndonesianAsBpsWritesIt()
    {
        var text = string.Join(" ", ReportNarrative.Headline(Lampung(), January2020, "Lampung", ReportWords.Id));

        Assert.Contains("Nilai ekspor Lampung Januari 2020 mencapai US$206,31 juta, turun 27,03 persen dibanding Desember 2019.", text, StringComparison.Ordinal);
        Assert.Contains("Dibanding Januari 2019, nilai ekspor turun 22,27 persen.", text, StringComparison.Ordinal);
        Assert.Contains("US$144,78 juta, naik 5,00 persen dibanding Desember 2019.", text, StringComparison.Ordinal);
        Assert.Contains("Dibanding Januari 2019, nilai impor tetap.", text, StringComparison.Ordinal);
        Assert.Contains("Neraca perdagangan Lampung Januari 2020 surplus US$61,53 juta.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_LampungJanuary2020_EnglishAsBpsWritesIt()
    {
        var text = string.Join(" ", ReportNarrative.Headline(Lampung(), January2020, "Lampung", ReportWords.En));

        Assert.Contains("Lampung's exports in January 2020 reached US$206.31 million, down 27.03 percent from December 2019.", text, StringComparison.Ordinal);
        Assert.Contains("up 5.00 percent from December 2019", text, StringComparison.Ordinal);
        Assert.Contains("Compared with January 2019, imports were unchanged.", text, StringComparison.Ordinal);
        Assert.Contains("showed a surplus of US$61.53 million", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_ZeroBase_NoPercentageSentence()
    {
        var row = Lampung() with { ExportsMomPct = null, ExportsMomReason = LikeForLike.ZeroBase, ExportsYoyPct = null, ExportsYoyReason = LikeForLike.ZeroBase };

        var sentences = ReportNarrative.Headline(row, January2020, "Lampung", ReportWords.Id);

        var exports = Assert.Single(sentences, s => s.Contains("ekspor", StringComparison.Ordinal));
        Assert.Equal("Nilai ekspor Lampung Januari 2020 mencapai US$206,31 juta.", exports);
    }

    [Fact]
    public void Headline_NoBase_SaysTheBaseMonthIsMissing()
    {
        var row = Lampung() with { ExportsMomPct = null, ExportsMomReason = LikeForLike.NoBase };

        var sentences = ReportNarrative.Headline(row, January2020, "Lampung", ReportWords.Id);

        Assert.Contains("Data Desember 2019 belum tersedia, sehingga perubahan terhadap Desember 2019 tidak dihitung.", sentences);
    }

    [Fact]
    public void Balance_ImportsNotLoaded_NoBalanceAndImportsNotYetAvailable()
    {
        var row = Lampung() with { ImportsUsd = null, BalanceUsd = null, ImportsMomPct = null, ImportsYoyPct = null };

        var id = ReportNarrative.Headline(row, January2020, "Lampung", ReportWords.Id);
        var en = ReportNarrative.Headline(row, January2020, "Lampung", ReportWords.En);

        Assert.Contains("Data impor Januari 2020 belum tersedia, sehingga neraca perdagangan belum dapat dihitung.", id);
        Assert.DoesNotContain(id, s => s.Contains("surplus", StringComparison.Ordinal) || s.Contains("defisit", StringComparison.Ordinal));
        Assert.Contains("Imports for January 2020 are not yet available, so the trade balance cannot be computed yet.", en);
    }

    [Theory]
    [InlineData(-31_560_000, "defisit US$31,56 juta")]
    [InlineData(-4_999, "seimbang")]
    [InlineData(5_000, "surplus US$0,01 juta")]
    public void Balance_BySignAsPrinted_SurplusDefisitOrSeimbang(long usd, string expected)
    {
        var row = Lampung() with { BalanceUsd = usd };

        Assert.Contains(expected, ReportNarrative.Balance(row, January2020, "Lampung", ReportWords.Id), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(206_305_000, "US$206,31 juta", "US$206.31 million")]
    [InlineData(206_304_999, "US$206,30 juta", "US$206.30 million")]
    [InlineData(1_234_560_000, "US$1.234,56 juta", "US$1,234.56 million")]
    public void Usd_UnroundedValue_HalfAwayFromZeroWithLocalSeparators(long usd, string id, string en)
    {
        Assert.Equal(id, ReportWords.Id.Usd(usd));
        Assert.Equal(en, ReportWords.En.Usd(usd));
    }

    [Fact]
    public void Direction_ChangeRoundingToZero_Tetap()
    {
        Assert.Equal("tetap", ReportNarrative.Direction(0.004m, ReportWords.Id));
        Assert.Equal("unchanged", ReportNarrative.Direction(-0.004m, ReportWords.En));
        Assert.Equal("turun 0,01 persen", ReportNarrative.Direction(-0.005m, ReportWords.Id));
    }

    [Theory]
    [InlineData((short)18, "Lampung")]
    [InlineData((short)31, "DKI Jakarta")]
    [InlineData((short)0, "Indonesia")]
    public void ProvinceName_BpsUpperCase_WrittenAsInASentence(short code, string expected) =>
        Assert.Equal(expected, ReportWords.ProvinceName(code));
}
