using Neraca.Registry;

namespace Neraca.Tests.Registry;

public class ReadinessTests
{
    private static Dictionary<string, bool> Yes(params string[] ids) => ids.ToDictionary(i => i, _ => true, StringComparer.Ordinal);

    private static string[] AreaQuestions(params string[] areas) => [.. Readiness.Questions.Where(q => areas.Contains(q.Area)).Select(q => q.Id)];

    [Fact]
    public void Areas_Weights_SumToHundredOverTenAreas()
    {
        Assert.Equal(10, Readiness.Areas.Count);
        Assert.Equal(100, Readiness.Areas.Sum(a => a.Weight));
        Assert.All(Readiness.Areas, a => Assert.Contains(Readiness.Questions, q => q.Area == a.Id));
    }

    [Fact]
    public void Score_AllYes_HundredSiapEksporNoQuestionGaps()
    {
        var result = Readiness.Score(Yes([.. Readiness.Questions.Select(q => q.Id)]));
        Assert.Equal(100m, result.Score);
        Assert.Equal(ReadinessBand.SiapEkspor, result.Band);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void Score_AllYesAndHasExported_Eksportir() =>
        Assert.Equal(ReadinessBand.Eksportir, Readiness.Score(Yes([.. Readiness.Questions.Select(q => q.Id)]), hasExported: true).Band);

    [Fact]
    public void Score_NoAnswers_ZeroBelumSiapEveryQuestionAGap()
    {
        var result = Readiness.Score(new Dictionary<string, bool>());
        Assert.Equal(0m, result.Score);
        Assert.Equal(ReadinessBand.BelumSiap, result.Band);
        Assert.Equal(Readiness.Questions.Count, result.Gaps.Count);
    }

    /// <summary>Legality 10 + quality 15 + capacity 15 = 40: exactly the potensial threshold.</summary>
    [Fact]
    public void Score_LegalityQualityCapacity_FortyPotensial()
    {
        var result = Readiness.Score(Yes(AreaQuestions("legality", "quality", "capacity")));
        Assert.Equal(40m, result.Score);
        Assert.Equal(ReadinessBand.Potensial, result.Band);
    }

    /// <summary>Legality 10 + qual_cert 7.5 + cap_volume 7.5 + cap_continuity 7.5 + dig_site 2.5 = 35.</summary>
    [Fact]
    public void Score_HandExample_ThirtyFiveBelumSiap()
    {
        var result = Readiness.Score(Yes("leg_nib", "leg_tax_bank", "qual_cert", "cap_volume", "cap_continuity", "dig_site"));
        Assert.Equal(35m, result.Score);
        Assert.Equal(ReadinessBand.BelumSiap, result.Band);
        Assert.Equal(7.5m, result.AreaScores["quality"]);
        Assert.Equal(2.5m, result.AreaScores["digital"]);
    }

    /// <summary>40 + packaging 10 + pricing 10 + market 10 = 70: exactly siap ekspor; one market "no" and dig_site: 67.5.</summary>
    [Fact]
    public void Score_AtAndJustBelowSeventy_SiapEksporThenPotensial()
    {
        var seventy = Readiness.Score(Yes(AreaQuestions("legality", "quality", "capacity", "packaging", "pricing", "market")));
        Assert.Equal(70m, seventy.Score);
        Assert.Equal(ReadinessBand.SiapEkspor, seventy.Band);

        var answers = Yes([.. AreaQuestions("legality", "quality", "capacity", "packaging", "pricing", "market").Where(q => q != "mkt_buyers"), "dig_site"]);
        var below = Readiness.Score(answers);
        Assert.Equal(67.5m, below.Score);
        Assert.Equal(ReadinessBand.Potensial, below.Band);
    }

    [Fact]
    public void Score_ExplicitNo_SameAsUnanswered()
    {
        var answers = Yes("leg_nib");
        answers["leg_tax_bank"] = false;
        Assert.Equal(5m, Readiness.Score(answers).Score);
    }

    [Fact]
    public void Score_MiddleEastWithoutHalal_HalalRecommendationFirst()
    {
        var result = Readiness.Score(Yes("leg_nib"), markets: ["middle-east"]);
        Assert.Equal("qual_halal", result.Gaps[0].QuestionId);
        Assert.Contains("Middle-East", result.Gaps[0].RecommendationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UsMarketWithoutFdaCertificate_FdaGap()
    {
        Assert.Contains(Readiness.Score(Yes(), markets: ["us"]).Gaps, g => g.QuestionId == "market_us_fda");
        Assert.DoesNotContain(Readiness.Score(Yes(), markets: ["us"], certifications: [CertificationType.FdaFoodFacility]).Gaps, g => g.QuestionId == "market_us_fda");
    }

    [Fact]
    public void Score_NoEnglishLabel_EnglishLabellingRecommendation() =>
        Assert.Contains(Readiness.Score(Yes()).Gaps, g => g.QuestionId == "pack_english" && g.RecommendationEn.Contains("English labelling", StringComparison.Ordinal));

    [Fact]
    public void Score_UnknownQuestion_Throws() => Assert.Throws<ArgumentException>(() => Readiness.Score(Yes("nope")));

    [Fact]
    public void Score_UnknownMarket_Throws() => Assert.Throws<ArgumentException>(() => Readiness.Score(Yes(), markets: ["mars"]));

    [Fact]
    public void Questions_EveryTextInBothLanguages() =>
        Assert.All(Readiness.Questions, q => Assert.True(q.TextId.Length > 0 && q.TextEn.Length > 0 && q.RecommendationId.Length > 0 && q.RecommendationEn.Length > 0, q.Id));
}
