namespace Neraca.Programs;

/// <summary>A program as typed in the form or sent to the API (enum values in kebab-case, e.g. "trade-fair").</summary>
public sealed record ProgramInput(
    string? Name, string? Kind, List<string>? FocusAreas, string? Organiser, string? Partners, decimal? BudgetRupiah, string? FundingSource,
    DateOnly? StartDate, DateOnly? EndDate, short? RegencyCode, bool? Online, int? Quota,
    List<string>? EligibleScales, List<string>? EligibleKinds, List<string>? EligibleHsChapters, List<string>? EligibleBands, List<string>? RequiredCertifications,
    int? TargetParticipants, decimal? TargetWomenLedPercent, int? TargetExportReady, int? TargetNewExporters, decimal? TargetExportValueUsd,
    decimal? CompletionAttendancePercent, bool? CompletionNeedsPostTest, short? ProvinceCode = null);

public sealed record SessionInput(string? Agenda, string? Trainer, DateOnly? Date, string? StartTime);

/// <summary>decision: select | waitlist | decline.</summary>
public sealed record DecisionInput(int BusinessId, string? Decision, string? Reason);

public sealed record AttendanceInput(int SessionId, List<int>? PresentBusinessIds, List<int>? AbsentBusinessIds);

public sealed record ScoreInput(int BusinessId, decimal? PreTest, decimal? PostTest, int? Satisfaction);

/// <summary>Business id: the business that applies (one of the caller's own when the caller is a business owner).</summary>
public sealed record BusinessRef(int BusinessId);

/// <summary>status: open | running | closed (one step after the current one).</summary>
public sealed record StatusInput(string? Status);

public sealed record SessionView(int Id, string Agenda, string Trainer, DateOnly Date, string StartTime, int Present);

public sealed record EnrolmentView(
    int BusinessId, string BusinessName, string Status, string Reason, decimal? PreTest, decimal? PostTest, int? Satisfaction,
    decimal AttendancePercent, DateOnly? CompletedOn, string? CertificateCode, IReadOnlyList<int> PresentSessionIds);

/// <summary>A program as staff see it (a business owner gets only their own enrolments in it).</summary>
public sealed record ProgramView(
    int Id, short ProvinceCode, string Name, string Kind, IReadOnlyList<string> FocusAreas, string Organiser, string Partners, decimal? BudgetRupiah,
    string FundingSource, DateOnly StartDate, DateOnly EndDate, short? RegencyCode, bool Online, int Quota, IReadOnlyList<string> EligibleScales,
    IReadOnlyList<string> EligibleKinds, IReadOnlyList<string> EligibleHsChapters, IReadOnlyList<string> EligibleBands, IReadOnlyList<string> RequiredCertifications,
    ProgramTargets Targets, decimal CompletionAttendancePercent, bool CompletionNeedsPostTest, string Status, DateOnly? OpenedOn, DateOnly? RunningOn,
    DateOnly? ClosedOn, int Selected, IReadOnlyList<SessionView> Sessions, IReadOnlyList<EnrolmentView> Enrolments);

/// <summary>An open program on the public list: no budget, no participants.</summary>
public sealed record OpenProgram(int Id, short ProvinceCode, string Name, string Kind, IReadOnlyList<string> FocusAreas, DateOnly StartDate, DateOnly EndDate,
    short? RegencyCode, bool Online, int Quota, int PlacesLeft);

public sealed record CandidateView(int BusinessId, string Name, string Regency, decimal? FocusMatchPercent, decimal? ReadinessScore, IReadOnlyList<string> GapsInFocus, string? Enrolment);

/// <summary>What the public verification page shows for a certificate code: no personal data.</summary>
public sealed record CertificateCheck(string Code, string Program, DateOnly CompletedOn, short ProvinceCode);
