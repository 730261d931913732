using System.Globalization;

namespace Neraca.Programs;

/// <summary>A session needs an agenda, a date within the program's dates and a start time (hh:mm, WIB).</summary>
public static class SessionRules
{
    public static (ProgramSession? Session, List<ProgramError> Errors) Create(TrainingProgram p, SessionInput input)
    {
        var errors = new List<ProgramError>();
        if (ProgramStatusRules.Frozen(p) is { } frozen)
        {
            return (null, [frozen]);
        }

        var agenda = input.Agenda?.Trim() ?? "";
        if (agenda.Length == 0)
        {
            errors.Add(new ProgramError("agenda", "required"));
        }
        else if (agenda.Length > 300)
        {
            errors.Add(new ProgramError("agenda", "toolong", "300"));
        }

        if ((input.Trainer?.Trim().Length ?? 0) > 200)
        {
            errors.Add(new ProgramError("trainer", "toolong", "200"));
        }

        if (input.Date is not { } date)
        {
            errors.Add(new ProgramError("date", "required"));
        }
        else if (date < p.StartDate || date > p.EndDate)
        {
            errors.Add(new ProgramError("date", "program.sessiondate", p.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var timeText = string.IsNullOrWhiteSpace(input.StartTime) ? "09:00" : input.StartTime.Trim();
        if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(new ProgramError("startTime", "program.time", timeText));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ProgramSession { Agenda = agenda, Trainer = input.Trainer?.Trim() ?? "", Date = input.Date!.Value, StartTime = time }, errors);
    }
}
