using Neraca.Programs;

namespace Neraca.Tests.Programs;

public class EffectTests
{
    /// <summary>
    /// n pairs: every participant 30 → 50, every comparison 30 → 35 (readiness DiD 20 − 5 = 15); the first four
    /// participants start exporting (+1 each), the fifth pair's comparison does (−1): export DiD (4 − 1)/n.
    /// </summary>
    private static List<PairObservation> Pairs(int n) =>
        [.. Enumerable.Range(1, n).Select(i => new PairObservation(i, 30m, 50m, 30m, 35m, false, i <= 4, false, i == 5))];

    [Fact]
    public void Estimate_TenPairs_HandComputedDid()
    {
        var (effect, note) = Effect.Estimate(Pairs(10));

        Assert.Null(note);
        Assert.NotNull(effect);
        Assert.Equal((15m, 15m, 15m), (effect.ReadinessDid, effect.ReadinessCiLow, effect.ReadinessCiHigh));
        Assert.Equal(30m, effect.ExportDid); // (4 − 1) / 10 = 0.3 = 30 percentage points
        Assert.InRange(effect.ExportCiLow, -30m, 30m);
        Assert.InRange(effect.ExportCiHigh, 30m, 80m);
        Assert.True(effect.ExportCiLow < effect.ExportCiHigh);
        Assert.Equal(10, effect.MatchedPairs);
    }

    [Fact]
    public void Estimate_SameRowsTwice_SameInterval()
    {
        Assert.Equal(Effect.Estimate(Pairs(12)).Effect, Effect.Estimate(Pairs(12)).Effect);
    }

    [Fact]
    public void Estimate_NinePairs_NotEnoughDataNeverANumber()
    {
        var (effect, note) = Effect.Estimate(Pairs(9));

        Assert.Null(effect);
        Assert.StartsWith("not enough data", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_MinimumConfigured_NinePairsEnough()
    {
        var (effect, _) = Effect.Estimate(Pairs(9), new EffectOptions(MinimumPairs: 5));

        Assert.Equal(33.33m, effect!.ExportDid); // 3 / 9, half away from zero
    }

    [Fact]
    public void PairObservation_Differences_HandComputed()
    {
        var pair = new PairObservation(1, 40m, 62.5m, 45m, 50m, true, true, false, true);

        Assert.Equal(17.5m, pair.ReadinessDifference); // (62.5 − 40) − (50 − 45)
        Assert.Equal(-1m, pair.ExportDifference); // (1 − 1) − (1 − 0)
    }
}
