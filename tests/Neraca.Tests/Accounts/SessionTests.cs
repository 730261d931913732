using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public class SessionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SignOut_CopiedCookie_StopsWorking(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        using var login = await NeracaWebFactory.PostLoginAsync(client, user.Email!, NeracaWebFactory.Password);
        var cookie = SessionCookie(login);
        using var thief = CookieClient(factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/import")).StatusCode);

        var page = await client.GetStringAsync("/account/logout");
        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await thief.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.UserSessions.CountAsync(s => s.UserId == user.Id && s.EndedAtUtc == null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SignIn_TwoBrowsers_SignOutOfOneKeepsTheOther(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var first = factory.CreateHttpsClient();
        using var second = factory.CreateHttpsClient();
        (await NeracaWebFactory.PostLoginAsync(first, user.Email!, NeracaWebFactory.Password)).Dispose();
        (await NeracaWebFactory.PostLoginAsync(second, user.Email!, NeracaWebFactory.Password)).Dispose();

        var page = await first.GetStringAsync("/account/logout");
        (await first.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpHelpers.FormToken(page) }))).Dispose();

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/import")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/import")).StatusCode);
    }

    internal static string SessionCookie(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-neraca=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A client without a cookie jar that sends exactly the given cookie, as an attacker with a copy would.</summary>
    internal static HttpClient CookieClient(NeracaWebFactory factory, string cookie)
    {
        var client = factory.Server.CreateClient();
        client.BaseAddress = NeracaWebFactory.Https;
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
