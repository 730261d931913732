using Neraca.Registry;

namespace Neraca.Tests.Registry;

public class RegistryRulesTests
{
    private const decimal Bn = 1_000_000_000m;

    [Theory]
    [InlineData("1234567890123", "1234567890123")]
    [InlineData(" 1234-5678.90123 ", "1234567890123")]
    [InlineData("0000000000001", "0000000000001")]
    public void NibNormalize_ThirteenDigits_ReturnsDigits(string input, string expected) => Assert.Equal(expected, Nib.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("123456789012")]
    [InlineData("12345678901234")]
    [InlineData("12345678901a3")]
    [InlineData("１２３４５６７８９０１２３")]
    public void NibIsValid_WrongShape_False(string input) => Assert.False(Nib.IsValid(input));

    [Fact]
    public void NibIsValid_Null_False() => Assert.False(Nib.IsValid(null));

    [Theory]
    [InlineData("1000000000", Scale.Micro)]
    [InlineData("1000000000.01", Scale.Small)]
    [InlineData("5000000000", Scale.Small)]
    [InlineData("5000000000.01", Scale.Medium)]
    [InlineData("10000000000", Scale.Medium)]
    [InlineData("10000000000.01", Scale.Large)]
    [InlineData("0", Scale.Micro)]
    public void DeriveScale_CapitalAtAndJustAboveEachLimit_ExpectedScale(string capital, Scale expected)
    {
        var result = BusinessScale.Derive(decimal.Parse(capital, System.Globalization.CultureInfo.InvariantCulture), null);
        Assert.Equal(new ScaleResult(expected, ScaleCriterion.Capital), result);
    }

    [Theory]
    [InlineData("2000000000", Scale.Micro)]
    [InlineData("2000000000.01", Scale.Small)]
    [InlineData("15000000000", Scale.Small)]
    [InlineData("15000000000.01", Scale.Medium)]
    [InlineData("50000000000", Scale.Medium)]
    [InlineData("50000000000.01", Scale.Large)]
    public void DeriveScale_SalesAtAndJustAboveEachLimit_ExpectedScale(string sales, Scale expected)
    {
        var result = BusinessScale.Derive(null, decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new ScaleResult(expected, ScaleCriterion.Sales), result);
    }

    [Fact]
    public void DeriveScale_SalesLargerThanCapital_SalesDecides() =>
        Assert.Equal(new ScaleResult(Scale.Small, ScaleCriterion.Sales), BusinessScale.Derive(0.5m * Bn, 3 * Bn));

    [Fact]
    public void DeriveScale_CapitalLargerThanSales_CapitalDecides() =>
        Assert.Equal(new ScaleResult(Scale.Medium, ScaleCriterion.Capital), BusinessScale.Derive(6 * Bn, 1 * Bn));

    [Fact]
    public void DeriveScale_BothSameScale_CapitalDecides() =>
        Assert.Equal(new ScaleResult(Scale.Micro, ScaleCriterion.Capital), BusinessScale.Derive(1 * Bn, 2 * Bn));

    [Fact]
    public void DeriveScale_NothingKnown_NoScale() => Assert.Equal(new ScaleResult(null, null), BusinessScale.Derive(null, null));

    [Fact]
    public void DeriveScale_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => BusinessScale.Derive(-1m, null));

    [Theory]
    [InlineData("0901", "0901")]
    [InlineData("09.01.11", "090111")]
    [InlineData("09", "09")]
    [InlineData("0901111000", "0901111000")]
    [InlineData("2101", "2101")]
    public void HsNormalize_KnownChapter_ReturnsCode(string input, string expected) => Assert.Equal(expected, HsProductCode.Normalize(input));

    [Theory]
    [InlineData("901")]
    [InlineData("7701")]
    [InlineData("9901")]
    [InlineData("00")]
    [InlineData("09a1")]
    [InlineData("")]
    public void HsIsValid_BadLengthOrUnknownChapter_False(string input) => Assert.False(HsProductCode.IsValid(input));

    [Theory]
    [InlineData(null, ExpiryStatus.NoExpiry)]
    [InlineData("2026-11-27", ExpiryStatus.Expired)]
    [InlineData("2026-11-28", ExpiryStatus.ExpiresSoon)]
    [InlineData("2027-02-26", ExpiryStatus.ExpiresSoon)]
    [InlineData("2027-02-27", ExpiryStatus.Valid)]
    public void ExpiryStatus_AroundTodayAndNinetyDays_Expected(string? expires, ExpiryStatus expected)
    {
        var today = new DateOnly(2026, 11, 28);
        DateOnly? date = expires is null ? null : DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, CertificationExpiry.Status(date, today));
    }

    [Fact]
    public void Regencies_Lampung_FifteenWithBpsCodes()
    {
        var lampung = Regencies.All.Where(r => r.ProvinceCode == 18).Select(r => (int)r.Code).ToList();
        Assert.Equal([.. Enumerable.Range(1801, 13), 1871, 1872], lampung);
        Assert.True(Regencies.IsIn(1871, 18));
        Assert.False(Regencies.IsIn(1814, 18));
        Assert.False(Regencies.IsIn(1871, 16));
    }
}
