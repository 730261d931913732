using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Imports;
using Neraca.Tests.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Web;

/// <summary>
/// The real web app (every middleware, page and endpoint) on a fresh database of either engine, passed in through
/// configuration exactly as `neraca serve` does. Environment "Testing": production error handling and HSTS.
/// </summary>
public sealed class NeracaWebFactory : WebApplicationFactory<Neraca.Web.Program>
{
    private readonly Dictionary<string, string?> settings;

    private NeracaWebFactory(TestDatabase database, Dictionary<string, string?> settings)
    {
        Database = database;
        this.settings = settings;
    }

    public TestDatabase Database { get; }

    public static async Task<NeracaWebFactory> CreateAsync(Engine engine = Engine.Sqlite, Dictionary<string, string?>? settings = null)
    {
        return new NeracaWebFactory(await TestDatabase.CreateAsync(engine), settings ?? []);
    }

    /// <summary>A real Kestrel server on a free port (for the browser); returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Every test user's password: long enough and not on the blocklist.</summary>
    public const string Password = "lampung coffee harbour sunrise";

    public static readonly Uri Https = new("https://localhost");

    /// <summary>A user created through the same service the CLI and the admin page use. Admins get TOTP enrolled (key in <see cref="AuthenticatorKeyAsync"/>).</summary>
    public async Task<AppUser> CreateUserAsync(string role, short? province = null, string? email = null, string password = Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (user, errors) = await accounts.CreateUserAsync(email ?? $"{role}-{Guid.NewGuid():N}@test.go.id", role, province, null, password);
        Assert.True(user is not null && errors.Count == 0, string.Join("; ", errors));
        if (role == Roles.Admin)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }

    public async Task<string> AuthenticatorKeyAsync(AppUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!))!;
    }

    /// <summary>An HTTPS client (the session cookie is Secure) that does not follow redirects.</summary>
    public HttpClient CreateHttpsClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Https, AllowAutoRedirect = followRedirects });

    /// <summary>A client signed in through the real login form (and the TOTP step for admins) as a new user of the role.</summary>
    public async Task<(HttpClient Client, AppUser User)> SignInAsync(string role, short? province = null)
    {
        var user = await CreateUserAsync(role, province);
        var client = CreateHttpsClient();
        using var response = await PostLoginAsync(client, user.Email!, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        if (role == Roles.Admin)
        {
            Assert.StartsWith("/account/login-2fa", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var page = await client.GetStringAsync(response.Headers.Location);
            var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(await AuthenticatorKeyAsync(user))).ComputeTotp();
            using var second = await client.PostAsync(response.Headers.Location, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = code,
                ["__RequestVerificationToken"] = HttpHelpers.FormToken(page),
            }));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, second.StatusCode);
        }

        return (client, user);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/account/login"));
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A client that authenticates with a new API token of a new user of the role (as scripts do).</summary>
    public async Task<(HttpClient Client, AppUser User, string Token)> TokenClientAsync(string role, short? province = null)
    {
        var user = await CreateUserAsync(role, province);
        await using var scope = Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateTokenAsync(user, "tests");
        var client = CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return (client, user, secret);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Neraca", Database.ConnectionString);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Upload content for web tests: flat CSV, the format offices export from Excel.</summary>
internal static class TestFormats
{
    public const string Extension = ".csv";

    /// <summary>A valid file: Lampung exports (port PANJANG → province 18) worth 1,234,567.5 US$ plus <paramref name="extra"/>.</summary>
    public static string Valid(decimal extra = 0m) => string.Join('\n',
        "period,flow,hs_code,country,port,value_usd",
        "2020-01,export,0901,JAPAN,PANJANG,1000000",
        "2020-01,export,0901,UNITED STATES,PANJANG," + (234567.5m + extra).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "2020-01,import,1701,THAILAND,PANJANG,50.125");

    /// <summary>A file with two errors: text in a value (row 2) and a negative value (row 3).</summary>
    public const string Invalid = "period,flow,hs_code,country,port,value_usd\n2020-01,export,0901,JAPAN,PANJANG,abc\n2020-03,export,0901,JAPAN,PANJANG,-5";
}
