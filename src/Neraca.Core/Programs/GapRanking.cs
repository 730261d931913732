using System.Text.Json;
using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>A candidate for a program: how much of the program's focus its readiness gaps cover (null: never assessed).</summary>
public sealed record RankedCandidate(Business Business, decimal? FocusMatchPercent, decimal? ReadinessScore, IReadOnlyList<string> GapsInFocus);

/// <summary>
/// Ranks eligible businesses by how well a program's focus meets their readiness gaps. Each focus area maps to
/// questionnaire areas (packaging → "packaging": English labels, transport-proof packs); the match is the readiness
/// points the business lost in those areas as a share of the points those areas are worth, from its current
/// assessment. Highest match first, then the lower readiness score (more to gain), then the id; businesses never
/// assessed come last, since their gaps are unknown.
/// </summary>
public static class GapRanking
{
    public static readonly IReadOnlyDictionary<FocusArea, string[]> Areas = new Dictionary<FocusArea, string[]>
    {
        [FocusArea.HumanResources] = ["people"],
        [FocusArea.ProductQuality] = ["quality", "capacity"],
        [FocusArea.Packaging] = ["packaging"],
        [FocusArea.Marketing] = ["market", "digital"],
        [FocusArea.ExportProcedures] = ["pricing", "logistics", "legality"],
        [FocusArea.Finance] = ["finance"],
    };

    public static List<RankedCandidate> Rank(TrainingProgram p, IEnumerable<Business> candidates)
    {
        var areas = ProgramRules.Parse<FocusArea>(p.FocusAreas).SelectMany(f => Areas[f]).ToHashSet(StringComparer.Ordinal);
        var worth = Readiness.Areas.Where(a => areas.Contains(a.Id)).Sum(a => (decimal)a.Weight);
        return [.. candidates.Select(b => Candidate(b, areas, worth))
            .OrderBy(c => c.FocusMatchPercent is null)
            .ThenByDescending(c => c.FocusMatchPercent)
            .ThenBy(c => c.ReadinessScore)
            .ThenBy(c => c.Business.Id)];
    }

    private static RankedCandidate Candidate(Business b, HashSet<string> areas, decimal worth)
    {
        if (RegistryViews.CurrentAssessment(b) is not { } current)
        {
            return new RankedCandidate(b, null, null, []);
        }

        var gaps = Readiness.Score(Answers(current.AnswersJson)).Gaps.Where(g => areas.Contains(g.Area)).ToList();
        var lost = gaps.Sum(g => g.PointsLost);
        var match = Common.Percent.Share(lost, worth) ?? 0m;
        return new RankedCandidate(b, match, current.Score, [.. gaps.Select(g => g.QuestionId)]);
    }

    /// <summary>
    /// The yes/no answers of a stored assessment: `{"answers": {...}, "markets": [...]}` as the registry stores them,
    /// or a bare `{question: bool}` object (older demo rows). Unknown question ids are dropped (a newer questionnaire).
    /// </summary>
    public static Dictionary<string, bool> Answers(string json)
    {
        var answers = new Dictionary<string, bool>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("answers", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            root = inner;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return answers;
        }

        foreach (var prop in root.EnumerateObject())
        {
            if (prop.Value.ValueKind is JsonValueKind.True or JsonValueKind.False && Readiness.Questions.Any(q => q.Id == prop.Name))
            {
                answers[prop.Name] = prop.Value.GetBoolean();
            }
        }

        return answers;
    }
}
