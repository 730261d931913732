using Microsoft.AspNetCore.DataProtection;
using Neraca.Storage;

namespace Neraca.Web.Features.Shared;

/// <summary>Server settings for production: quiet framework logs, no Server header, persistent data-protection keys.</summary>
public static class Hosting
{
    /// <summary>Optional: a directory for the data-protection keys instead of the database.</summary>
    public const string KeysDirectorySetting = "Neraca:DataProtection:KeysDirectory";

    public static WebApplicationBuilder ConfigureNeracaHosting(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // Per-request Information logs (hosting, routing, Razor Pages, EF) wrote 1 GB in 5 minutes of load.
            // Framework categories log warnings and errors only; the app's own categories keep Information.
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddFilter("System", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information); // "listening on ..."
        }

        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Keys that protect the session and antiforgery cookies: without persistence a restart signs everyone
        // out and breaks open forms. In the database by default (both engines), or in a configured directory.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Neraca");
        var directory = builder.Configuration[KeysDirectorySetting];
        if (!string.IsNullOrWhiteSpace(directory))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(directory));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<NeracaDb>();
        }

        return builder;
    }
}
