using System.Diagnostics;
using System.Text.RegularExpressions;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>A stranger cannot tell from the login form whether an e-mail has an account.</summary>
public partial class LoginEnumerationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Login_LockedAccountAndUnknownEmail_ShowTheSameMessage(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        for (var i = 0; i < 5; i++)
        {
            (await NeracaWebFactory.PostLoginAsync(client, user.Email!, "wrong wrong wrong " + i)).Dispose();
        }

        var locked = Alert(await (await NeracaWebFactory.PostLoginAsync(client, user.Email!, "wrong wrong wrong x")).Content.ReadAsStringAsync());
        var unknown = Alert(await (await NeracaWebFactory.PostLoginAsync(client, "nobody-" + Guid.NewGuid().ToString("N") + "@test.go.id", "wrong wrong wrong x")).Content.ReadAsStringAsync());
        var wrong = Alert(await (await NeracaWebFactory.PostLoginAsync(client, (await factory.CreateUserAsync(Roles.Officer)).Email!, "wrong wrong wrong x")).Content.ReadAsStringAsync());

        Assert.False(string.IsNullOrWhiteSpace(locked));
        Assert.Equal(unknown, locked);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public async Task Login_UnknownEmail_TakesAsLongAsAKnownOne()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new()
        {
            ["Neraca:Security:LoginPermitsPerMinute"] = "1000",
            ["Neraca:Security:MaxFailedAccessAttempts"] = "1000",
        });
        var user = await factory.CreateUserAsync(Roles.Analyst);
        using var client = factory.CreateHttpsClient();
        (await NeracaWebFactory.PostLoginAsync(client, "warm-up@test.go.id", "wrong wrong wrong")).Dispose();

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            known.Add(await TimeAsync(client, user.Email!));
            unknown.Add(await TimeAsync(client, $"nobody{i}@test.go.id"));
        }

        // Before: ~74 ms against ~4.5 ms (no password hash for unknown e-mails). Now both hash once.
        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio > 0.5, $"unknown {Median(unknown):F1} ms, known {Median(known):F1} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/account/login"));
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = "wrong wrong wrong",
            ["__RequestVerificationToken"] = token,
        }));
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Alert(string html) => AlertPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertPattern();
}
