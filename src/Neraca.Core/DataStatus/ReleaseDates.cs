using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.DataStatus;

/// <summary>A reason a release date was refused, in Bahasa Indonesia and English.</summary>
public sealed record StatusProblem(string Id, string En)
{
    public string Text(CultureInfo culture) => culture.TwoLetterISOLanguageName == "id" ? Id : En;
}

/// <summary>
/// Recording the release date BPS announced for a month: the one rule the CLI, the API and the page use. BPS releases
/// month M during month M+1 (rarely M+2 around Lebaran), so a date must fall after the month ends and within
/// <see cref="MaxDaysAfter"/> days of it. Saved through the DbContext, so every change is audited.
/// </summary>
public static class ReleaseDates
{
    public const int MaxDaysAfter = 92;

    public static StatusProblem? Check(YearMonth month, DateOnly date)
    {
        var end = month.LastDay;
        if (date <= end)
        {
            return new StatusProblem(
                string.Create(CultureInfo.InvariantCulture, $"tanggal rilis {date:yyyy-MM-dd} harus setelah bulan {month} berakhir"),
                string.Create(CultureInfo.InvariantCulture, $"the release date {date:yyyy-MM-dd} must be after {month} ends"));
        }

        return date > end.AddDays(MaxDaysAfter)
            ? new StatusProblem(
                string.Create(CultureInfo.InvariantCulture, $"tanggal rilis {date:yyyy-MM-dd} lebih dari {MaxDaysAfter} hari setelah bulan {month}: periksa bulannya"),
                string.Create(CultureInfo.InvariantCulture, $"the release date {date:yyyy-MM-dd} is more than {MaxDaysAfter} days after {month}: check the month"))
            : null;
    }

    /// <summary>Records (or replaces) the announced date; null when saved, else the reason it was refused.</summary>
    public static async Task<StatusProblem?> SetAsync(NeracaDb db, YearMonth month, DateOnly date, string? note, CancellationToken ct = default)
    {
        if (Check(month, date) is StatusProblem problem)
        {
            return problem;
        }

        var row = await db.ReleaseDates.FindAsync([(short)month.Year, (byte)month.Month], ct);
        if (row is null)
        {
            db.ReleaseDates.Add(new ReleaseDate { Year = (short)month.Year, Month = (byte)month.Month, ExpectedOn = date, Note = Trim(note) });
        }
        else
        {
            row.ExpectedOn = date;
            row.Note = Trim(note);
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string? Trim(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 500)];
}
