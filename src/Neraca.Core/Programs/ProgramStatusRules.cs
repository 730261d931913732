namespace Neraca.Programs;

/// <summary>
/// draft → open → running → closed, one step at a time, each with its date. A closed program is frozen: its
/// enrolments, attendance and scores can no longer change, so the report of a closed year stays what it was.
/// </summary>
public static class ProgramStatusRules
{
    public static List<ProgramError> Move(TrainingProgram p, ProgramStatus to, DateOnly today)
    {
        if (to != p.Status + 1)
        {
            return [new ProgramError("status", "program.status", Registry.EnumText.Of(p.Status), Registry.EnumText.Of(to))];
        }

        p.Status = to;
        switch (to)
        {
            case ProgramStatus.Open:
                p.OpenedOn = today;
                break;
            case ProgramStatus.Running:
                p.RunningOn = today;
                break;
            default:
                p.ClosedOn = today;
                Completion.Apply(p);
                break;
        }

        return [];
    }

    /// <summary>Null when the program can still change, else the error to show.</summary>
    public static ProgramError? Frozen(TrainingProgram p) => p.Status == ProgramStatus.Closed ? new ProgramError("status", "program.closed") : null;
}
