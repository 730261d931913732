using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Change own password, admin reset with must-change, admin unlock (web); the CLI is in UserCliTests.</summary>
public class PasswordChangeTests
{
    private const string NewPassword = "a brand new passphrase for lampung";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ChangePassword_OwnPassword_EndsOtherSessionsKeepsThisOne(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, user) = await factory.SignInAsync(Roles.Analyst);
        using var other = factory.CreateHttpsClient();
        (await NeracaWebFactory.PostLoginAsync(other, user.Email!, NeracaWebFactory.Password)).Dispose();
        using (client)
        {
            using var wrong = await PostChangeAsync(client, "not the current one at all", NewPassword);
            Assert.Contains("Kata sandi sekarang salah", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var done = await PostChangeAsync(client, NeracaWebFactory.Password, NewPassword);

            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/import")).StatusCode);
            using var fresh = factory.CreateHttpsClient();
            Assert.Equal(HttpStatusCode.Redirect, (await NeracaWebFactory.PostLoginAsync(fresh, user.Email!, NewPassword)).StatusCode);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PasswordChange && a.EntityId == user.Id && a.Actor == "web:" + user.Email));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdminReset_UserMustChangeAtNextSignIn(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (admin, adminUser) = await factory.SignInAsync(Roles.Admin);
        var (victim, user) = await factory.SignInAsync(Roles.Officer);
        using (admin)
        using (victim)
        {
            var page = await admin.GetStringAsync("/admin/users");
            using var reset = await admin.PostAsync($"/admin/users?handler=Reset&id={user.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["newPassword"] = "temporary passphrase from admin",
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            using var weak = await admin.PostAsync($"/admin/users?handler=Reset&id={user.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["newPassword"] = "password1234",
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Contains("Kata sandi ini terlalu umum", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/registry")).StatusCode); // signed out everywhere
        }

        using var client = factory.CreateHttpsClient();
        using var login = await NeracaWebFactory.PostLoginAsync(client, user.Email!, "temporary passphrase from admin");
        Assert.StartsWith("/account/password", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var blocked = await client.GetAsync("/registry");
        Assert.Equal("/account/password", blocked.Headers.Location!.OriginalString);

        using var changed = await PostChangeAsync(client, "temporary passphrase from admin", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/registry")).StatusCode);

        await using var db = factory.Database.NewContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PasswordReset && a.EntityId == user.Id && a.Actor == "web:" + adminUser.Email));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdminUnlock_LockedUser_CanSignInAgain(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        for (var i = 0; i < 5; i++)
        {
            (await NeracaWebFactory.PostLoginAsync(client, user.Email!, "wrong wrong wrong " + i)).Dispose();
        }

        Assert.Equal(HttpStatusCode.OK, (await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password)).StatusCode);

        var (admin, _) = await factory.SignInAsync(Roles.Admin);
        using (admin)
        {
            var page = await admin.GetStringAsync("/admin/users");
            Assert.Contains("handler=Unlock", page, StringComparison.Ordinal);
            using var unlock = await admin.PostAsync($"/admin/users?handler=Unlock&id={user.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password)).StatusCode);
        await using var db = factory.Database.NewContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Unlock && a.EntityId == user.Id));
    }

    [Fact]
    public async Task AdminUsersPage_NewUserForm_DefaultsToBusiness()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (admin, _) = await factory.SignInAsync(Roles.Admin);
        using (admin)
        {
            var html = await admin.GetStringAsync("/admin/users");
            var form = html[html.IndexOf("id=\"role\"", StringComparison.Ordinal)..];
            Assert.Contains("<option value=\"business\" selected=\"selected\">", form, StringComparison.Ordinal);
            Assert.DoesNotContain("<option value=\"admin\" selected", form, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetStringAsync("/account/password");
        return await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = current,
            ["Next"] = next,
            ["Confirm"] = next,
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
        }));
    }
}
