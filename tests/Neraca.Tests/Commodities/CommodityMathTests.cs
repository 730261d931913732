using Neraca.Commodities;

namespace Neraca.Tests.Commodities;

public class CommodityMathTests
{
    [Fact]
    public void Rca_HandComputed_RatioOfShares() =>
        // (50/200) / (100/1000) = 0.25 / 0.1
        Assert.Equal(2.5m, CommodityMath.Rca(50m, 200m, 100m, 1000m));

    [Theory]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(1, 1, 1, 0)]
    public void Rca_ZeroTotalOrZeroReference_Null(int xpj, int xp, int xnj, int xn) =>
        Assert.Null(CommodityMath.Rca(xpj, xp, xnj, xn));

    [Fact]
    public void Rca_ProductNotExportedByProvince_Zero() =>
        Assert.Equal(0m, CommodityMath.Rca(0m, 200m, 300m, 1000m));

    [Fact]
    public void Hhi_ThreeProducts_SumOfSquaredShares()
    {
        // 0.5² + 0.3² + 0.2² = 0.25 + 0.09 + 0.04
        var hhi = CommodityMath.Hhi([50m, 30m, 20m]);
        Assert.Equal(0.38m, hhi);
        Assert.Equal(ConcentrationLevel.High, CommodityMath.Level(hhi));
    }

    [Fact]
    public void Hhi_TenEqualProducts_PointOneUnconcentrated()
    {
        var hhi = CommodityMath.Hhi(Enumerable.Repeat(7m, 10));
        Assert.Equal(0.1m, hhi);
        Assert.Equal(ConcentrationLevel.Unconcentrated, CommodityMath.Level(hhi));
    }

    [Fact]
    public void Hhi_ZeroTotal_Null()
    {
        Assert.Null(CommodityMath.Hhi([]));
        Assert.Null(CommodityMath.Hhi([0m, 0m]));
        Assert.Null(CommodityMath.Level(null));
    }

    [Theory]
    [InlineData("0.1499", ConcentrationLevel.Unconcentrated)]
    [InlineData("0.15", ConcentrationLevel.Moderate)]
    [InlineData("0.25", ConcentrationLevel.Moderate)]
    [InlineData("0.2501", ConcentrationLevel.High)]
    public void Level_Thresholds_BoundariesAreModerate(string hhi, string expected) =>
        Assert.Equal(expected, CommodityMath.Level(decimal.Parse(hhi, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void UnitValue_WeightPresent_UsdPerKg() =>
        Assert.Equal((2.5m, UnitValueFlag.Ok), CommodityMath.UnitValue(1000m, 400m, false));

    [Fact]
    public void UnitValue_ZeroWeight_NullAndFlagged() =>
        Assert.Equal(((decimal?)null, UnitValueFlag.ZeroWeight), CommodityMath.UnitValue(1000m, 0m, false));

    [Fact]
    public void UnitValue_MissingWeight_NullAndFlagged() =>
        Assert.Equal(((decimal?)null, UnitValueFlag.MissingWeight), CommodityMath.UnitValue(1000m, 400m, true));
}
