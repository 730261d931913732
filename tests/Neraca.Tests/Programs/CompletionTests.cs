using Neraca.Programs;

namespace Neraca.Tests.Programs;

public class CompletionTests
{
    /// <summary>Four sessions; the participant attended <paramref name="attended"/>.</summary>
    private static (TrainingProgram Program, Enrolment Enrolment) Setup(int attended, decimal? postTest, bool needsPostTest = true, EnrolmentStatus status = EnrolmentStatus.Selected)
    {
        var p = ProgramSamples.Program();
        p.CompletionNeedsPostTest = needsPostTest;
        var e = new Enrolment { Id = 5, BusinessId = 7, Status = status, PostTestScore = postTest };
        p.Enrolments.Add(e);
        for (var i = 0; i < 4; i++)
        {
            var s = new ProgramSession { Id = i + 1 };
            p.Sessions.Add(s);
            var a = new Attendance { SessionId = s.Id, EnrolmentId = e.Id, Present = i < attended };
            s.Attendance.Add(a);
            e.Attendance.Add(a);
        }

        return (p, e);
    }

    [Theory]
    [InlineData(3, 80, true)] // 3/4 = 75 % and a post-test: exactly the threshold completes
    [InlineData(2, 80, false)] // 50 %
    [InlineData(4, null, false)] // no post-test
    public void Apply_AttendanceAndPostTest_HandComputed(int attended, int? postTest, bool completed)
    {
        var (p, e) = Setup(attended, postTest);

        Completion.Apply(p);

        Assert.Equal(completed ? ProgramSamples.End : null, e.CompletedOn);
        Assert.Equal(completed, e.CertificateCode is { Length: 12 });
    }

    [Fact]
    public void Apply_PostTestNotRequired_AttendanceAlone()
    {
        var (p, e) = Setup(3, null, needsPostTest: false);

        Completion.Apply(p);

        Assert.NotNull(e.CompletedOn);
    }

    [Fact]
    public void Apply_WaitListedWithFullAttendance_NotCompleted()
    {
        var (p, e) = Setup(4, 90, status: EnrolmentStatus.WaitingList);

        Completion.Apply(p);

        Assert.Null(e.CompletedOn);
    }

    [Fact]
    public void AttendancePercent_TwoOfThree_HalfAwayFromZero() => Assert.Equal(66.67m, Completion.AttendancePercent(3, 2));
}
