using Neraca.Programs;

namespace Neraca.Tests.Programs;

public class GapRankingTests
{
    [Fact]
    public void Rank_PackagingClinic_BusinessWithPackagingGapsFirst()
    {
        var p = ProgramSamples.Program(focus: "packaging");
        var packagingGaps = ProgramSamples.Business(1, ProgramSamples.AllBut("pack_english", "pack_transport"));
        var financeGaps = ProgramSamples.Business(2, ProgramSamples.AllBut("fin_books", "fin_payment", "pack_english"));
        var neverAssessed = ProgramSamples.Business(3);
        var noGaps = ProgramSamples.Business(4, ProgramSamples.AllBut());

        var ranked = GapRanking.Rank(p, [neverAssessed, noGaps, financeGaps, packagingGaps]);

        // Packaging is worth 10 points, two questions of 5: both lost = 100 %, one lost = 50 %, none = 0 %; unknown last.
        Assert.Equal([1, 2, 4, 3], ranked.Select(r => r.Business.Id));
        Assert.Equal([100m, 50m, 0m, null], ranked.Select(r => r.FocusMatchPercent));
        Assert.Equal(["pack_english", "pack_transport"], ranked[0].GapsInFocus);
    }

    [Fact]
    public void Rank_SameMatch_LowerReadinessFirst()
    {
        var p = ProgramSamples.Program(focus: "packaging");
        var higher = ProgramSamples.Business(1, ProgramSamples.AllBut("pack_english"));
        var lower = ProgramSamples.Business(2, ProgramSamples.AllBut("pack_english", "fin_books"));

        Assert.Equal([2, 1], GapRanking.Rank(p, [higher, lower]).Select(r => r.Business.Id));
    }

    [Fact]
    public void Rank_ExportProcedures_CountsPricingLogisticsLegality()
    {
        // pricing 10 + logistics 5 + legality 10 = 25 points; lost price_fob (5) + log_docs (2.5) = 7.5 → 30 %.
        var p = ProgramSamples.Program(focus: "export-procedures");
        var b = ProgramSamples.Business(1, ProgramSamples.AllBut("price_fob", "log_docs"));

        Assert.Equal(30m, GapRanking.Rank(p, [b])[0].FocusMatchPercent);
    }

    [Fact]
    public void Answers_BareObjectAndWrapped_SameAnswers()
    {
        Assert.Equal(GapRanking.Answers("""{"answers":{"leg_nib":true},"markets":[]}"""), GapRanking.Answers("""{"leg_nib":true,"nope":true}"""));
    }
}
