using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
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
