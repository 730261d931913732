using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public class LoginTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Login_FiveWrongPasswordsThenRight_IsLockedOut(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await NeracaWebFactory.PostLoginAsync(client, user.Email!, "not the right password " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // the form again, not a redirect into the app
        Assert.Contains("dikunci", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        var actions = await db.AuditEntries.Where(a => a.EntityId == user.Id && a.Entity == "app_user" && a.Action != AuditActions.Create)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([.. Enumerable.Repeat(AuditActions.SignInFailed, 4), AuditActions.Lockout, AuditActions.SignInFailed], actions);
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(3, 2, true)]
    public async Task Login_LockoutLimit_IsConfigurable(int limit, int wrongAttempts, bool rightOneWorks)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:MaxFailedAccessAttempts"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();

        for (var i = 0; i < wrongAttempts; i++)
        {
            (await NeracaWebFactory.PostLoginAsync(client, user.Email!, "wrong wrong wrong " + i)).Dispose();
        }

        using var right = await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password);

        Assert.Equal(rightOneWorks ? HttpStatusCode.Redirect : HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_SetsHardenedCookieAndWritesOneSignInRow()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();

        using var response = await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-neraca=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.SignIn && a.EntityId == user.Id));
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_Is400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = NeracaWebFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_OverTheRateLimit_Is429Problem()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:LoginPermitsPerMinute"] = "3" });
        using var client = factory.CreateHttpsClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await NeracaWebFactory.PostLoginAsync(client, "nobody@test.go.id", "whatever whatever " + i);
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Api_OverTheRateLimit_Is429()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:ApiPermitsPerMinute"] = "5" });
        using var client = factory.CreateHttpsClient();

        var last = HttpStatusCode.OK;
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/api/openapi/v1.json");
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Fact]
    public async Task AdminWithoutTotp_IsSentToEnrolment_ThenGetsIn()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        AppUser? admin;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (admin, _) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateUserAsync("boss@test.go.id", Roles.Admin, null, "Boss", NeracaWebFactory.Password);
        }

        using var client = factory.CreateHttpsClient();
        (await NeracaWebFactory.PostLoginAsync(client, admin!.Email!, NeracaWebFactory.Password)).Dispose();

        using var blocked = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/2fa-setup", blocked.Headers.Location!.OriginalString);

        var page = await client.GetStringAsync("/account/2fa-setup");
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(TotpTests.KeyOnPage(page))).ComputeTotp();
        using var enrol = await client.PostAsync("/account/2fa-setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["PendingKey"] = TotpTests.PendingKeyOnPage(page),
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);

        using var allowed = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenSession()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:StampValidationSeconds"] = "0" });
        var (client, user) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync((await users.FindByIdAsync(user.Id))!, true);
            }

            using var after = await client.GetAsync("/import");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:StampValidationSeconds"] = "0" });
        var (client, user) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                var result = await users.ChangePasswordAsync((await users.FindByIdAsync(user.Id))!, NeracaWebFactory.Password, "a brand new passphrase for lampung");
                Assert.True(result.Succeeded);
            }

            using var after = await client.GetAsync("/import");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
    }

    [Fact]
    public async Task Session_PastTheAbsoluteTimeout_IsSignedOut()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:AbsoluteTimeoutHours"] = "0" });
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        using var login = await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var after = await client.GetAsync("/import");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
