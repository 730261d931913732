using Neraca.Programs;
using Neraca.Registry;

namespace Neraca.Tests.Programs;

public class MatchingTests
{
    private static MatchUnit Unit(int id, Scale scale, BusinessKind kind, string chapter, short regency, decimal? before, decimal? after = 50m) =>
        new(id, scale, kind, new HashSet<string>([chapter], StringComparer.Ordinal), regency,
            new BusinessOutcome(id, before, after, false, false, false, null, 0, 0m, 0, 0m, 0));

    [Fact]
    public void Match_HandComputed_ExactKeysNearestDistanceTieBreak()
    {
        var p1 = Unit(1, Scale.Micro, BusinessKind.Ikm, "09", 1871, 40m);
        var p2 = Unit(2, Scale.Micro, BusinessKind.Ikm, "20", 1801, 60m);
        var c1 = Unit(11, Scale.Micro, BusinessKind.Ikm, "09", 1871, 50m); // to p1: 0 + 0 + 10/10 = 1
        var c2 = Unit(12, Scale.Micro, BusinessKind.Ikm, "09", 1801, 40m); // to p1: 0 + 1 + 0 = 1, smaller readiness gap wins the tie
        var c3 = Unit(13, Scale.Small, BusinessKind.Ikm, "20", 1801, 60m); // other scale: never
        var c4 = Unit(14, Scale.Micro, BusinessKind.Umkm, "20", 1801, 60m); // other kind: never

        var pairs = Matching.Match([p2, p1], [c4, c3, c2, c1]);

        Assert.Equal([(1, 1, 12, 1m), (2, 2, 11, 3m)], pairs.Select(x => (x.Pair, x.Participant.BusinessId, x.Comparison.BusinessId, x.Distance)));
    }

    [Fact]
    public void Match_NoAfterAssessment_LeftOut()
    {
        var p1 = Unit(1, Scale.Micro, BusinessKind.Ikm, "09", 1871, 40m, after: null);
        var p2 = Unit(2, Scale.Micro, BusinessKind.Ikm, "09", 1871, 40m);
        var c1 = Unit(11, Scale.Micro, BusinessKind.Ikm, "09", 1871, 40m, after: null);
        var c2 = Unit(12, Scale.Micro, BusinessKind.Ikm, "09", 1871, 45m);

        var pair = Assert.Single(Matching.Match([p1, p2], [c1, c2]));

        Assert.Equal((2, 12), (pair.Participant.BusinessId, pair.Comparison.BusinessId));
    }

    [Fact]
    public void Outcomes_Windows_HandComputed()
    {
        var b = ProgramSamples.Business(1);
        b.Assessments.Add(ProgramSamples.Assessment(["leg_nib"], ProgramSamples.Start.AddDays(-1))); // 5: the last before
        b.Assessments.Add(ProgramSamples.Assessment(["leg_nib", "leg_tax_bank"], ProgramSamples.Start.AddDays(-100))); // older
        b.Assessments.Add(ProgramSamples.Assessment(["qual_cert"], ProgramSamples.End.AddDays(29))); // too early for "after"
        b.Assessments.Add(ProgramSamples.Assessment(["qual_cert", "qual_halal"], ProgramSamples.End.AddDays(30))); // 15: first after 30 days
        b.Exports.Add(new ExportRecord { Date = ProgramSamples.Start.AddMonths(-13), ValueUsd = 1m }); // before, outside the 12-month window
        b.Exports.Add(new ExportRecord { Date = ProgramSamples.End.AddMonths(5), ValueUsd = 100m });
        b.Exports.Add(new ExportRecord { Date = ProgramSamples.End.AddMonths(12), ValueUsd = 50m });
        b.Exports.Add(new ExportRecord { Date = ProgramSamples.End.AddMonths(13), ValueUsd = 70m });

        var o = Outcomes.Of(b, ProgramSamples.Start, ProgramSamples.End);

        Assert.Equal((5m, 15m), (o.ReadinessBefore, o.ReadinessAfter));
        Assert.False(o.ExportedBefore);
        Assert.True(o.EverExportedBefore);
        Assert.True(o.ExportedWithin12Months);
        Assert.Equal((1, 100m, 2, 150m), (o.Exports6Months, o.ExportValue6MonthsUsd, o.Exports12Months, o.ExportValue12MonthsUsd));
        Assert.Equal(ProgramSamples.End.AddMonths(5), o.FirstExportAfter);
        Assert.False(Outcomes.NewExporter(o));
    }
}
