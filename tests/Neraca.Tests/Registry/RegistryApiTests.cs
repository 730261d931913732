using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

public class RegistryApiTests
{
    private const string Businesses = "/api/registry/businesses";

    internal static object NewBusiness(string nib, bool consent = false, string name = "Kopi Robusta Liwa", decimal? capital = 600_000_000m, decimal? sales = 3_000_000_000m) => new
    {
        name,
        nib,
        legalForm = "CV",
        kbliCodes = "10761",
        kind = "ikm",
        capitalRupiah = capital,
        annualSalesRupiah = sales,
        provinceCode = 18,
        regencyCode = 1801,
        address = "Jl. Raya Liwa No. 1",
        phone = "0812-7000-1111",
        email = "owner@kopiliwa.test",
        ownerName = "Siti Rahmawati",
        ownerGender = "F",
        employees = 12,
        foundedYear = 2015,
        catalogConsent = consent,
    };

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static async Task<int> CreateAsync(HttpClient client, object business)
    {
        using var response = await client.PostAsJsonAsync(Businesses, business);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_OfficerWithProductAndCertification_DetailDerivesScaleExpiryAndStage(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await CreateAsync(officer, NewBusiness("8120001234567"));

        using (var product = await officer.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi bubuk robusta", nameEn = "Ground robusta coffee", hsCode = "0901.21", monthlyCapacity = 500m, capacityUnit = "kg" }))
        {
            await JsonAsync(product, HttpStatusCode.OK);
        }

        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        using var cert = await officer.PostAsJsonAsync($"{Businesses}/{id}/certifications", new { type = "halal", number = "ID18110000123", issuer = "BPJPH", expiresOn = expires });
        var detail = await JsonAsync(cert, HttpStatusCode.OK);

        Assert.Equal("small", detail.GetProperty("scale").GetProperty("scale").GetString());
        Assert.Equal("sales", detail.GetProperty("scale").GetProperty("decidedBy").GetString());
        Assert.Equal("verified", detail.GetProperty("verification").GetString());
        Assert.Equal("090121", detail.GetProperty("products")[0].GetProperty("hsCode").GetString());
        Assert.Equal("expires-soon", detail.GetProperty("certifications")[0].GetProperty("expiry").GetString());
        Assert.Equal("registered", detail.GetProperty("stage").GetString());
        Assert.Equal("Siti Rahmawati", detail.GetProperty("ownerName").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Assess_OwnerSelfAssessment_ScoreBandGapsAndStage(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await CreateAsync(owner, NewBusiness("8120001234568"));
        var yes = Readiness.Questions.Where(q => q.Area is "legality" or "quality" or "capacity").ToDictionary(q => q.Id, _ => true);

        using var response = await owner.PostAsJsonAsync($"{Businesses}/{id}/assessments", new { answers = yes, markets = new[] { "us" } });
        var detail = await JsonAsync(response, HttpStatusCode.OK);

        var assessment = detail.GetProperty("assessments")[0];
        Assert.Equal(40m, assessment.GetProperty("score").GetDecimal());
        Assert.Equal("potensial", assessment.GetProperty("band").GetString());
        Assert.False(assessment.GetProperty("verified").GetBoolean());
        var gaps = assessment.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("question").GetString()).ToList();
        Assert.Contains("pack_english", gaps);
        Assert.Contains("market_us_fda", gaps);
        Assert.Equal("assessed", detail.GetProperty("stage").GetString());
        Assert.Equal("pending", detail.GetProperty("verification").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnotherOwnersBusiness_Business_NotFoundAndUnchanged(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (ownerA, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (ownerB, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await CreateAsync(ownerA, NewBusiness("8120001234569"));

        using (var get = await ownerB.GetAsync($"{Businesses}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        using (var put = await ownerB.PutAsJsonAsync($"{Businesses}/{id}", NewBusiness("8120001234569", name: "Hijacked")))
        {
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        }

        using (var product = await ownerB.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "x", hsCode = "0901" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, product.StatusCode);
        }

        Assert.Equal(0, (await ownerB.GetFromJsonAsync<JsonElement>(Businesses)).GetArrayLength());
        var mine = await ownerA.GetFromJsonAsync<JsonElement>($"{Businesses}/{id}");
        Assert.Equal("Kopi Robusta Liwa", mine.GetProperty("name").GetString());
        Assert.Empty(mine.GetProperty("products").EnumerateArray());
    }

    [Fact]
    public async Task AnotherProvince_Officer_NotFoundAndNotListed()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (lampung, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (sumsel, _, _) = await factory.TokenClientAsync(Roles.Officer, 16);
        var id = await CreateAsync(lampung, NewBusiness("8120001234570"));

        using (var get = await sumsel.GetAsync($"{Businesses}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        using (var verify = await sumsel.PostAsync($"{Businesses}/{id}/verify", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
        }

        using (var create = await sumsel.PostAsJsonAsync(Businesses, NewBusiness("8120001234571")))
        {
            var problem = await JsonAsync(create, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("provinceCode", out _));
        }

        Assert.Equal(0, (await sumsel.GetFromJsonAsync<JsonElement>(Businesses)).GetArrayLength());
    }

    [Fact]
    public async Task Catalog_Anonymous_OnlyConsentedVerifiedNonPersonalFields()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var shown = await CreateAsync(officer, NewBusiness("8120001234572", consent: true, name: "Keripik Pisang Tapis"));
        await CreateAsync(officer, NewBusiness("8120001234573", consent: false, name: "Tidak Setuju"));
        await CreateAsync(owner, NewBusiness("8120001234574", consent: true, name: "Belum Diverifikasi"));
        using (var product = await officer.PostAsJsonAsync($"{Businesses}/{shown}/products", new { nameId = "Keripik pisang", nameEn = "Banana chips", hsCode = "200899" }))
        {
            Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        }

        using var anonymous = factory.CreateHttpsClient();
        using var response = await anonymous.GetAsync("/api/catalog");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, entries.GetArrayLength());
        Assert.Equal("Keripik Pisang Tapis", entries[0].GetProperty("name").GetString());
        Assert.Equal("200899", entries[0].GetProperty("products")[0].GetProperty("hsCode").GetString());
        foreach (var personal in new[] { "Siti", "0812", "owner@", "8120001234572", "Jl. Raya", "capital", "sales", "ownerGender" })
        {
            Assert.DoesNotContain(personal, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("123", "nib")]
    [InlineData("8120001234575", "regencyCode")]
    public async Task Create_InvalidField_ValidationProblemNamesField(string nib, string field)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var body = field == "regencyCode"
            ? (object)new { name = "X", nib, kind = "umkm", provinceCode = 18, regencyCode = 1601 }
            : NewBusiness(nib);

        using var response = await officer.PostAsJsonAsync(Businesses, body);
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Create_DuplicateNib_ValidationProblem()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        await CreateAsync(officer, NewBusiness("8120001234576"));
        using var response = await officer.PostAsJsonAsync(Businesses, NewBusiness("8120-0012-34576"));
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nib", out _));
    }

    [Fact]
    public async Task AddProduct_UnknownHsChapter_ValidationProblem()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var id = await CreateAsync(officer, NewBusiness("8120001234577"));
        using var response = await officer.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi", hsCode = "7701" });
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hsCode", out _));
    }

    [Fact]
    public async Task List_FiltersByScaleStageAndBand_OnlyMatches()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var micro = await CreateAsync(officer, NewBusiness("8120001234578", name: "Mikro", capital: 100_000_000m, sales: 500_000_000m));
        var medium = await CreateAsync(officer, NewBusiness("8120001234579", name: "Menengah", capital: 8_000_000_000m, sales: null));
        var all = Readiness.Questions.ToDictionary(q => q.Id, _ => true);
        using (var assess = await officer.PostAsJsonAsync($"{Businesses}/{medium}/assessments", new { answers = all }))
        {
            Assert.Equal(HttpStatusCode.OK, assess.StatusCode);
        }

        static int[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];
        Assert.Equal([micro], Ids(await officer.GetFromJsonAsync<JsonElement>($"{Businesses}?scale=micro")));
        Assert.Equal([medium], Ids(await officer.GetFromJsonAsync<JsonElement>($"{Businesses}?stage=export-ready")));
        Assert.Equal([medium], Ids(await officer.GetFromJsonAsync<JsonElement>($"{Businesses}?band=siap-ekspor")));
        Assert.Equal([medium, micro], Ids(await officer.GetFromJsonAsync<JsonElement>($"{Businesses}?regency=1801")));
        using var bad = await officer.GetAsync($"{Businesses}?band=hebat");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Csv_OfficerAndBusiness_OfficerGetsRowsBusinessForbidden()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        await CreateAsync(officer, NewBusiness("8120001234580", name: "Kopi, Gula & \"Teh\""));

        var csv = await officer.GetStringAsync($"{Businesses}.csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,nib,name,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Kopi, Gula & \"\"Teh\"\"\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",small,sales,", lines[1], StringComparison.Ordinal);

        using var forbidden = await owner.GetAsync($"{Businesses}.csv");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Registry_AnalystRole_Forbidden()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (analyst, _, _) = await factory.TokenClientAsync(Roles.Analyst, 18);
        using var response = await analyst.GetAsync(Businesses);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Participation_BusinessOwner_ForbiddenOfficerMovesStageToTrained()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await CreateAsync(owner, NewBusiness("8120001234581"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using (var self = await owner.PostAsJsonAsync($"{Businesses}/{id}/participations", new { programName = "Pelatihan ekspor", date = today }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }

        using var response = await officer.PostAsJsonAsync($"{Businesses}/{id}/participations", new { programName = "Pelatihan ekspor", date = today });
        var detail = await JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("trained", detail.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Update_SessionCookieWithoutAntiforgeryHeader_BadRequest()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (officer, _) = await factory.SignInAsync(Roles.Officer, 18);
        using var response = await officer.PostAsJsonAsync(Businesses, NewBusiness("8120001234582"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await officer.GetFromJsonAsync<JsonElement>(Businesses)).GetArrayLength());
    }
}

public class RegistryTradeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task HsExports_AfterImport_ProvinceIndonesiaAndPartners(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (analyst, _, _) = await factory.TokenClientAsync(Roles.Analyst, 18);
        using (var import = await analyst.PostAsync("/api/imports", HttpHelpers.Upload("t" + TestFormats.Extension, TestFormats.Valid())))
        {
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        }

        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        using var response = await officer.GetAsync("/api/registry/hs/090111/exports");
        var body = await RegistryApiTests.JsonAsync(response, HttpStatusCode.OK);
        using var chapter = await officer.GetAsync("/api/registry/hs/0901/exports");
        var all = await RegistryApiTests.JsonAsync(chapter, HttpStatusCode.OK);

        Assert.Equal(0, body.GetProperty("provinceByYear").GetArrayLength());
        Assert.Equal(1234567.5m, all.GetProperty("provinceByYear")[0].GetProperty("valueUsd").GetDecimal());
        Assert.Equal(2020, all.GetProperty("provinceByYear")[0].GetProperty("year").GetInt32());
        Assert.Equal(1234567.5m, all.GetProperty("indonesiaByYear")[0].GetProperty("valueUsd").GetDecimal());
        Assert.Equal(1000000m, all.GetProperty("provincePartners")[0].GetProperty("valueUsd").GetDecimal());
        Assert.Equal(2, all.GetProperty("provincePartners").GetArrayLength());

        var id = await RegistryApiTests.CreateAsync(officer, RegistryApiTests.NewBusiness("8120001239999"));
        using (var product = await officer.PostAsJsonAsync($"/api/registry/businesses/{id}/products", new { nameId = "Kopi", hsCode = "0901" }))
        {
            Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        }

        var (page, _) = await factory.SignInAsync(Roles.Officer, 18);
        var html = await page.GetStringAsync($"/registry/{id}");
        Assert.Contains("ekspor 2020: provinsi US$ 1.234.567,50, Indonesia US$ 1.234.567,50; mitra utama: JAPAN", html, StringComparison.Ordinal);
    }
}
