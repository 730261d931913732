using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Production logging, headers and key storage (issue 12, security 12).</summary>
public class HostingTests
{
    [Fact]
    public async Task Logging_OutsideDevelopment_FrameworkRequestsAreNotLoggedAtInformation()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Neraca.Web.Features.Shared.DatabaseStartup").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Kestrel_Responses_HaveNoServerHeader()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DataProtectionKeys_AreKeptInTheDatabase_AndNotAudited(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        client.Dispose();

        await using var db = factory.Database.NewContext();
        Assert.True(await db.DataProtectionKeys.CountAsync() >= 1);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Entity == "data_protection_key"));
    }

    /// <summary>Issue 12, security 12: with a configured certificate the stored key XML holds no plain key material.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DataProtectionKeys_WithCertificate_AreStoredEncryptedAndStillWork(Engine engine)
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"neraca-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
                "CN=neraca-test-keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx secret"));
        }

        try
        {
            await using var factory = await NeracaWebFactory.CreateAsync(engine, new()
            {
                ["Neraca:DataProtection:CertificatePath"] = pfx,
                ["Neraca:DataProtection:CertificatePassword"] = "pfx secret",
            });
            var (client, _) = await factory.SignInAsync(Roles.Analyst);
            using (client)
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode); // the cookie is read back with the key
            }

            await using var db = factory.Database.NewContext();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the plain master key element
                Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task DataProtectionKeys_WithoutCertificate_AreStoredInPlainXml()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        client.Dispose();

        await using var db = factory.Database.NewContext();
        Assert.Contains(await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(), xml => xml.Contains("<value>", StringComparison.Ordinal));
    }
}
