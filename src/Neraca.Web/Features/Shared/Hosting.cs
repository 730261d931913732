using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Neraca.Storage;

namespace Neraca.Web.Features.Shared;

/// <summary>Server settings for production: quiet framework logs, no Server header, persistent data-protection keys.</summary>
public static class Hosting
{
    /// <summary>Optional: a directory for the data-protection keys instead of the database.</summary>
    public const string KeysDirectorySetting = "Neraca:DataProtection:KeysDirectory";

    /// <summary>Optional: a PKCS#12 (.pfx) file whose certificate encrypts the stored keys (decision 0033).</summary>
    public const string CertificatePathSetting = "Neraca:DataProtection:CertificatePath";

    /// <summary>The .pfx file's password (from the environment or a secret store, not appsettings).</summary>
    public const string CertificatePasswordSetting = "Neraca:DataProtection:CertificatePassword";

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

        // Linux has no DPAPI: without a certificate the keys are stored as plain XML, and whoever reads the table (a
        // backup, a read-only role) can forge session cookies. Start-up says so (KeyProtectionNotice).
        var certificate = LoadCertificate(builder.Configuration);
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate); // also registers it for decrypting them
        }

        builder.Services.AddHostedService(sp => new KeyProtectionNotice(
            sp.GetRequiredService<ILogger<KeyProtectionNotice>>(), certificate, string.IsNullOrWhiteSpace(directory) ? "the database (data_protection_key)" : directory));
        return builder;
    }

    private static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration[CertificatePathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting]);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{CertificatePathSetting}: {path} has no private key, which is needed to read the keys back");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{CertificatePathSetting}: cannot load {path}: {e.Message}", e);
        }
    }
}

/// <summary>Says at start-up whether the data-protection keys are encrypted at rest, and where they are.</summary>
internal sealed class KeyProtectionNotice(ILogger<KeyProtectionNotice> logger, X509Certificate2? certificate, string store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (certificate is null)
        {
            logger.LogWarning(
                "Data-protection keys are stored UNENCRYPTED in {Store}: anyone who can read them can forge sign-in cookies; set {Setting} (and {Password}) to a .pfx certificate to encrypt them",
                store, Hosting.CertificatePathSetting, Hosting.CertificatePasswordSetting);
        }
        else
        {
            logger.LogInformation("Data-protection keys in {Store} are encrypted with certificate {Thumbprint}", store, certificate.Thumbprint);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
