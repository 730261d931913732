using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public class AdminAndScopeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdminUsersPage_CreatesDisablesAndChangesRole_EachAudited(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (admin, adminUser) = await factory.SignInAsync(Roles.Admin);
        using (admin)
        {
            var page = await admin.GetStringAsync("/admin/users");
            using var created = await admin.PostAsync("/admin/users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "officer@lampung.go.id",
                ["DisplayName"] = "Petugas",
                ["Role"] = Roles.Officer,
                ["Province"] = "18",
                ["Password"] = "harimau sumatra di way kambas",
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            Assert.Contains("officer@lampung.go.id", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await using var db = factory.Database.NewContext();
            var officer = await db.Users.SingleAsync(u => u.Email == "officer@lampung.go.id");
            Assert.Equal((short)18, officer.ProvinceCode);
            var token = HttpHelpers.FormToken(await admin.GetStringAsync("/admin/users"));
            using var role = await admin.PostAsync($"/admin/users?handler=Role&id={officer.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["role"] = Roles.Analyst,
                ["__RequestVerificationToken"] = token,
            }));
            using var disabled = await admin.PostAsync($"/admin/users?handler=Disable&id={officer.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["disabled"] = "true",
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

            Assert.True((await db.Users.AsNoTracking().SingleAsync(u => u.Id == officer.Id)).IsDisabled);
            var trail = await db.AuditEntries.Where(a => a.Actor == "web:" + adminUser.Email).OrderBy(a => a.Id).Select(a => a.Action + " " + a.Entity).ToListAsync();
            Assert.Equal(["sign-in app_user", "create app_user", "create app_user_role", "delete app_user_role", "create app_user_role", "update app_user"], trail);
        }
    }

    /// <summary>One user cannot touch another user's record: the lookup is scoped to the owner, so it is not found (404).</summary>
    [Fact]
    public async Task Business_RevokingAnotherUsersToken_Is404_AndTheTokenStillWorks()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (victimClient, victim, _) = await factory.TokenClientAsync(Roles.Business);
        var (attacker, _) = await factory.SignInAsync(Roles.Business);
        using (victimClient)
        using (attacker)
        {
            await using var db = factory.Database.NewContext();
            var victimToken = await db.ApiTokens.SingleAsync(t => t.UserId == victim.Id);
            var form = HttpHelpers.FormToken(await attacker.GetStringAsync("/account/tokens"));

            using var response = await attacker.PostAsync($"/account/tokens?handler=Revoke&id={victimToken.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form,
            }));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null((await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == victimToken.Id)).RevokedAtUtc);
            Assert.DoesNotContain(victimToken.Name + "</td>", await attacker.GetStringAsync("/account/tokens"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ProvinceScope_FiltersToTheUsersProvince_NationalSeesAll()
    {
        var rows = new[] { new Row(18, "Lampung"), new Row(16, "Sumsel"), new Row(18, "Lampung 2") }.AsQueryable();
        var lampung = new ProvinceScope(18);

        Assert.Equal(["Lampung", "Lampung 2"], lampung.Apply(rows, r => r.Province).Select(r => r.Name));
        Assert.Equal(3, ProvinceScope.National.Apply(rows, r => r.Province).Count());
        Assert.True(lampung.Allows(18));
        Assert.False(lampung.Allows(16));
        Assert.True(ProvinceScope.National.Allows(16));
    }

    [Fact]
    public async Task ProvinceClaim_IsIssuedFromTheUsersProvince()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var officer = await factory.CreateUserAsync(Roles.Officer, province: 18);
        var analyst = await factory.CreateUserAsync(Roles.Analyst);
        await using var scope = factory.Services.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var officerPrincipal = await claims.CreateAsync((await users.FindByIdAsync(officer.Id))!);
        var analystPrincipal = await claims.CreateAsync((await users.FindByIdAsync(analyst.Id))!);

        Assert.Equal(new ProvinceScope(18), ProvinceScope.Of(officerPrincipal));
        Assert.True(ProvinceScope.Of(analystPrincipal).IsNational);
    }

    private sealed record Row(short Province, string Name);
}
