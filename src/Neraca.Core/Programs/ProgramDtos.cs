namespace Neraca.Programs;

/// <summary>A program as typed in the form or sent to the API (enum values in kebab-case, e.g. "trade-fair").</summary>
public sealed record ProgramInput(
    string? Name, string? Kind, List<string>? FocusAreas, string? Organiser, string? Partners, decimal? BudgetRupiah, string? FundingSource,
    DateOnly? StartDate, DateOnly? EndDate, short? RegencyCode, bool? Online, int? Quota,
    List<string>? EligibleScales, List<string>? EligibleKinds, List<string>? EligibleHsChapters, List<string>? EligibleBands, List<string>? RequiredCertifications,
    int? TargetParticipants, decimal? TargetWomenLedPercent, int? TargetExportReady, int? TargetNewExporters, decimal? TargetExportValueUsd,
    decimal? CompletionAttendancePercent, bool? CompletionNeedsPostTest);

public sealed record SessionInput(string? Agenda, string? Trainer, DateOnly? Date, string? StartTime);

/// <summary>decision: select | waitlist | decline.</summary>
public sealed record DecisionInput(int BusinessId, string? Decision, string? Reason);

public sealed record AttendanceInput(int SessionId, List<int>? PresentBusinessIds, List<int>? AbsentBusinessIds);

public sealed record ScoreInput(int BusinessId, decimal? PreTest, decimal? PostTest, int? Satisfaction);
