using Neraca.Common;

namespace Neraca.Tests;

public class PercentTests
{
    [Theory]
    [InlineData("206.31", "282.74", "-27.03")]
    [InlineData("100.005", "100", "0.01")]
    [InlineData("99.995", "100", "-0.01")]
    public void Change_BpsExample_RoundsHalfAwayFromZero(string value, string baseValue, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, inv), Percent.Change(decimal.Parse(value, inv), decimal.Parse(baseValue, inv)));
    }

    [Fact]
    public void Change_ZeroBase_IsNull() => Assert.Null(Percent.Change(5m, 0m));

    [Fact]
    public void Change_MissingBase_IsNull() => Assert.Null(Percent.Change(5m, null));
}
