using System.Net;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Web;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Registry;

public class RegistryPageTests
{
    [Fact]
    public async Task SelfAssessmentPage_OwnerInIndonesian_ScoreGapsAndStageShown()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, owner, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120009990001"));
        using var session = factory.CreateHttpsClient();
        using (var login = await NeracaWebFactory.PostLoginAsync(session, owner.Email!, NeracaWebFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var form = await session.GetStringAsync($"/registry/{id}/assess");
        Assert.Contains("Label dalam bahasa Inggris", form, StringComparison.Ordinal);
        var fields = Readiness.Questions.Where(q => q.Area is "legality" or "quality" or "capacity")
            .Select(q => new KeyValuePair<string, string>("Yes", q.Id))
            .Append(new("Markets", "middle-east"))
            .Append(new("__RequestVerificationToken", HttpHelpers.FormToken(form)));
        using var post = await session.PostAsync($"/registry/{id}/assess", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        var detail = await session.GetStringAsync($"/registry/{id}");
        Assert.Contains("40,0", detail, StringComparison.Ordinal);
        Assert.Contains("Potensial", detail, StringComparison.Ordinal);
        Assert.Contains("Penilaian mandiri", detail, StringComparison.Ordinal);
        Assert.Contains("Sudah dinilai", detail, StringComparison.Ordinal);
        Assert.Contains("label berbahasa Inggris", detail, StringComparison.Ordinal);
        Assert.Contains("Kecil (menurut hasil penjualan tahunan)", detail, StringComparison.Ordinal);

        var list = await session.GetStringAsync("/registry");
        Assert.Contains("Kopi Robusta Liwa", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_AnotherOwner_NotFound()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(api, RegistryApiTests.NewBusiness("8120009990002"));
        var (other, _) = await factory.SignInAsync(Roles.Business);

        using var detail = await other.GetAsync($"/registry/{id}");
        using var assess = await other.GetAsync($"/registry/{id}/assess");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, assess.StatusCode);
        Assert.DoesNotContain("Kopi Robusta Liwa", await other.GetStringAsync("/registry"), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_RegistryDynamicKeys_ExistForEveryEnumValue()
    {
        var texts = new Texts();
        var keys = Enum.GetNames<Scale>().Select(n => "registry.scale." + n.ToLowerInvariant())
            .Concat(Enum.GetNames<ReadinessBand>().Select(n => "registry.band." + n.ToLowerInvariant()))
            .Concat(Enum.GetNames<FunnelStage>().Select(n => "registry.stage." + n.ToLowerInvariant()))
            .Concat(Enum.GetNames<ExpiryStatus>().Select(n => "registry.expiry." + n.ToLowerInvariant()))
            .Concat(Enum.GetNames<Verification>().Select(n => "registry.verification." + n.ToLowerInvariant()))
            .Concat(Enum.GetNames<ScaleCriterion>().Select(n => "registry.decidedby." + n.ToLowerInvariant()))
            .Concat(Readiness.Markets.Select(m => "registry.market." + m.Replace("-", "", StringComparison.Ordinal)));

        Assert.All(keys, k => Assert.DoesNotContain("[", texts.Get(k, Neraca.Common.Formatting.English), StringComparison.Ordinal));
    }
}
