using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Neraca.Programs;

/// <summary>One matched pair's four observations of each outcome (the rows `programs outcomes` prints).</summary>
public sealed record PairObservation(
    int Pair, decimal ParticipantBefore, decimal ParticipantAfter, decimal ComparisonBefore, decimal ComparisonAfter,
    bool ParticipantExportedBefore, bool ParticipantExported12, bool ComparisonExportedBefore, bool ComparisonExported12)
{
    /// <summary>(after − before) of the participant minus the same of its comparison, in readiness points.</summary>
    public decimal ReadinessDifference => (ParticipantAfter - ParticipantBefore) - (ComparisonAfter - ComparisonBefore);

    /// <summary>The same on "exported" (1/0): −2 to 2.</summary>
    public decimal ExportDifference => (B(ParticipantExported12) - B(ParticipantExportedBefore)) - (B(ComparisonExported12) - B(ComparisonExportedBefore));

    private static decimal B(bool v) => v ? 1m : 0m;
}

/// <summary>The effect of a program: readiness in score points, export in percentage points, 95 % bootstrap intervals.</summary>
public sealed record EffectResult(
    decimal ReadinessDid, decimal ReadinessCiLow, decimal ReadinessCiHigh, decimal ExportDid, decimal ExportCiLow, decimal ExportCiHigh, int MatchedPairs);

/// <summary>Minimum number of pairs below which there is no estimate; resamples and seed of the bootstrap.</summary>
public sealed record EffectOptions(int MinimumPairs = Effect.DefaultMinimumPairs, int Resamples = 2000, int Seed = Effect.Seed);

/// <summary>
/// Difference in differences over matched pairs (decision 0022): the mean over pairs of the participant's change minus
/// its comparison's change, for readiness and for "exported". The 95 % interval is the 2.5th and 97.5th percentile of
/// the mean over pairs resampled with replacement (both outcomes from the same resamples), with a fixed seed so the
/// same rows always give the same interval. Fewer than the minimum number of pairs gives no estimate at all, never a
/// number: "not enough data".
/// </summary>
public static class Effect
{
    public const int DefaultMinimumPairs = 10;
    public const int Seed = 14;
    public const string NotEnoughData = "not enough data";

    public static (EffectResult? Effect, string? Note) Estimate(IReadOnlyList<PairObservation> pairs, EffectOptions? options = null)
    {
        var o = options ?? new EffectOptions();
        if (pairs.Count < Math.Max(o.MinimumPairs, 2))
        {
            return (null, $"{NotEnoughData}: {pairs.Count} matched pair(s), at least {o.MinimumPairs} needed");
        }

        var readiness = pairs.Select(p => p.ReadinessDifference).ToArray();
        var export = pairs.Select(p => p.ExportDifference).ToArray();
        var (rLow, rHigh, eLow, eHigh) = Bootstrap(readiness, export, o);
        return (new EffectResult(
            Round(readiness.Average()), Round(rLow), Round(rHigh),
            Round(100m * export.Average()), Round(100m * eLow), Round(100m * eHigh), pairs.Count), null);
    }

    private static (decimal RLow, decimal RHigh, decimal ELow, decimal EHigh) Bootstrap(decimal[] readiness, decimal[] export, EffectOptions o)
    {
        var random = new MersenneTwister(o.Seed, threadSafe: false);
        var n = readiness.Length;
        var rMeans = new double[o.Resamples];
        var eMeans = new double[o.Resamples];
        var pick = new int[n];
        for (var i = 0; i < o.Resamples; i++)
        {
            random.NextInt32s(pick, 0, n);
            rMeans[i] = (double)pick.Sum(k => readiness[k]) / n;
            eMeans[i] = (double)pick.Sum(k => export[k]) / n;
        }

        return (Quantile(rMeans, 0.025), Quantile(rMeans, 0.975), Quantile(eMeans, 0.025), Quantile(eMeans, 0.975));
    }

    /// <summary>R type 7 (linear interpolation between order statistics), the usual percentile-bootstrap choice.</summary>
    private static decimal Quantile(double[] values, double tau) => (decimal)Statistics.QuantileCustom(values, tau, QuantileDefinition.R7);

    private static decimal Round(decimal value) => Common.Percent.Round(value);
}
