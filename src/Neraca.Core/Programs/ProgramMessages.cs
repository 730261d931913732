using System.Globalization;
using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>
/// Every programs validation message in Bahasa Indonesia and English, by code; codes not here (required, toolong,
/// regency, date…) are the registry's (<see cref="RegistryMessages"/>), so both modules say the same thing.
/// </summary>
public static class ProgramMessages
{
    private static readonly Dictionary<string, (string Id, string En)> Table = new(StringComparer.Ordinal)
    {
        ["program.kind"] = ("jenis program harus salah satu dari {0}", "kind must be one of {0}"),
        ["program.focus"] = ("'{0}' bukan fokus program (pilihan: {1})", "'{0}' is not a focus area (choose from {1})"),
        ["program.dates"] = ("tanggal selesai sebelum tanggal mulai", "the end date is before the start date"),
        ["program.quota"] = ("kuota harus bilangan bulat 1 sampai {0}", "the quota must be a whole number from 1 to {0}"),
        ["program.place"] = ("pilih kabupaten/kota tempat kegiatan atau tandai daring", "choose the regency/city where it takes place or mark it online"),
        ["program.budget"] = ("anggaran tidak boleh negatif", "the budget cannot be negative"),
        ["program.percent"] = ("'{0}' harus persen dari 0 sampai 100", "'{0}' must be a percentage from 0 to 100"),
        ["program.target"] = ("target tidak boleh negatif", "targets cannot be negative"),
        ["program.list"] = ("'{0}' tidak dikenal (pilihan: {1})", "'{0}' is not known (choose from {1})"),
        ["program.chapter"] = ("'{0}' bukan bab HS dua angka (01 sampai 97)", "'{0}' is not a two-digit HS chapter (01 to 97)"),
        ["program.status"] = ("program berstatus {0} tidak dapat menjadi {1} (urutan: draft, open, running, closed)", "a {0} program cannot become {1} (order: draft, open, running, closed)"),
        ["program.closed"] = ("program sudah ditutup: datanya tidak dapat diubah lagi", "the program is closed: its data can no longer be changed"),
        ["program.notopen"] = ("program tidak sedang menerima pendaftaran", "the program is not open for applications"),
        ["program.notparticipant"] = ("usaha #{0} bukan peserta terpilih program ini", "business #{0} is not a selected participant of this program"),
        ["program.noenrolment"] = ("usaha #{0} tidak terdaftar di program ini", "business #{0} is not enrolled in this program"),
        ["program.enrolled"] = ("usaha #{0} sudah terdaftar di program ini", "business #{0} is already enrolled in this program"),
        ["program.ineligible"] = ("usaha #{0} tidak memenuhi syarat: {1}", "business #{0} is not eligible: {1}"),
        ["program.business"] = ("usaha #{0} tidak ditemukan di provinsi program", "business #{0} was not found in the program's province"),
        ["program.reason"] = ("tuliskan alasan keputusan", "give the reason for the decision"),
        ["program.decision"] = ("keputusan harus select, waitlist atau decline", "the decision must be select, waitlist or decline"),
        ["program.score"] = ("nilai harus dari 0 sampai 100", "scores must be from 0 to 100"),
        ["program.satisfaction"] = ("kepuasan harus 1 sampai 5", "satisfaction must be from 1 to 5"),
        ["program.session"] = ("sesi #{0} tidak ada di program ini", "session #{0} is not part of this program"),
        ["program.sessiondate"] = ("tanggal sesi di luar tanggal program ({0} sampai {1})", "the session date is outside the program's dates ({0} to {1})"),
        ["program.time"] = ("'{0}' bukan jam (jj:mm, WIB)", "'{0}' is not a time (hh:mm, WIB)"),
        ["program.duplicate"] = ("usaha #{0} muncul lebih dari sekali", "business #{0} appears more than once"),
    };

    public static IEnumerable<string> Codes => Table.Keys;

    public static string Format(string code, IReadOnlyList<string> args, CultureInfo culture)
    {
        if (!Table.TryGetValue(code, out var text))
        {
            return RegistryMessages.Format(code, args, culture);
        }

        var english = RegistryMessages.IsEnglish(culture);
        if (code == "program.ineligible" && args.Count == 2)
        {
            // The failures travel as kebab-case names so each reader gets them in their own language.
            var failures = args[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => EnumText.TryParse<EligibilityFailure>(f, out var v) ? ProgramTexts.Failure(v, english) : f);
            args = [args[0], string.Join(", ", failures)];
        }

        return string.Format(CultureInfo.InvariantCulture, english ? text.En : text.Id, [.. args]);
    }
}

/// <summary>A problem with one field of a program change (field as named in the API's JSON).</summary>
public sealed record ProgramError(string Field, string Code, params string[] Args)
{
    /// <summary>English, for the API, the CLI and logs.</summary>
    public string Reason => ProgramMessages.Format(Code, Args, RegistryMessages.English);

    public string Text(CultureInfo culture) => ProgramMessages.Format(Code, Args, culture);

    public static Dictionary<string, string[]> ByField(IEnumerable<ProgramError> errors, CultureInfo culture) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Text(culture)).ToArray(), StringComparer.Ordinal);
}

/// <summary>The outcome of a program change: the value, or field errors, or not found (not visible to the caller).</summary>
public sealed record ProgramResult<T>(T? Value, IReadOnlyList<ProgramError> Errors, bool NotFound)
{
    public static ProgramResult<T> Ok(T value) => new(value, [], false);

    public static ProgramResult<T> Invalid(params ProgramError[] errors) => new(default, errors, false);

    public static ProgramResult<T> Invalid(IReadOnlyList<ProgramError> errors) => new(default, errors, false);

    public static ProgramResult<T> Missing() => new(default, [], true);
}
