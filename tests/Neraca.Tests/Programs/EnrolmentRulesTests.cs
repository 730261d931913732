using Neraca.Programs;

namespace Neraca.Tests.Programs;

public class EnrolmentRulesTests
{
    private static readonly DateTime Now = new(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2025, 2, 1);

    [Fact]
    public void Decide_SelectBeyondQuota_WaitingList()
    {
        var p = ProgramSamples.Program(quota: 1);
        Assert.Empty(EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now));
        Assert.Empty(EnrolmentRules.Apply(p, ProgramSamples.Business(2), Today, Now));

        Assert.Empty(EnrolmentRules.Decide(p, new DecisionInput(1, "select", "fokus cocok"), "officer", Now));
        Assert.Empty(EnrolmentRules.Decide(p, new DecisionInput(2, "select", "fokus cocok"), "officer", Now));

        Assert.Equal([EnrolmentStatus.Selected, EnrolmentStatus.WaitingList], p.Enrolments.Select(e => e.Status));
    }

    [Fact]
    public void Decide_NoReason_RefusedNothingChanged()
    {
        var p = ProgramSamples.Program();
        EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now);

        var errors = EnrolmentRules.Decide(p, new DecisionInput(1, "select", " "), "officer", Now);

        Assert.Equal("reason", Assert.Single(errors).Field);
        Assert.Equal(EnrolmentStatus.Applied, p.Enrolments[0].Status);
    }

    [Fact]
    public void Apply_Twice_AlreadyEnrolled()
    {
        var p = ProgramSamples.Program();
        EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now);

        Assert.Equal("program.enrolled", Assert.Single(EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now)).Code);
    }

    [Fact]
    public void Apply_DraftProgram_NotOpen()
    {
        var p = ProgramSamples.Program();
        p.Status = ProgramStatus.Draft;

        Assert.Equal("program.notopen", Assert.Single(EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now)).Code);
    }

    [Fact]
    public void RecordAttendance_NonParticipantAmongThem_RefusedNoRowWritten()
    {
        var p = ProgramSamples.Program();
        p.Sessions.Add(new ProgramSession { Id = 3, Date = ProgramSamples.Start });
        p.Enrolments.Add(new Enrolment { Id = 1, BusinessId = 1, Status = EnrolmentStatus.Selected });
        p.Enrolments.Add(new Enrolment { Id = 2, BusinessId = 2, Status = EnrolmentStatus.Applied });

        var errors = EnrolmentRules.RecordAttendance(p, new AttendanceInput(3, [1, 2], null));

        var e = Assert.Single(errors);
        Assert.Equal("business #2 is not a selected participant of this program", e.Reason);
        Assert.All(p.Enrolments, x => Assert.Empty(x.Attendance));
    }

    [Fact]
    public void RecordScores_OutOfRange_Refused()
    {
        var p = ProgramSamples.Program();
        p.Enrolments.Add(new Enrolment { Id = 1, BusinessId = 1, Status = EnrolmentStatus.Selected });

        Assert.Equal("postTest", Assert.Single(EnrolmentRules.RecordScores(p, new ScoreInput(1, 50, 101, null))).Field);
        Assert.Null(p.Enrolments[0].PostTestScore);
    }

    [Fact]
    public void Apply_IneligibleBusiness_ReasonInBothLanguages()
    {
        var p = ProgramSamples.Program();
        p.EligibleKinds = "umkm";

        var e = Assert.Single(EnrolmentRules.Apply(p, ProgramSamples.Business(1), Today, Now));

        Assert.Equal("business #1 is not eligible: IKM/UMKM", e.Reason);
        Assert.StartsWith("usaha #1 tidak memenuhi syarat", e.Text(System.Globalization.CultureInfo.GetCultureInfo("id")), StringComparison.Ordinal);
    }
}
