using Microsoft.EntityFrameworkCore;
using Neraca.Programs;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Programs;

public class PlaceholderMigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_PlaceholderRecords_ClosedProgramsCompletedOnTheirDateAudited(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var date = new DateOnly(2024, 6, 10);
        await using (var db = database.NewContext())
        {
            var a = ProgramSamples.Business(0);
            var b = ProgramSamples.Business(0);
            (a.Nib, b.Nib) = ("9120009000001", "9120009000002");
            a.Participations.Add(new ProgramParticipation { ProgramName = "Pelatihan ekspor", Date = date });
            b.Participations.Add(new ProgramParticipation { ProgramName = "Pelatihan ekspor", Date = date });
            b.Participations.Add(new ProgramParticipation { ProgramName = "Kurasi produk", Date = date.AddDays(30) });
            db.Businesses.AddRange(a, b);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(3, await PlaceholderMigration.RunAsync(db));
            Assert.Equal(0, await PlaceholderMigration.RunAsync(db));
        }

        await using (var check = database.NewContext())
        {
            var programs = await ProgramReport.Full(check.Programs).OrderBy(p => p.StartDate).ToListAsync();
            Assert.Equal(["Pelatihan ekspor", "Kurasi produk"], programs.Select(p => p.Name));
            Assert.All(programs, p => Assert.True(p.FromPlaceholder && p.Status == ProgramStatus.Closed));
            Assert.Equal([date, date], programs[0].Enrolments.Select(e => e.CompletedOn!.Value));
            Assert.Equal(0, await check.Participations.CountAsync());
            Assert.True(await check.AuditEntries.AnyAsync(x => x.Actor == PlaceholderMigration.Actor && x.Entity == "program_enrolment" && x.Action == "create"));
            Assert.True(await check.AuditEntries.AnyAsync(x => x.Actor == PlaceholderMigration.Actor && x.Entity == "business_participation" && x.Action == "delete"));
        }
    }
}
