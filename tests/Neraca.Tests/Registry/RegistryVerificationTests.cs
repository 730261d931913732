using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using static Neraca.Tests.Registry.RegistryApiTests;

namespace Neraca.Tests.Registry;

/// <summary>
/// Issue 12, Security 2 and 9: an owner's change to a verified business goes back to review; a NIB is unique among
/// verified businesses only, pending self-registrations block no officer, and duplicate answers stay in the province.
/// </summary>
public class RegistryVerificationTests
{
    private const string Businesses = "/api/registry/businesses";

    private static async Task<int> CatalogCountAsync(NeracaWebFactory factory)
    {
        using var anonymous = factory.CreateHttpsClient();
        return (await anonymous.GetFromJsonAsync<JsonElement>("/api/catalog")).GetArrayLength();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Update_OwnerRenamesVerifiedBusiness_BackToPendingAndOutOfCatalog(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await CreateAsync(owner, NewBusiness("8120009000001", consent: true));
        using (var verify = await officer.PostAsync($"{Businesses}/{id}/verify", null))
        {
            Assert.Equal("verified", (await JsonAsync(verify, HttpStatusCode.OK)).GetProperty("verification").GetString());
        }

        Assert.Equal(1, await CatalogCountAsync(factory));

        using (var phone = await owner.PutAsJsonAsync($"{Businesses}/{id}", MergePhone(NewBusiness("8120009000001", consent: true))))
        {
            Assert.Equal("verified", (await JsonAsync(phone, HttpStatusCode.OK)).GetProperty("verification").GetString());
        }

        using var renamed = await owner.PutAsJsonAsync($"{Businesses}/{id}", NewBusiness("8120009000002", consent: true, name: "Kopi Palsu"));
        Assert.Equal("pending", (await JsonAsync(renamed, HttpStatusCode.OK)).GetProperty("verification").GetString());
        Assert.Equal(0, await CatalogCountAsync(factory));
        await using var db = factory.Database.NewContext();
        var stored = await db.Businesses.SingleAsync();
        Assert.Equal((Verification.Pending, (DateTime?)null, (string?)null), (stored.Verification, stored.VerifiedAtUtc, stored.VerifiedBy));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "update" && a.AfterJson!.Contains("Kopi Palsu")));
    }

    /// <summary>The same business with another phone number: contacts are not vouched for by the officer.</summary>
    private static Dictionary<string, object?> MergePhone(object business)
    {
        var fields = JsonSerializer.SerializeToElement(business).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["phone"] = "0813-1111-2222";
        return fields;
    }

    [Fact]
    public async Task Update_OfficerRenamesVerifiedBusiness_StaysVerified()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await CreateAsync(officer, NewBusiness("8120009000003"));

        using var renamed = await officer.PutAsJsonAsync($"{Businesses}/{id}", NewBusiness("8120009000003", name: "Kopi Liwa Baru"));

        Assert.Equal("verified", (await JsonAsync(renamed, HttpStatusCode.OK)).GetProperty("verification").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_PendingSquatterHoldsNib_OfficerCreateAndImportStillWork(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (squatter, _, _) = await factory.TokenClientAsync(Roles.Business);
        var squatted = await CreateAsync(squatter, NewBusiness("8120009000010", name: "Squat A"));
        await CreateAsync(squatter, NewBusiness("9120001000001", name: "Squat B"));

        var real = await CreateAsync(officer, NewBusiness("8120009000010", name: "Kopi Asli"));
        await using (var db = factory.Database.NewContext())
        {
            var csv = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "Neraca.Tests", "Fixtures", "registry", "lampung_umkm.csv"));
            var result = await RegistryImport.ImportAsync(db, new StringReader(csv), 18, dryRun: false);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            Assert.Empty(result.Duplicates);
            Assert.Equal(6, result.Created);
        }

        using var verify = await officer.PostAsync($"{Businesses}/{squatted}/verify", null);
        var problem = await JsonAsync(verify, HttpStatusCode.BadRequest);
        Assert.Contains("another verified business has NIB 8120009000010", problem.GetProperty("errors").GetProperty("nib")[0].GetString(), StringComparison.Ordinal);
        await using var check = factory.Database.NewContext();
        Assert.Equal(Verification.Verified, (await check.Businesses.SingleAsync(b => b.Id == real)).Verification);
        Assert.Equal(Verification.Pending, (await check.Businesses.SingleAsync(b => b.Id == squatted)).Verification);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_NibVerifiedInAnotherProvince_OwnerLearnsNothingOfficerGetsNoId(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (jakarta, _, _) = await factory.TokenClientAsync(Roles.Officer, 31);
        var (lampung, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var other = await CreateAsync(jakarta, new
        {
            name = "Kopi Jakarta Rahasia",
            nib = "8120009000020",
            kind = "umkm",
            provinceCode = 31,
            regencyCode = 3171,
        });

        using (var byOwner = await owner.PostAsJsonAsync(Businesses, NewBusiness("8120009000020")))
        {
            Assert.Equal("pending", (await JsonAsync(byOwner, HttpStatusCode.Created)).GetProperty("verification").GetString());
        }

        using var byOfficer = await lampung.PostAsJsonAsync(Businesses, NewBusiness("8120009000020"));
        var body = await byOfficer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, byOfficer.StatusCode);
        Assert.Contains("outside your province", body, StringComparison.Ordinal);
        Assert.DoesNotContain(other.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jakarta", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NibVerifiedInOwnProvince_OfficerToldWhichRecord()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await CreateAsync(officer, NewBusiness("8120009000030"));

        using var again = await officer.PostAsJsonAsync(Businesses, NewBusiness("8120009000030"));

        var problem = await JsonAsync(again, HttpStatusCode.BadRequest);
        Assert.Contains($"(#{id})", problem.GetProperty("errors").GetProperty("nib")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NibVerifiedInAnotherProvince_SkippedWithoutItsId()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (jakarta, _, _) = await factory.TokenClientAsync(Roles.Officer, 31);
        await CreateAsync(jakarta, new { name = "Kopi Jakarta", nib = "9120001000001", kind = "umkm", provinceCode = 31, regencyCode = 3171 });
        await using var db = factory.Database.NewContext();
        var csv = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "Neraca.Tests", "Fixtures", "registry", "lampung_umkm.csv"));

        var result = await RegistryImport.ImportAsync(db, new StringReader(csv), 18, dryRun: true);

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal(("9120001000001", (int?)null), (duplicate.Nib, duplicate.ExistingId));
    }
}
