using System.Text.Json;
using Neraca.Programs;
using Neraca.Registry;

namespace Neraca.Tests.Programs;

/// <summary>Small in-memory programs and businesses for the rule tests.</summary>
internal static class ProgramSamples
{
    public static readonly DateOnly Start = new(2025, 3, 1);
    public static readonly DateOnly End = new(2025, 3, 31);

    public static ProgramInput Input(
        string? name = "Klinik kemasan", string? kind = "training", DateOnly? start = null, DateOnly? end = null, int? quota = 10, short? regency = 1871, bool? online = false) =>
        new(name, kind, ["packaging"], "Disperindag", "", 50_000_000m, "APBD", start ?? Start, end ?? End, regency, online, quota,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public static TrainingProgram Program(int quota = 10, string focus = "packaging") => new()
    {
        Id = 1,
        ProvinceCode = 18,
        Name = "Klinik",
        FocusAreas = focus,
        StartDate = Start,
        EndDate = End,
        Quota = quota,
        Status = ProgramStatus.Open,
    };

    public static Business Business(int id, params string[] yes)
    {
        var b = new Business
        {
            Id = id,
            Name = $"Usaha {id}",
            ProvinceCode = 18,
            RegencyCode = 1871,
            Kind = BusinessKind.Ikm,
            CapitalRupiah = 100_000_000m,
            Verification = Verification.Verified,
            CreatedAtUtc = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        if (yes.Length > 0)
        {
            b.Assessments.Add(Assessment(yes, Start.AddDays(-10)));
        }

        return b;
    }

    public static Assessment Assessment(IEnumerable<string> yes, DateOnly date)
    {
        var answers = yes.ToDictionary(q => q, _ => true, StringComparer.Ordinal);
        var r = Readiness.Score(answers);
        return new Assessment { QuestionnaireVersion = r.Version, AnswersJson = JsonSerializer.Serialize(new { answers }), Score = r.Score, Band = r.Band, Date = date };
    }

    /// <summary>Every question answered yes except the given ones.</summary>
    public static string[] AllBut(params string[] no) => [.. Readiness.Questions.Select(q => q.Id).Except(no)];
}
