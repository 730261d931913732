using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Registry;
using Neraca.Tests.Web;

namespace Neraca.Tests.Programs;

/// <summary>The programs pages: create (errors in Indonesian), run, attendance on the phone form, apply, public list and certificate check.</summary>
public class ProgramPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task NewPage_DatesReversedThenValid_IndonesianErrorThenCreated(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync("/programs/new");

        using (var bad = await session.PostAsync("/programs/new", RegistryFormTests.Form(page, ("name", "Klinik Kemasan"), ("kind", "training"), ("focus", "packaging"),
            ("startDate", "2026-05-10"), ("endDate", "2026-05-01"), ("regencyCode", "1871"), ("quota", "0"))))
        {
            var html = await bad.Content.ReadAsStringAsync();
            Assert.Contains("tanggal selesai sebelum tanggal mulai", html, StringComparison.Ordinal);
            Assert.Contains("kuota harus bilangan bulat 1 sampai 10000", html, StringComparison.Ordinal);
        }

        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(0, await db.Programs.CountAsync());
        }

        using var ok = await session.PostAsync("/programs/new", RegistryFormTests.Form(page, ("name", "Klinik Kemasan"), ("kind", "training"), ("focus", "packaging"),
            ("startDate", "2026-05-01"), ("endDate", "2026-05-10"), ("regencyCode", "1871"), ("quota", "5")));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var detail = await session.GetStringAsync(ok.Headers.Location!.ToString());
        Assert.Contains("Klinik Kemasan", detail, StringComparison.Ordinal);
        Assert.Contains("draf", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_OfficerOfOtherProvince_NotFound()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        using var created = await api.PostAsJsonAsync("/api/programs", ProgramApiTests.NewProgram());
        var id = (await RegistryApiTests.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var (other, _) = await factory.SignInAsync(Roles.Officer, 31);
        var (own, _) = await factory.SignInAsync(Roles.Officer, 18);

        using var response = await other.GetAsync($"/programs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/programs/{id}")).StatusCode);
    }

    [Fact]
    public async Task Pages_BusinessAppliesOfficerSelectsAttendsPhoneForm_CertificateVerifiesPublicly()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _) = await factory.SignInAsync(Roles.Business);
        using var created = await api.PostAsJsonAsync("/api/programs", ProgramApiTests.NewProgram());
        var id = (await RegistryApiTests.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await api.PostAsJsonAsync($"/api/programs/{id}/sessions", new { agenda = "Label", date = "2026-03-02" });
        await api.PostAsJsonAsync($"/api/programs/{id}/status", new { status = "open" });
        var ownerPage = await owner.GetStringAsync("/programs");
        Assert.Contains("Klinik Kemasan Ekspor", ownerPage, StringComparison.Ordinal);
        Assert.Contains("Klinik Kemasan Ekspor", await factory.CreateHttpsClient().GetStringAsync("/programs/open"), StringComparison.Ordinal);

        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var business = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120001234701"));
        using (var apply = await session.PostAsync("/programs?handler=Apply", RegistryFormTests.Form(await session.GetStringAsync("/programs"), ("programId", $"{id}"), ("businessId", $"{business}"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode); // staff may enter an application on the business's behalf
        }

        var detail = await session.GetStringAsync($"/programs/{id}");
        using (var select = await session.PostAsync($"/programs/{id}?handler=Decide", RegistryFormTests.Form(detail, ("businessId", $"{business}"), ("decision", "select"), ("reason", "cocok"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, select.StatusCode);
        }

        detail = await session.GetStringAsync($"/programs/{id}");
        var sessionId = System.Text.RegularExpressions.Regex.Match(detail, "id=\"attendance-(\\d+)\"").Groups[1].Value;
        using (var attend = await session.PostAsync($"/programs/{id}?handler=Attendance", RegistryFormTests.Form(detail, ("sessionId", sessionId), ("participants", $"{business}"), ("present", $"{business}"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, attend.StatusCode);
        }

        using (var score = await session.PostAsync($"/programs/{id}?handler=Scores", RegistryFormTests.Form(detail, ("businessId", $"{business}"), ("postTest", "88"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, score.StatusCode);
        }

        await using var check = factory.Database.NewContext();
        var code = await check.Enrolments.Where(e => e.BusinessId == business).Select(e => e.CertificateCode).SingleAsync();
        var verified = await factory.CreateHttpsClient().GetStringAsync($"/programs/certificate/{code}");
        Assert.Contains("id=\"certificate-valid\"", verified, StringComparison.Ordinal);
        Assert.Contains("id=\"certificate-invalid\"", await factory.CreateHttpsClient().GetStringAsync("/programs/certificate/XXXX"), StringComparison.Ordinal);
    }
}
