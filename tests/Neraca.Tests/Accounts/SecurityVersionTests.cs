using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Accounts;

/// <summary>Every change that can affect a token raises the security version in its own transaction; bookkeeping does not (decision 0028).</summary>
public class SecurityVersionTests
{
    private const string Password = "lampung coffee harbour sunrise";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_EachSecurityChange_RaisesTheVersion(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        AppUser user = null!;
        ApiToken token = null!;

        var changes = new (string Name, Func<Task> Act)[]
        {
            ("user created", async () => user = (await accounts.CreateUserAsync("v@test.go.id", Roles.Analyst, null, null, Password)).User!),
            ("token created", async () => token = (await accounts.CreateTokenAsync(user, "t")).Token),
            ("token revoked", async () => Assert.True(await accounts.RevokeTokenAsync(user.Id, token.Id))),
            ("role changed", async () => Assert.True(await accounts.SetRoleAsync(user, Roles.Officer))),
            ("user disabled", async () => Assert.True(await accounts.SetDisabledAsync(user, true))),
            ("user enabled", async () => Assert.True(await accounts.SetDisabledAsync(user, false))),
            ("password reset", async () => Assert.Empty(await accounts.ResetPasswordAsync(user, "another long harbour phrase", false))),
            ("2fa enabled", async () => Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded)),
            ("security stamp", async () => Assert.True((await users.UpdateSecurityStampAsync(user)).Succeeded)),
            ("user claim added", async () => Assert.True((await users.AddClaimAsync(user, new System.Security.Claims.Claim("x", "y"))).Succeeded)),
            ("role created", async () => Assert.True((await roles.CreateAsync(new IdentityRole("auditor"))).Succeeded)),
            ("role claim added", async () => Assert.True((await roles.AddClaimAsync((await roles.FindByNameAsync("auditor"))!, new System.Security.Claims.Claim("x", "y"))).Succeeded)),
            ("province changed", async () => { user.ProvinceCode = 18; Assert.True((await users.UpdateAsync(user)).Succeeded); }),
            ("display name changed", async () => { user.DisplayName = "Another Name"; Assert.True((await users.UpdateAsync(user)).Succeeded); }),
            ("must change password", async () => { user.MustChangePassword = true; Assert.True((await users.UpdateAsync(user)).Succeeded); }),
            ("e-mail changed", async () => Assert.True((await users.SetEmailAsync(user, "w@test.go.id")).Succeeded)),
            ("user deleted", async () => Assert.True((await users.DeleteAsync(user)).Succeeded)),
        };

        foreach (var (name, act) in changes)
        {
            var before = await VersionAsync(database);
            await act();
            Assert.True(await VersionAsync(database) > before, $"{name} did not raise the security version");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_SignInBookkeepingOtherDataLastUsedOrRollback_KeepsTheVersion(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await accounts.CreateUserAsync("k@test.go.id", Roles.Analyst, null, null, Password)).User!;
        var (token, _) = await accounts.CreateTokenAsync(user, "t");
        var before = await VersionAsync(database);

        // What Identity writes for a failed sign-in, a lockout, a successful one after failures, and an unlock: no
        // token depends on it (review finding: each sign-in emptied every server's token cache).
        Assert.True((await users.AccessFailedAsync(user)).Succeeded);
        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        Assert.True((await users.ResetAccessFailedCountAsync(user)).Succeeded);
        await accounts.UnlockAsync(user);

        // The bearer handler's "last used" write bypasses SaveChanges on purpose.
        await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, DateTime.UtcNow));
        // Data that has nothing to do with tokens.
        db.AuditEntries.Add(new AuditEntry { Actor = "test", Action = AuditActions.Update, Entity = "x", EntityId = "1", AtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        // A token change whose transaction rolls back leaves no trace, the version included.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.True(await accounts.RevokeTokenAsync(user.Id, token.Id));
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await VersionAsync(database));
    }

    /// <summary>The review finding: every sign-in and failed sign-in emptied every server's token cache.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Login_WrongThenRightPassword_KeepsTheVersion(Engine engine)
    {
        await using var factory = await Web.NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        var before = await VersionAsync(factory.Database);

        for (var i = 0; i < 2; i++)
        {
            (await Web.NeracaWebFactory.PostLoginAsync(client, user.Email!, "not the right password " + i)).Dispose();
        }

        using var right = await Web.NeracaWebFactory.PostLoginAsync(client, user.Email!, Web.NeracaWebFactory.Password);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(before, await VersionAsync(factory.Database));
    }

    private static async Task<long> VersionAsync(TestDatabase database)
    {
        await using var fresh = database.NewContext();
        return await SecurityChanges.ReadAsync(fresh, CancellationToken.None);
    }
}
