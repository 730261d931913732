using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Programs;

public sealed record ProgramTargets(int? Participants, decimal? WomenLedPercent, int? ExportReady, int? NewExporters, decimal? ExportValueUsd);

/// <summary>One program's figures against its targets, and its effect (or why there is none).</summary>
public sealed record ProgramFigures(
    int Id, string Name, string Kind, short Province, DateOnly StartDate, DateOnly EndDate, string Status,
    int Participants, int Completed, decimal? CompletionPercent, decimal? WomenLedPercent, decimal? ReadinessBeforeMean, decimal? ReadinessAfterMean,
    int NewlyExportReady, int NewExporters, [property: JsonPropertyName("export_value_12m_usd")] decimal ExportValue12mUsd, decimal? BudgetRupiah, decimal? CostPerParticipant, decimal? CostPerNewExporter,
    ProgramTargets Targets, EffectResult? Effect, string? EffectNote);

/// <summary>One row of `programs outcomes`: a participant (pair null when unmatched) or a matched comparison business.</summary>
public sealed record OutcomeRow(
    string Role, int? Pair, int BusinessId, string Name, decimal? ReadinessBefore, decimal? ReadinessAfter, bool ExportedBefore, [property: JsonPropertyName("exported_within_12m")] bool ExportedWithin12m,
    bool Completed, DateOnly? FirstExportAfter, [property: JsonPropertyName("export_value_6m_usd")] decimal ExportValue6mUsd, [property: JsonPropertyName("export_value_12m_usd")] decimal ExportValue12mUsd, int CertificatesAfter);

/// <summary>
/// Figures, outcome rows and effect of programs (decision 0022). The effect is computed from the very rows
/// `programs outcomes` prints (<see cref="PairsOf"/>), so anyone can recompute it from them.
/// </summary>
public static class ProgramReport
{
    public const string Participant = "participant";
    public const string Comparison = "comparison";

    public static async Task<List<ProgramFigures>> YearAsync(NeracaDb db, int year, short? province, EffectOptions? options, CancellationToken ct)
    {
        var q = db.Programs.AsNoTracking().Where(p => p.StartDate.Year == year && !p.FromPlaceholder);
        if (province is { } code)
        {
            q = q.Where(p => p.ProvinceCode == code);
        }

        var list = new List<ProgramFigures>();
        foreach (var p in await Full(q).OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct))
        {
            list.Add((await AnalyseAsync(db, p, options, ct)).Figures);
        }

        return list;
    }

    public static IQueryable<TrainingProgram> Full(IQueryable<TrainingProgram> q) =>
        q.Include(p => p.Sessions).Include(p => p.Enrolments).ThenInclude(e => e.Attendance).AsSplitQuery();

    /// <summary>The program (sessions and enrolments loaded): its figures and its outcome rows.</summary>
    public static async Task<(ProgramFigures Figures, List<OutcomeRow> Rows)> AnalyseAsync(NeracaDb db, TrainingProgram p, EffectOptions? options, CancellationToken ct)
    {
        var selected = p.Enrolments.Where(e => e.Status == EnrolmentStatus.Selected).ToDictionary(e => e.BusinessId);
        var startUtc = p.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = selected.Keys.ToList();
        var businesses = await db.Businesses.AsNoTracking()
            .Where(b => ids.Contains(b.Id) || (b.ProvinceCode == p.ProvinceCode && b.Verification == Verification.Verified && b.CreatedAtUtc < startUtc))
            .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports).Include(b => b.Assessments)
            .AsSplitQuery().ToListAsync(ct);
        var participants = businesses.Where(b => selected.ContainsKey(b.Id)).OrderBy(b => b.Id).ToList();
        var units = businesses.ToDictionary(b => b.Id, b => Matching.Unit(b, p.StartDate, p.EndDate));
        var pairs = Matching.Match(participants.Select(b => units[b.Id]), businesses.Where(b => !selected.ContainsKey(b.Id)).Select(b => units[b.Id]));
        var names = businesses.ToDictionary(b => b.Id, b => b.Name);

        var rows = new List<OutcomeRow>();
        foreach (var b in participants)
        {
            var pair = pairs.FirstOrDefault(x => x.Participant.BusinessId == b.Id);
            rows.Add(Row(Participant, pair?.Pair, units[b.Id], names[b.Id], selected[b.Id].CompletedOn is not null));
            if (pair is not null)
            {
                rows.Add(Row(Comparison, pair.Pair, pair.Comparison, names[pair.Comparison.BusinessId], false));
            }
        }

        var (effect, note) = Effect.Estimate(PairsOf(rows), options);
        var outcomes = participants.Select(b => units[b.Id].Outcome).ToList();
        var n = participants.Count;
        var completed = selected.Values.Count(e => e.CompletedOn is not null);
        var newExporters = outcomes.Count(Outcomes.NewExporter);
        var figures = new ProgramFigures(
            p.Id, p.Name, EnumText.Of(p.Kind), p.ProvinceCode, p.StartDate, p.EndDate, EnumText.Of(p.Status),
            n, completed, Percent(completed, n), Percent(participants.Count(b => b.OwnerGender == "F"), n),
            Mean(outcomes.Select(o => o.ReadinessBefore)), Mean(outcomes.Select(o => o.ReadinessAfter)),
            outcomes.Count(Outcomes.NewlyExportReady), newExporters, outcomes.Sum(o => o.ExportValue12MonthsUsd), p.BudgetRupiah,
            n == 0 ? null : Money(p.BudgetRupiah / n), newExporters == 0 ? null : Money(p.BudgetRupiah / newExporters),
            new ProgramTargets(p.TargetParticipants, p.TargetWomenLedPercent, p.TargetExportReady, p.TargetNewExporters, p.TargetExportValueUsd),
            effect, note);
        return (figures, rows);
    }

    /// <summary>The matched pairs as the effect sees them, rebuilt from outcome rows alone.</summary>
    public static List<PairObservation> PairsOf(IEnumerable<OutcomeRow> rows) =>
        [.. rows.Where(r => r.Pair is not null).GroupBy(r => r.Pair!.Value).OrderBy(g => g.Key).Select(g =>
        {
            var p = g.Single(r => r.Role == Participant);
            var c = g.Single(r => r.Role == Comparison);
            return new PairObservation(g.Key, p.ReadinessBefore!.Value, p.ReadinessAfter!.Value, c.ReadinessBefore!.Value, c.ReadinessAfter!.Value,
                p.ExportedBefore, p.ExportedWithin12m, c.ExportedBefore, c.ExportedWithin12m);
        })];

    private static OutcomeRow Row(string role, int? pair, MatchUnit u, string name, bool completed) => new(
        role, pair, u.BusinessId, name, u.Outcome.ReadinessBefore, u.Outcome.ReadinessAfter, u.Outcome.ExportedBefore, u.Outcome.ExportedWithin12Months,
        completed, u.Outcome.FirstExportAfter, u.Outcome.ExportValue6MonthsUsd, u.Outcome.ExportValue12MonthsUsd, u.Outcome.CertificatesAfter);

    private static decimal? Percent(int part, int whole) => Common.Percent.Share(part, whole);

    private static decimal? Mean(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count == 0 ? null : Common.Percent.Round(known.Average());
    }

    private static decimal? Money(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
