using Neraca.Markets;

namespace Neraca.Tests.Markets;

/// <summary>Trade agreements by date and the requirement rules (docs/decisions/0023), on the built-in tables.</summary>
public class MarketRulesTests
{
    private static readonly MarketRules Rules = MarketRules.BuiltIn;

    [Theory]
    [InlineData("JP", "2008-06-30", "")]
    [InlineData("JP", "2008-07-01", "IJEPA")]
    [InlineData("JP", "2024-12-31", "IJEPA,AJCEP,RCEP")]
    [InlineData("KR", "2022-12-31", "AKFTA")]
    [InlineData("KR", "2023-01-01", "AKFTA,IK-CEPA")]
    [InlineData("KR", "2023-01-02", "AKFTA,IK-CEPA,RCEP")]
    [InlineData("PH", "2023-01-02", "AFTA")]
    [InlineData("PH", "2023-06-02", "AFTA,RCEP")]
    [InlineData("AU", "2020-07-04", "AANZFTA")]
    [InlineData("AU", "2020-07-05", "AANZFTA,IA-CEPA")]
    [InlineData("AE", "2023-09-01", "IUAE-CEPA")]
    [InlineData("US", "2024-12-31", "")]
    public void AgreementsOn_Date_OnlyThoseInForce(string market, string date, string expected)
    {
        var codes = Rules.AgreementsOn(market, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Code);

        Assert.Equal(expected, string.Join(",", codes));
    }

    [Fact]
    public void RequirementsFor_GroupMemberOnDate_EuRulesFollowMembership()
    {
        // The UK left the EU on 2020-02-01: EU rules applied to it before, not after.
        var before = Rules.RequirementsFor("GB", "090111", new DateOnly(2019, 12, 31)).Select(r => r.Code);
        var after = Rules.RequirementsFor("GB", "090111", new DateOnly(2024, 12, 31)).Select(r => r.Code);

        Assert.Equal(["eu_labelling", "eu_residues", "eudr", "haccp"], before);
        Assert.Equal(["haccp"], after);
    }

    [Fact]
    public void RequirementsFor_ProductOutsideRule_NoRequirement()
    {
        Assert.Empty(Rules.RequirementsFor("US", "847130", new DateOnly(2024, 12, 31)));
        Assert.DoesNotContain(Rules.RequirementsFor("DE", "150710", new DateOnly(2024, 12, 31)), r => r.Code == "eudr");
        Assert.Equal(["halal", "haccp"], Rules.RequirementsFor("MY", "210111", new DateOnly(2024, 12, 31)).Select(r => r.Code).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void RequirementsFor_SameCodeTwoPrefixes_MostSpecificWins()
    {
        var rules = new MarketRules([], [
            new MarketRequirement { Market = "*", HsPrefix = "", Code = "label", LabelEn = "general", LabelId = "umum" },
            new MarketRequirement { Market = "US", HsPrefix = "0901", Code = "label", LabelEn = "coffee labelling", LabelId = "label kopi" },
        ], false, false);

        Assert.Equal("coffee labelling", Assert.Single(rules.RequirementsFor("US", "090111", new DateOnly(2024, 1, 1))).LabelEn);
        Assert.Equal("general", Assert.Single(rules.RequirementsFor("JP", "090111", new DateOnly(2024, 1, 1))).LabelEn);
    }
}
