using Neraca.Registry;

namespace Neraca.Tests.Registry;

public class FunnelTests
{
    private static readonly DateOnly Registered = new(2025, 1, 10);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Derive_OnlyRegistered_RegisteredWithDate()
    {
        var position = Funnel.Derive(Registered, [], [], []);
        Assert.Equal(FunnelStage.Registered, position.Stage);
        Assert.Equal(Registered, position.Steps[0].ReachedOn);
        Assert.All(position.Steps.Skip(1), s => Assert.Null(s.ReachedOn));
    }

    [Fact]
    public void Derive_LowScoreAssessment_Assessed() =>
        Assert.Equal(FunnelStage.Assessed, Funnel.Derive(Registered, [(D(2025, 2, 1), 45m)], [], []).Stage);

    [Fact]
    public void Derive_AssessedThenTrained_Trained()
    {
        var position = Funnel.Derive(Registered, [(D(2025, 2, 1), 45m)], [D(2025, 3, 5), D(2025, 4, 1)], []);
        Assert.Equal(FunnelStage.Trained, position.Stage);
        Assert.Equal(D(2025, 3, 5), position.Steps.Single(s => s.Stage == FunnelStage.Trained).ReachedOn);
    }

    [Fact]
    public void Derive_SecondAssessmentReachesSeventy_ExportReadyOnThatDate()
    {
        var position = Funnel.Derive(Registered, [(D(2025, 6, 1), 70m), (D(2025, 2, 1), 45m)], [D(2025, 3, 5)], []);
        Assert.Equal(FunnelStage.ExportReady, position.Stage);
        Assert.Equal(D(2025, 2, 1), position.Steps.Single(s => s.Stage == FunnelStage.Assessed).ReachedOn);
        Assert.Equal(D(2025, 6, 1), position.Steps.Single(s => s.Stage == FunnelStage.ExportReady).ReachedOn);
    }

    [Fact]
    public void Derive_OneExport_FirstExport() =>
        Assert.Equal(FunnelStage.FirstExport, Funnel.Derive(Registered, [(D(2025, 6, 1), 80m)], [], [D(2025, 8, 9)]).Stage);

    [Fact]
    public void Derive_ThreeShipmentsInTwoMonths_StillFirstExport() =>
        Assert.Equal(FunnelStage.FirstExport, Funnel.Derive(Registered, [], [], [D(2025, 8, 1), D(2025, 8, 20), D(2025, 9, 3)]).Stage);

    [Fact]
    public void Derive_ThreeMonthsWithinTwelve_RegularExporterOnThirdMonth()
    {
        var position = Funnel.Derive(Registered, [], [], [D(2025, 1, 15), D(2025, 6, 2), D(2025, 12, 20)]);
        Assert.Equal(FunnelStage.RegularExporter, position.Stage);
        Assert.Equal(D(2025, 12, 20), position.Steps[^1].ReachedOn);
    }

    [Fact]
    public void Derive_ThreeMonthsSpreadOverThirteen_NotRegular() =>
        Assert.Equal(FunnelStage.FirstExport, Funnel.Derive(Registered, [], [], [D(2025, 1, 15), D(2025, 6, 2), D(2026, 1, 3)]).Stage);
}
