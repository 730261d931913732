using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Programs;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>
/// Four demo programs (docs/decisions/0022-programs-and-effect.md): a closed coffee processing clinic with twelve
/// participants and twelve comparable coffee makers that did not take part (enough pairs for an effect), a closed
/// packaging clinic with four (an effect of "not enough data"), a running export-procedure training and an open
/// trade-fair delegation. The extra businesses are invented (NIBs in the 9120002… range), registered three years back,
/// with assessments before and after and a few exports, so the funnel, the follow-up and the report have data.
/// </summary>
public static class DemoPrograms
{
    private static readonly string[] Basic = ["leg_nib", "leg_tax_bank", "qual_cert", "fin_books"];
    private static readonly string[] Extra = ["cap_continuity", "qual_halal", "mkt_target"];
    private static readonly string[] Taught = ["pack_english", "pack_transport", "price_fob", "price_incoterms", "log_docs"];
    private static readonly short[] Places = [1801, 1802, 1806, 1807];
    private static readonly string[] Villages = ["Sumber Jaya", "Way Tenong", "Gisting", "Ulu Belu", "Bukit Kemuning", "Banjit", "Liwa", "Pulau Panggung", "Kebun Tebu", "Air Hitam", "Sekincau", "Suoh", "Talang Padang", "Sumberejo"];

    public static async Task LoadAsync(NeracaDb db, DateTime nowUtc, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        var coffeeStart = today.AddMonths(-14);
        var coffee = Program("Klinik Pengolahan Kopi Robusta", ProgramKind.Training, [FocusArea.ProductQuality, FocusArea.Packaging],
            coffeeStart, coffeeStart.AddDays(45), 1801, 12, 180_000_000m, ProgramStatus.Closed, nowUtc);
        coffee.EligibleHsChapters = "09";
        coffee.TargetParticipants = 12;
        coffee.TargetWomenLedPercent = 40m;
        coffee.TargetExportReady = 6;
        coffee.TargetNewExporters = 3;
        coffee.TargetExportValueUsd = 150_000m;
        await CohortAsync(db, coffee, "Kopi", "09011110", 12, 0, nowUtc, ct);

        var packStart = today.AddMonths(-11);
        var packaging = Program("Klinik Kemasan dan Label Ekspor", ProgramKind.Mentoring, [FocusArea.Packaging],
            packStart, packStart.AddDays(20), 1871, 8, 60_000_000m, ProgramStatus.Closed, nowUtc);
        await CohortAsync(db, packaging, "Keripik", "20089990", 4, 100, nowUtc, ct);

        var registry = await db.Businesses.Where(b => b.Nib.StartsWith("9120001")).OrderBy(b => b.Id).ToListAsync(ct);
        var procedures = Program("Pelatihan Prosedur Ekspor", ProgramKind.Training, [FocusArea.ExportProcedures, FocusArea.Finance],
            today.AddDays(-5), today.AddDays(20), 1871, 20, 75_000_000m, ProgramStatus.Running, nowUtc);
        AddSessions(procedures, 3);
        foreach (var b in registry.Take(6))
        {
            procedures.Enrolments.Add(Selected(b.Id, nowUtc));
        }

        Attend(procedures, procedures.Sessions[0], _ => true);
        var fair = Program("Delegasi Pameran Dagang", ProgramKind.TradeFair, [FocusArea.Marketing],
            today.AddDays(40), today.AddDays(44), null, 5, 250_000_000m, ProgramStatus.Open, nowUtc);
        fair.EligibleBands = "potensial,siap-ekspor,eksportir";
        foreach (var (b, i) in registry.Skip(1).Take(4).Select((b, i) => (b, i)))
        {
            fair.Enrolments.Add(new Enrolment { BusinessId = b.Id, Status = i < 2 ? EnrolmentStatus.Applied : EnrolmentStatus.Invited, CreatedAtUtc = nowUtc });
        }

        foreach (var p in new[] { procedures, fair })
        {
            Completion.Apply(p);
            db.Programs.Add(p);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>n participants and n comparable businesses that did not take part; the program gets four sessions.</summary>
    private static async Task CohortAsync(NeracaDb db, TrainingProgram p, string stem, string hs, int n, int nibOffset, DateTime nowUtc, CancellationToken ct)
    {
        var participants = new List<Business>();
        for (var i = 0; i < 2 * n; i++)
        {
            var participant = i < n;
            var k = i % n;
            var b = Business(stem, hs, nibOffset + i, Places[k % Places.Length], participant && k % 2 == 0 ? "F" : "M", nowUtc);
            var before = Basic.Concat(Extra.Take(k % 3)).ToList();
            var after = participant ? before.Concat(Taught.Take(k % 2 == 0 ? 5 : 4)).ToList() : before.Concat(k % 3 == 0 ? ["pack_transport"] : []).ToList();
            b.Assessments.Add(Assessment(before, p.StartDate.AddDays(-60 + k)));
            b.Assessments.Add(Assessment(after, p.EndDate.AddDays(Outcomes.AfterDays + 15 + k)));
            if (k == 0)
            {
                b.Exports.Add(Export(p.StartDate.AddMonths(-6), hs, 9_500m));
            }

            if ((participant && k < 5) || (!participant && k < 2))
            {
                b.Exports.Add(Export(p.EndDate.AddMonths(3 + k), hs, 12_000m + (1_500m * k)));
            }

            db.Businesses.Add(b);
            if (participant)
            {
                participants.Add(b);
            }
        }

        await db.SaveChangesAsync(ct);
        AddSessions(p, 4);
        foreach (var (b, k) in participants.Select((b, k) => (b, k)))
        {
            var e = Selected(b.Id, nowUtc);
            e.PreTestScore = 45 + (k * 2);
            e.PostTestScore = k == n - 1 && n > 4 ? null : 70 + (k * 2);
            e.Satisfaction = 4 + (k % 2);
            p.Enrolments.Add(e);
        }

        // Most attend every session; every sixth misses two of four (50 %: not completed).
        foreach (var (s, j) in p.Sessions.Select((s, j) => (s, j)))
        {
            Attend(p, s, e => participants.FindIndex(b => b.Id == e.BusinessId) % 6 != 5 || j < 2);
        }

        Completion.Apply(p);
        db.Programs.Add(p);
        await db.SaveChangesAsync(ct);
    }

    private static TrainingProgram Program(string name, ProgramKind kind, FocusArea[] focus, DateOnly start, DateOnly end, short? regency, int quota, decimal budget, ProgramStatus status, DateTime nowUtc) => new()
    {
        ProvinceCode = LampungPublished.Province,
        Name = name,
        Kind = kind,
        FocusAreas = ProgramRules.Join(focus),
        Organiser = "Disperindag Provinsi Lampung",
        Partners = "Balai Besar Industri Agro; LPEI",
        BudgetRupiah = budget,
        FundingSource = "APBD Provinsi Lampung",
        StartDate = start,
        EndDate = end,
        RegencyCode = regency,
        Online = regency is null,
        Quota = quota,
        Status = status,
        OpenedOn = start.AddDays(-30),
        RunningOn = status >= ProgramStatus.Running ? start : null,
        ClosedOn = status == ProgramStatus.Closed ? end : null,
        CreatedAtUtc = nowUtc,
        CreatedBy = DemoLoader.Actor,
    };

    private static void AddSessions(TrainingProgram p, int count)
    {
        var days = Math.Max(1, p.EndDate.DayNumber - p.StartDate.DayNumber);
        for (var j = 0; j < count; j++)
        {
            p.Sessions.Add(new ProgramSession
            {
                Agenda = string.Create(CultureInfo.InvariantCulture, $"Sesi {j + 1}"),
                Trainer = "Tim Balai Besar Industri Agro",
                Date = p.StartDate.AddDays(days * j / count),
                StartTime = new TimeOnly(9, 0),
            });
        }
    }

    private static void Attend(TrainingProgram p, ProgramSession s, Func<Enrolment, bool> present)
    {
        foreach (var e in p.Enrolments.Where(e => e.Status == EnrolmentStatus.Selected))
        {
            var a = new Attendance { Present = present(e) };
            s.Attendance.Add(a);
            e.Attendance.Add(a);
        }
    }

    private static Enrolment Selected(int businessId, DateTime nowUtc) => new()
    {
        BusinessId = businessId,
        Status = EnrolmentStatus.Selected,
        Reason = "sesuai fokus program",
        CreatedAtUtc = nowUtc,
        DecidedAtUtc = nowUtc,
        DecidedBy = DemoLoader.Actor,
    };

    private static Business Business(string stem, string hs, int i, short regency, string gender, DateTime nowUtc)
    {
        var village = Villages[i % Villages.Length];
        return new Business
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"{stem} {village} {i + 1}"),
            Nib = string.Create(CultureInfo.InvariantCulture, $"9120002{i:D6}"),
            LegalForm = "Perorangan",
            KbliCodes = hs.StartsWith("09", StringComparison.Ordinal) ? "10761" : "10330",
            Kind = BusinessKind.Ikm,
            CapitalRupiah = 100_000_000m + (i % 4 * 50_000_000m),
            AnnualSalesRupiah = 600_000_000m + (i % 5 * 100_000_000m),
            ProvinceCode = LampungPublished.Province,
            RegencyCode = regency,
            Address = village + ", Lampung",
            OwnerName = "Pemilik " + village,
            OwnerGender = gender,
            Employees = 3 + (i % 7),
            FoundedYear = 2010 + (i % 10),
            Verification = Verification.Verified,
            CreatedAtUtc = nowUtc.AddYears(-3),
            VerifiedAtUtc = nowUtc.AddYears(-3),
            VerifiedBy = DemoLoader.Actor,
            Products = [new Product { NameId = stem + " olahan", NameEn = stem + " product", HsCode = hs, MinimumOrder = "1 karton / 1 carton" }],
        };
    }

    private static Assessment Assessment(IEnumerable<string> yes, DateOnly date)
    {
        var answers = yes.Distinct(StringComparer.Ordinal).ToDictionary(q => q, _ => true, StringComparer.Ordinal);
        var result = Readiness.Score(answers);
        return new Assessment
        {
            QuestionnaireVersion = result.Version,
            Verified = true,
            AnswersJson = JsonSerializer.Serialize(new { answers, markets = Array.Empty<string>() }),
            Score = result.Score,
            Band = result.Band,
            Date = date,
            By = DemoLoader.Actor,
        };
    }

    private static ExportRecord Export(DateOnly date, string hs, decimal usd) => new() { Date = date, Country = "JP", HsCode = hs, ValueUsd = usd, Buyer = "Demo buyer" };
}
