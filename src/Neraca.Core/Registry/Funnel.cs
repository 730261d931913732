namespace Neraca.Registry;

public enum FunnelStage
{
    Registered,
    Assessed,
    Trained,
    ExportReady,
    FirstExport,
    RegularExporter,
}

public sealed record FunnelStep(FunnelStage Stage, DateOnly? ReachedOn);

/// <summary>The current stage (the furthest stage reached) and the date each stage was first reached.</summary>
public sealed record FunnelPosition(FunnelStage Stage, IReadOnlyList<FunnelStep> Steps);

/// <summary>
/// The export funnel, derived from the data (docs/decisions/0010-registry-rules.md): registered = record created;
/// assessed = first assessment; trained = first program completed (decision 0022); export-ready = first assessment scoring
/// 70 or more (self or verified); first export = first reported export; regular exporter = exports in at least three
/// different months within twelve months (date: the third such month's shipment).
/// A business can skip stages (an exporter that never trained); the current stage is the furthest reached.
/// </summary>
public static class Funnel
{
    public const int RegularMonths = 3;

    public static FunnelPosition Derive(
        DateOnly registeredOn, IEnumerable<(DateOnly Date, decimal Score)> assessments, IEnumerable<DateOnly> trainings, IEnumerable<DateOnly> exports)
    {
        var a = assessments.OrderBy(x => x.Date).ToList();
        var exportDates = exports.Order().ToList();
        var reached = new Dictionary<FunnelStage, DateOnly?>
        {
            [FunnelStage.Registered] = registeredOn,
            [FunnelStage.Assessed] = a.Count > 0 ? a[0].Date : null,
            [FunnelStage.Trained] = trainings.Order().Cast<DateOnly?>().FirstOrDefault(),
            [FunnelStage.ExportReady] = a.Where(x => x.Score >= Readiness.ReadyFrom).Select(x => (DateOnly?)x.Date).FirstOrDefault(),
            [FunnelStage.FirstExport] = exportDates.Count > 0 ? exportDates[0] : null,
            [FunnelStage.RegularExporter] = RegularSince(exportDates),
        };
        var steps = Enum.GetValues<FunnelStage>().Select(s => new FunnelStep(s, reached[s])).ToList();
        var stage = steps.Last(s => s.ReachedOn is not null).Stage;
        return new FunnelPosition(stage, steps);
    }

    /// <summary>The first date by which exports fell in <see cref="RegularMonths"/> distinct months within a 12-month window.</summary>
    internal static DateOnly? RegularSince(IReadOnlyList<DateOnly> sortedDates)
    {
        var months = sortedDates.GroupBy(d => (d.Year * 12) + d.Month - 1).Select(g => (Index: g.Key, First: g.Min())).OrderBy(m => m.Index).ToList();
        for (var i = RegularMonths - 1; i < months.Count; i++)
        {
            if (months[i].Index - months[i - RegularMonths + 1].Index < 12)
            {
                return months[i].First;
            }
        }

        return null;
    }
}
