using System.Net;
using Neraca.Accounts;

namespace Neraca.Tests.Web;

public class AntiforgeryTests
{
    [Fact]
    public async Task ImportPage_PostWithoutToken_Is400AndImportsNothing()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.SignInAsync(Roles.Analyst)).Client;

        using var response = await client.PostAsync("/import", HttpHelpers.Upload("a" + TestFormats.Extension, TestFormats.Valid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, db.ImportBatches.Count());
    }

    [Fact]
    public async Task CultureSwitch_PostWithoutToken_Is400()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ImportPage_PostWithToken_ShowsSummary()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = (await factory.SignInAsync(Roles.Analyst)).Client;
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/import"));

        using var form = HttpHelpers.Upload("lampung" + TestFormats.Extension, TestFormats.Valid(), ("__RequestVerificationToken", token), ("DryRun", "true"));
        using var response = await client.PostAsync("/import", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Uji coba lolos", html, StringComparison.Ordinal);
        Assert.Contains("1.234.567,50", html, StringComparison.Ordinal);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, db.ImportBatches.Count());
    }
}
