using Neraca.Common;

namespace Neraca.Tests.Web;

public class FormattingTests
{
    [Theory]
    [InlineData(1234.56, 2, "1.234,56", "1,234.56")]
    [InlineData(206310000, 2, "206.310.000,00", "206,310,000.00")]
    [InlineData(0.005, 2, "0,01", "0.01")]
    [InlineData(-0.005, 2, "-0,01", "-0.01")]
    [InlineData(1015060.142, 3, "1.015.060,142", "1,015,060.142")]
    public void Number_UsesTheCulturesSeparators_AndRoundsHalfAwayFromZero(decimal value, int decimals, string indonesian, string english)
    {
        Assert.Equal(indonesian, Formatting.Number(value, decimals, Formatting.Indonesian));
        Assert.Equal(english, Formatting.Number(value, decimals, Formatting.English));
    }

    [Fact]
    public void Count_HasGroupSeparators()
    {
        Assert.Equal("4.590", Formatting.Number(4590L, Formatting.Indonesian));
        Assert.Equal("4,590", Formatting.Number(4590L, Formatting.English));
    }

    [Fact]
    public void Percent_NullIsNotAvailable_NeverZero()
    {
        Assert.Equal("t.a.", Formatting.Percent(null, Formatting.Indonesian));
        Assert.Equal("n/a", Formatting.Percent(null, Formatting.English));
        Assert.Equal("-12,35 %", Formatting.Percent(-12.345m, Formatting.Indonesian));
    }

    [Fact]
    public void Wib_IsUtcPlusSeven_AcrossMidnight()
    {
        var utc = new DateTime(2020, 1, 31, 17, 5, 0, DateTimeKind.Utc);

        Assert.Equal("1 Feb 2020 00.05 WIB", Formatting.Wib(utc, Formatting.Indonesian));
        Assert.Equal("1 Feb 2020 00:05 WIB", Formatting.Wib(utc, Formatting.English));
        Assert.Equal("1 Feb 2020 00.05 WIB", Formatting.Wib(new DateTimeOffset(utc), Formatting.Indonesian));
    }

    [Fact]
    public void Wib_UnspecifiedKindIsTakenAsUtc()
    {
        // EF Core reads UTC timestamps back from SQLite with Kind=Unspecified.
        var stored = new DateTime(2026, 8, 17, 3, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal("17 Agu 2026 10.00 WIB", Formatting.Wib(stored, Formatting.Indonesian));
    }
}
