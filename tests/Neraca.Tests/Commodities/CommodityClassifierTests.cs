using Neraca.Commodities;

namespace Neraca.Tests.Commodities;

public class CommodityClassifierTests
{
    private static readonly CommodityClassifier Rules = CommodityClassifier.BuiltIn;

    [Theory]
    [InlineData("270900", Category.OilGas)]
    [InlineData("2711", Category.OilGas)]
    [InlineData("270112", Category.MiningOther)]
    [InlineData("27", Category.MiningOther)]
    [InlineData("090111", Category.Agriculture)]
    [InlineData("151110", Category.Manufacturing)]
    [InlineData("260300", Category.MiningOther)]
    [InlineData("", Category.Unspecified)]
    public void Sector_BuiltInRules_ByChapterAndOilGasHeading(string hs, string expected) =>
        Assert.Equal(expected, Rules.Sector(hs));

    [Theory]
    [InlineData("842952", Category.Capital)]
    [InlineData("870323", Category.Consumption)]
    [InlineData("870421", Category.Capital)]
    [InlineData("610910", Category.Consumption)]
    [InlineData("310210", Category.RawAuxiliary)]
    [InlineData("", Category.Unspecified)]
    public void EndUse_BuiltInRules_ByChapterAndHeading(string hs, string expected) =>
        Assert.Equal(expected, Rules.EndUse(hs));

    [Theory]
    [InlineData("090111", Category.Raw)]
    [InlineData("090121", Category.Processed)]
    [InlineData("151110", Category.Processed)]
    [InlineData("270900", Category.Raw)]
    [InlineData("271012", Category.Processed)]
    [InlineData("x", Category.Unspecified)]
    public void Processing_BuiltInRules_GreenRawRoastedProcessed(string hs, string expected) =>
        Assert.Equal(expected, Rules.Processing(hs));

    [Fact]
    public void Classifier_ConcordanceLoaded_OverridesRulesAndFallsBackForUnclassified()
    {
        var classifier = new CommodityClassifier(
            new Dictionary<string, string> { ["151110"] = "agriculture", ["720410"] = "not_allocated", ["842952"] = "unmatched" },
            new Dictionary<string, (string, string)>
            {
                ["851713"] = ("capital", "41"),
                ["151110"] = ("intermediate", "21"),
                ["870323"] = ("not_classified", "51"),
                ["090111"] = ("intermediate", "111|21"),
                ["090121"] = ("consumption", "122"),
            });

        Assert.Equal(Category.Agriculture, classifier.Sector("151110"));
        Assert.Equal(Category.MiningOther, classifier.Sector("720410"));
        Assert.Equal(Category.Manufacturing, classifier.Sector("842952"));
        Assert.Equal(Category.OilGas, classifier.Sector("271000"));
        Assert.Equal(Category.Capital, classifier.EndUse("85171300"));
        Assert.Equal(Category.RawAuxiliary, classifier.EndUse("151110"));
        Assert.Equal(Category.Consumption, classifier.EndUse("870323"));
        Assert.Equal(Category.Raw, classifier.Processing("151110"));
        Assert.Equal(Category.Raw, classifier.Processing("090111"));
        Assert.Equal(Category.Processed, classifier.Processing("090121"));
        Assert.StartsWith("concordance", classifier.SectorSource, StringComparison.Ordinal);
    }
}
