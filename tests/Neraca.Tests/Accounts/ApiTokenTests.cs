using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public class ApiTokenTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Bearer_ValidTokenWorks_RevokedTokenIs401(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, user, secret) = await factory.TokenClientAsync(Roles.Analyst);
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/imports")).StatusCode);

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Neraca.Storage.NeracaDb>();
                var token = await db.ApiTokens.SingleAsync(t => t.UserId == user.Id);
                Assert.NotNull(token.LastUsedAtUtc);
                Assert.True(await scope.ServiceProvider.GetRequiredService<AccountService>().RevokeTokenAsync(user.Id, token.Id));
            }

            using var revoked = await client.GetAsync("/api/imports");
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        }
    }

    [Fact]
    public async Task Token_IsStoredOnlyAsItsSha256()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, user, secret) = await factory.TokenClientAsync(Roles.Analyst);
        client.Dispose();

        await using var db = factory.Database.NewContext();
        var stored = await db.ApiTokens.SingleAsync(t => t.UserId == user.Id);
        Assert.Equal(AccountService.HashToken(secret), stored.Hash);
        Assert.Equal(64, stored.Hash.Length);
        Assert.DoesNotContain(secret, stored.Hash, StringComparison.Ordinal);
        var audit = await db.AuditEntries.Where(a => a.Entity == "api_token").Select(a => a.AfterJson).SingleAsync();
        Assert.DoesNotContain(stored.Hash, audit!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_UnknownToken_Is401_DisabledUser_Is401()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var stranger = factory.CreateHttpsClient();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "nrc_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/imports")).StatusCode);

        var (client, user, _) = await factory.TokenClientAsync(Roles.Analyst);
        using (client)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
                await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync((await users.FindByIdAsync(user.Id))!, true);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/imports")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Bearer_RoleChangedOrDisabledAfterUse_TakesEffectAtNextRequest(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, user, _) = await factory.TokenClientAsync(Roles.Analyst);
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/imports")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/imports")).StatusCode); // claims reused

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
                Assert.True(await scope.ServiceProvider.GetRequiredService<AccountService>().SetRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.Business));
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/imports")).StatusCode);

            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
                await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync((await users.FindByIdAsync(user.Id))!, true);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/imports")).StatusCode);
        }
    }

    [Fact]
    public async Task TokensPage_CreatesATokenThatWorks()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            var page = await client.GetStringAsync("/account/tokens");
            using var created = await client.PostAsync("/account/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = "nightly script",
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            var html = await created.Content.ReadAsStringAsync();
            var secret = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"new-token\"[^>]*>([^<]+)</code>").Groups[1].Value;
            Assert.StartsWith(AccountService.TokenPrefix, secret, StringComparison.Ordinal);

            using var script = factory.CreateHttpsClient();
            script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/imports")).StatusCode);
        }
    }

    [Fact]
    public async Task CookieSession_PostToApiWithoutAntiforgeryHeader_Is400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("a" + TestFormats.Extension, TestFormats.Valid()));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await using var db = factory.Database.NewContext();
            Assert.Equal(0, await db.ImportBatches.CountAsync());
        }
    }
}
