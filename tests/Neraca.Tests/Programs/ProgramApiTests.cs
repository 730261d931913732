using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Registry;
using Neraca.Tests.Web;

namespace Neraca.Tests.Programs;

/// <summary>`/api/programs`: the whole flow and the role matrix, on both engines.</summary>
public class ProgramApiTests
{
    private const string Api = "/api/programs";

    internal static object NewProgram(string start = "2026-03-02", string end = "2026-03-20", int quota = 2) => new
    {
        name = "Klinik Kemasan Ekspor",
        kind = "training",
        focusAreas = new[] { "packaging" },
        organiser = "Disperindag Lampung",
        budgetRupiah = 40_000_000m,
        startDate = start,
        endDate = end,
        regencyCode = 1871,
        quota,
        targetParticipants = 2,
    };

    private static async Task<int> CreateProgramAsync(HttpClient officer)
    {
        using var response = await officer.PostAsJsonAsync(Api, NewProgram());
        return (await RegistryApiTests.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_DatesReversedAndQuotaZero_400BothFieldsNothingWritten(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);

        using var response = await officer.PostAsJsonAsync(Api, NewProgram(start: "2026-03-20", end: "2026-03-02", quota: 0));

        var problem = await RegistryApiTests.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("the end date is before the start date", problem.GetProperty("errors").GetProperty("endDate")[0].GetString());
        Assert.Equal("the quota must be a whole number from 1 to 10000", problem.GetProperty("errors").GetProperty("quota")[0].GetString());
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.Programs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RoleMatrix_OtherProvince404AnalystForbiddenOwnerNotEnrolled404(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (other, _, _) = await factory.TokenClientAsync(Roles.Officer, 31);
        var (analyst, _, _) = await factory.TokenClientAsync(Roles.Analyst, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await CreateProgramAsync(officer);

        foreach (var (client, expected) in new[] { (other, HttpStatusCode.NotFound), (analyst, HttpStatusCode.Forbidden), (owner, HttpStatusCode.NotFound) })
        {
            using var get = await client.GetAsync($"{Api}/{id}");
            Assert.Equal(expected, get.StatusCode);
        }

        using (var move = await other.PostAsJsonAsync($"{Api}/{id}/status", new { status = "open" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        }

        using (var ownerCreates = await owner.PostAsJsonAsync(Api, NewProgram()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, ownerCreates.StatusCode);
        }

        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>(Api)).GetArrayLength());
        await using var db = factory.Database.NewContext();
        Assert.Equal("Draft", (await db.Programs.SingleAsync()).Status.ToString());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "program" && a.Action == AuditActions.Create));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Flow_ApplySelectAttendPostTestClose_CompletedCertificateVerifiesAuditRows(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (stranger, _, _) = await factory.TokenClientAsync(Roles.Business);
        var mine = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120001234601"));
        var theirs = await RegistryApiTests.CreateAsync(stranger, RegistryApiTests.NewBusiness("8120001234602", name: "Keripik Pisang"));
        foreach (var b in new[] { mine, theirs })
        {
            using var verify = await officer.PostAsync($"/api/registry/businesses/{b}/verify", null);
            Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        }

        var id = await CreateProgramAsync(officer);
        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/sessions", new { agenda = "Label bahasa Inggris", trainer = "BBIA", date = "2026-03-02", startTime = "09:00" }));
        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/sessions", new { agenda = "Kemasan tahan kirim", date = "2026-03-09" }));
        using (var early = await owner.PostAsJsonAsync($"{Api}/{id}/applications", new { businessId = mine }))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode); // a draft is not visible to businesses
        }

        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/status", new { status = "open" }));
        Assert.Contains((await factory.CreateHttpsClient().GetFromJsonAsync<JsonElement>($"{Api}/open")).EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);

        using (var spoof = await stranger.PostAsJsonAsync($"{Api}/{id}/applications", new { businessId = mine }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, spoof.StatusCode); // not the stranger's business
        }

        await OkAsync(owner.PostAsJsonAsync($"{Api}/{id}/applications", new { businessId = mine }));
        await OkAsync(stranger.PostAsJsonAsync($"{Api}/{id}/applications", new { businessId = theirs }));
        var seenByStranger = await stranger.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        Assert.Equal([theirs], seenByStranger.GetProperty("enrolments").EnumerateArray().Select(e => e.GetProperty("businessId").GetInt32()));

        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/decisions", new { businessId = mine, decision = "select", reason = "gap kemasan" }));
        using (var absentParticipant = await officer.PostAsJsonAsync($"{Api}/{id}/attendance", new { sessionId = 0, presentBusinessIds = new[] { mine, theirs } }))
        {
            var problem = await RegistryApiTests.JsonAsync(absentParticipant, HttpStatusCode.BadRequest);
            Assert.Contains($"business #{theirs} is not a selected participant of this program", problem.GetProperty("errors").GetProperty("businessIds")[0].GetString(), StringComparison.Ordinal);
        }

        var program = await officer.GetFromJsonAsync<JsonElement>($"{Api}/{id}");
        var sessions = program.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
        using (var nonParticipant = await officer.PostAsJsonAsync($"{Api}/{id}/attendance", new { sessionId = sessions[0], presentBusinessIds = new[] { mine, theirs } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nonParticipant.StatusCode);
        }

        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(0, await db.Attendances.CountAsync()); // the refused call wrote nothing
        }

        foreach (var s in sessions)
        {
            await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/attendance", new { sessionId = s, presentBusinessIds = new[] { mine } }));
        }

        var scored = await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/scores", new { businessId = mine, preTest = 40, postTest = 85, satisfaction = 5 }));
        var enrolment = scored.GetProperty("enrolments").EnumerateArray().Single(e => e.GetProperty("businessId").GetInt32() == mine);
        Assert.Equal(100m, enrolment.GetProperty("attendancePercent").GetDecimal());
        var code = enrolment.GetProperty("certificateCode").GetString();
        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/status", new { status = "running" }));
        await OkAsync(officer.PostAsJsonAsync($"{Api}/{id}/status", new { status = "closed" }));

        using var anonymous = factory.CreateHttpsClient();
        var check = await anonymous.GetFromJsonAsync<JsonElement>($"{Api}/certificates/{code!.ToLowerInvariant()}");
        Assert.Equal("Klinik Kemasan Ekspor", check.GetProperty("program").GetString());
        Assert.Equal("2026-03-20", check.GetProperty("completedOn").GetString());
        Assert.False(check.TryGetProperty("businessName", out _));
        using (var fake = await anonymous.GetAsync($"{Api}/certificates/AAAAAAAAAAAA"))
        {
            Assert.Equal(HttpStatusCode.NotFound, fake.StatusCode);
        }

        using (var frozen = await officer.PostAsJsonAsync($"{Api}/{id}/scores", new { businessId = mine, postTest = 10 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, frozen.StatusCode);
        }

        var report = await officer.GetFromJsonAsync<JsonElement>($"{Api}/report?year=2026");
        Assert.Equal(1, report[0].GetProperty("participants").GetInt32());
        Assert.Equal(JsonValueKind.Null, report[0].GetProperty("effect").ValueKind);
        var csv = await officer.GetStringAsync($"{Api}/report.csv?year=2026");
        Assert.Contains("Klinik Kemasan Ekspor", csv, StringComparison.Ordinal);

        await using var check2 = factory.Database.NewContext();
        foreach (var table in new[] { "program", "program_session", "program_enrolment", "program_attendance" })
        {
            Assert.True(await check2.AuditEntries.AnyAsync(a => a.Entity == table), table);
        }

        Assert.True(await check2.AuditEntries.AnyAsync(a => a.Entity == "program_enrolment" && a.Action == AuditActions.Update && a.AfterJson!.Contains("gap kemasan")));
    }

    [Fact]
    public async Task Candidates_PackagingClinic_PackagingGapsFirstOwnerForbidden()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var a = await RegistryApiTests.CreateAsync(officer, RegistryApiTests.NewBusiness("8120001234611", name: "Tanpa label"));
        var b = await RegistryApiTests.CreateAsync(officer, RegistryApiTests.NewBusiness("8120001234612", name: "Label lengkap"));
        await OkAsync(officer.PostAsJsonAsync($"/api/registry/businesses/{a}/assessments", new { answers = ProgramSamples.AllBut("pack_english", "pack_transport").ToDictionary(q => q, _ => true) }));
        await OkAsync(officer.PostAsJsonAsync($"/api/registry/businesses/{b}/assessments", new { answers = ProgramSamples.AllBut("fin_books").ToDictionary(q => q, _ => true) }));
        var id = await CreateProgramAsync(officer);

        var ranked = await officer.GetFromJsonAsync<JsonElement>($"{Api}/{id}/candidates");
        using var forbidden = await owner.GetAsync($"{Api}/{id}/candidates");

        Assert.Equal([a, b], ranked.EnumerateArray().Select(c => c.GetProperty("businessId").GetInt32()));
        Assert.Equal(100m, ranked[0].GetProperty("focusMatchPercent").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        return await RegistryApiTests.JsonAsync(response, HttpStatusCode.OK);
    }
}
