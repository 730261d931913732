using System.Globalization;
using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>
/// The checks of a program's own fields: turns the input into the program's values or field errors (dates reversed,
/// quota 0, unknown kind or focus area…), for the API, the pages and the CLI alike.
/// </summary>
public static class ProgramRules
{
    public const int MaxQuota = 10_000;

    public static List<ProgramError> Apply(TrainingProgram p, ProgramInput input)
    {
        var errors = new List<ProgramError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new ProgramError("name", "required"));
        }

        Bounded(errors, "name", name, 200);
        Bounded(errors, "organiser", input.Organiser, 200);
        Bounded(errors, "partners", input.Partners, 500);
        Bounded(errors, "fundingSource", input.FundingSource, 200);
        if (!EnumText.TryParse<ProgramKind>(input.Kind, out var kind))
        {
            errors.Add(new ProgramError("kind", "program.kind", Choices<ProgramKind>()));
        }

        var focus = List<FocusArea>(errors, "focusAreas", input.FocusAreas, "program.focus");
        if (input.StartDate is null)
        {
            errors.Add(new ProgramError("startDate", "required"));
        }

        if (input.EndDate is null)
        {
            errors.Add(new ProgramError("endDate", "required"));
        }
        else if (input.StartDate is { } start && input.EndDate < start)
        {
            errors.Add(new ProgramError("endDate", "program.dates"));
        }

        if (input.Quota is not (>= 1 and <= MaxQuota))
        {
            errors.Add(new ProgramError("quota", "program.quota", MaxQuota.ToString(CultureInfo.InvariantCulture)));
        }

        var online = input.Online == true;
        if (!online && input.RegencyCode is null)
        {
            errors.Add(new ProgramError("regencyCode", "program.place"));
        }
        else if (input.RegencyCode is { } regency && !Regencies.IsIn(regency, p.ProvinceCode))
        {
            errors.Add(new ProgramError("regencyCode", "regency", regency.ToString(CultureInfo.InvariantCulture), p.ProvinceCode.ToString(CultureInfo.InvariantCulture)));
        }

        if (input.BudgetRupiah < 0)
        {
            errors.Add(new ProgramError("budgetRupiah", "program.budget"));
        }

        Percent(errors, "targetWomenLedPercent", input.TargetWomenLedPercent);
        Percent(errors, "completionAttendancePercent", input.CompletionAttendancePercent);
        if (input.TargetParticipants < 0 || input.TargetExportReady < 0 || input.TargetNewExporters < 0 || input.TargetExportValueUsd < 0)
        {
            errors.Add(new ProgramError("targets", "program.target"));
        }

        var scales = List<Scale>(errors, "eligibleScales", input.EligibleScales, "program.list");
        var kinds = List<BusinessKind>(errors, "eligibleKinds", input.EligibleKinds, "program.list");
        var bands = List<ReadinessBand>(errors, "eligibleBands", input.EligibleBands, "program.list");
        var certs = List<CertificationType>(errors, "requiredCertifications", input.RequiredCertifications, "program.list");
        var chapters = new List<string>();
        foreach (var raw in input.EligibleHsChapters ?? [])
        {
            var c = raw.Trim();
            if (c.Length == 2 && c.All(char.IsAsciiDigit) && c is not "00" and not "77" && string.CompareOrdinal(c, "97") <= 0)
            {
                chapters.Add(c);
            }
            else
            {
                errors.Add(new ProgramError("eligibleHsChapters", "program.chapter", c));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        p.Name = name;
        p.Kind = kind;
        p.FocusAreas = Join(focus);
        p.Organiser = input.Organiser?.Trim() ?? "";
        p.Partners = input.Partners?.Trim() ?? "";
        p.BudgetRupiah = input.BudgetRupiah;
        p.FundingSource = input.FundingSource?.Trim() ?? "";
        p.StartDate = input.StartDate!.Value;
        p.EndDate = input.EndDate!.Value;
        p.Online = online;
        p.RegencyCode = input.RegencyCode;
        p.Quota = input.Quota!.Value;
        p.EligibleScales = Join(scales);
        p.EligibleKinds = Join(kinds);
        p.EligibleBands = Join(bands);
        p.RequiredCertifications = Join(certs);
        p.EligibleHsChapters = string.Join(",", chapters.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        p.TargetParticipants = input.TargetParticipants;
        p.TargetWomenLedPercent = input.TargetWomenLedPercent;
        p.TargetExportReady = input.TargetExportReady;
        p.TargetNewExporters = input.TargetNewExporters;
        p.TargetExportValueUsd = input.TargetExportValueUsd;
        p.CompletionAttendancePercent = input.CompletionAttendancePercent ?? Completion.DefaultAttendancePercent;
        p.CompletionNeedsPostTest = input.CompletionNeedsPostTest ?? true;
        return errors;
    }

    /// <summary>The stored comma list read back as enum values (unknown names are skipped).</summary>
    public static List<T> Parse<T>(string stored)
        where T : struct, Enum =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => EnumText.TryParse<T>(s, out var v) ? (T?)v : null).OfType<T>()];

    public static string Join<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(",", values.Distinct().Order().Select(EnumText.Of));

    public static string Choices<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(EnumText.Of));

    private static List<T> List<T>(List<ProgramError> errors, string field, List<string>? raw, string code)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in raw ?? [])
        {
            if (EnumText.TryParse<T>(text, out var v))
            {
                values.Add(v);
            }
            else
            {
                errors.Add(new ProgramError(field, code, text.Trim(), Choices<T>()));
            }
        }

        return values;
    }

    private static void Percent(List<ProgramError> errors, string field, decimal? value)
    {
        if (value is < 0 or > 100)
        {
            errors.Add(new ProgramError(field, "program.percent", value.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Bounded(List<ProgramError> errors, string field, string? value, int max)
    {
        if ((value?.Trim().Length ?? 0) > max)
        {
            errors.Add(new ProgramError(field, "toolong", max.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
