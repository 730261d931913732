using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public partial class TotpTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoginTwoFactor_SameCodeTwice_SecondIsRefused(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var admin = await factory.CreateUserAsync(Roles.Admin);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(await factory.AuthenticatorKeyAsync(admin))).ComputeTotp();

        using var first = factory.CreateHttpsClient();
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordThenCodeAsync(first, admin.Email!, code)).StatusCode);

        using var second = factory.CreateHttpsClient();
        using var replay = await PasswordThenCodeAsync(second, admin.Email!, code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode); // the form again, not a redirect into the app
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin/users")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TwoFactorSetup_Get_ChangesNothing(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, user) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            var before = await StateAsync(factory, user);

            var page = await client.GetStringAsync("/account/2fa-setup");
            (await client.GetStringAsync("/account/2fa-setup")).ToString();

            Assert.Equal(before, await StateAsync(factory, user));
            Assert.Contains("src=\"data:image/png;base64,", page, StringComparison.Ordinal); // the QR code
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode); // still signed in
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TwoFactorSetup_AfterEnrolment_DoesNotShowTheSecret(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, admin) = await factory.SignInAsync(Roles.Admin);
        using (client)
        {
            var key = await factory.AuthenticatorKeyAsync(admin);

            var page = await client.GetStringAsync("/account/2fa-setup");

            Assert.DoesNotContain(key, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("shared-key", page, StringComparison.Ordinal);
            Assert.DoesNotContain("otpauth://", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TwoFactorSetup_EnrolWithCodeFromPage_TurnsOnAndKeepsSession()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, user) = await factory.SignInAsync(Roles.Officer);
        using (client)
        {
            var page = await client.GetStringAsync("/account/2fa-setup");
            var key = KeyOnPage(page);
            using var wrong = await client.PostAsync("/account/2fa-setup", Form(page, "000000"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);

            using var enrol = await client.PostAsync("/account/2fa-setup", Form(page, new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp()));

            Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
            Assert.Equal(key, await factory.AuthenticatorKeyAsync(user));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/registry")).StatusCode);
        }
    }

    private static FormUrlEncodedContent Form(string page, string code) => new(new Dictionary<string, string>
    {
        ["Code"] = code,
        ["PendingKey"] = PendingKeyOnPage(page),
        ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
    });

    private static async Task<HttpResponseMessage> PasswordThenCodeAsync(HttpClient client, string email, string code)
    {
        using var login = await NeracaWebFactory.PostLoginAsync(client, email, NeracaWebFactory.Password);
        var page = await client.GetStringAsync(login.Headers.Location);
        return await client.PostAsync(login.Headers.Location, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
        }));
    }

    private static async Task<(string? Stamp, string? Key, bool Enabled)> StateAsync(NeracaWebFactory factory, AppUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var fresh = (await users.FindByIdAsync(user.Id))!;
        return (fresh.SecurityStamp, await users.GetAuthenticatorKeyAsync(fresh), fresh.TwoFactorEnabled);
    }

    /// <summary>The Base32 key shown on the enrolment page (grouped by four, lower case).</summary>
    internal static string KeyOnPage(string page) => SharedKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    internal static string PendingKeyOnPage(string page) => System.Net.WebUtility.HtmlDecode(PendingKey().Match(page).Groups[1].Value);

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("name=\"PendingKey\" value=\"([^\"]+)\"")]
    private static partial Regex PendingKey();
}
