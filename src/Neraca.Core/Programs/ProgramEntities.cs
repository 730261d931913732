namespace Neraca.Programs;

/// <summary>What kind of program (the office's own words in <see cref="ProgramTexts"/>).</summary>
public enum ProgramKind
{
    Training,
    Mentoring,
    ProductCuration,
    TradeFair,
    BusinessMatching,
    TradeMission,
    CertificationSupport,
}

/// <summary>What a program works on; each maps to readiness areas in <see cref="GapRanking"/>.</summary>
public enum FocusArea
{
    HumanResources,
    ProductQuality,
    Packaging,
    Marketing,
    ExportProcedures,
    Finance,
}

public enum ProgramStatus
{
    Draft,
    Open,
    Running,
    Closed,
}

/// <summary>Invited by an officer, applied by the business, then selected (a participant), wait-listed or declined.</summary>
public enum EnrolmentStatus
{
    Invited,
    Applied,
    Selected,
    WaitingList,
    Declined,
}

/// <summary>A training or facilitation program run by a province's office (docs/decisions/0022-programs-and-effect.md).</summary>
public sealed class TrainingProgram
{
    public int Id { get; set; }
    public short ProvinceCode { get; set; }
    public string Name { get; set; } = "";
    public ProgramKind Kind { get; set; }

    /// <summary>Focus areas, comma-separated enum names (FocusArea).</summary>
    public string FocusAreas { get; set; } = "";
    public string Organiser { get; set; } = "";
    public string Partners { get; set; } = "";
    public decimal? BudgetRupiah { get; set; }
    public string FundingSource { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>The regency/city where it takes place; null when online.</summary>
    public short? RegencyCode { get; set; }
    public bool Online { get; set; }
    public int Quota { get; set; }

    /// <summary>Eligibility, each comma-separated; empty = no restriction.</summary>
    public string EligibleScales { get; set; } = "";
    public string EligibleKinds { get; set; } = "";
    public string EligibleHsChapters { get; set; } = "";
    public string EligibleBands { get; set; } = "";
    public string RequiredCertifications { get; set; } = "";

    public int? TargetParticipants { get; set; }
    public decimal? TargetWomenLedPercent { get; set; }
    public int? TargetExportReady { get; set; }
    public int? TargetNewExporters { get; set; }
    public decimal? TargetExportValueUsd { get; set; }

    /// <summary>Completion rule: minimum share of sessions attended (percent) and whether a post-test is needed.</summary>
    public decimal CompletionAttendancePercent { get; set; } = Completion.DefaultAttendancePercent;
    public bool CompletionNeedsPostTest { get; set; } = true;

    public ProgramStatus Status { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? RunningOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>True for a program made from the registry's old "participation" placeholder records.</summary>
    public bool FromPlaceholder { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";

    public List<ProgramSession> Sessions { get; set; } = [];
    public List<Enrolment> Enrolments { get; set; } = [];
}

/// <summary>One session of a program: agenda, trainer, date and time in WIB (UTC+7).</summary>
public sealed class ProgramSession
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public string Agenda { get; set; } = "";
    public string Trainer { get; set; } = "";
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public List<Attendance> Attendance { get; set; } = [];
}

/// <summary>A business's place in a program, with its test scores and, once earned, its completion and certificate.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int ProgramId { get; set; }

    /// <summary>Loaded for the registry's business page (the programs a business took part in).</summary>
    public TrainingProgram? Program { get; set; }
    public int BusinessId { get; set; }
    public EnrolmentStatus Status { get; set; }

    /// <summary>Why the officer selected, wait-listed or declined (required for a decision).</summary>
    public string Reason { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string DecidedBy { get; set; } = "";
    public decimal? PreTestScore { get; set; }
    public decimal? PostTestScore { get; set; }

    /// <summary>1 (poor) to 5 (very good).</summary>
    public int? Satisfaction { get; set; }

    /// <summary>Set by <see cref="Completion"/> whenever attendance or scores change: the program's end date when completed.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>The certificate's public verification code (no personal data), given with completion.</summary>
    public string? CertificateCode { get; set; }
    public List<Attendance> Attendance { get; set; } = [];
}

public sealed class Attendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int EnrolmentId { get; set; }
    public bool Present { get; set; }
}
