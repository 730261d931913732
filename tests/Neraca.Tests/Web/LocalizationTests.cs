using System.Net;
using System.Text.RegularExpressions;
using Neraca.Common;
using Neraca.Tests.Infrastructure;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web;

public class LocalizationTests
{
    [Fact]
    public async Task Default_IsIndonesian_EvenWhenTheBrowserAsksForEnglish()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en-US,en;q=0.9");

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains(">Neraca perdagangan<", html, StringComparison.Ordinal);
        Assert.Contains(">Impor data<", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LanguageCookie_ChangesTextsAndNumberFormat(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var api = (await factory.TokenClientAsync(Neraca.Accounts.Roles.Analyst)).Client;
        using var imported = await api.PostAsync("/api/imports", HttpHelpers.Upload("lampung" + TestFormats.Extension, TestFormats.Valid()));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        using var indonesian = factory.CreateClient();
        using var english = factory.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        var id = await indonesian.GetStringAsync("/");
        var en = await english.GetStringAsync("/");

        Assert.Contains(">Impor data terakhir<", id, StringComparison.Ordinal);
        Assert.Contains("1.234.617,63", id, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB"), id);
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains(">Latest data imports<", en, StringComparison.Ordinal);
        Assert.Contains("1,234,617.63", en, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\d{1,2} \w{3} \d{4} \d{2}:\d{2} WIB"), en);
    }

    [Fact]
    public async Task LanguageSwitch_WithToken_SetsCookieAndRedirectsBack()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/account/login"));

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = "/account/login",
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/account/login", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1>Sign in</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_IgnoresForeignReturnUrl()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/"));

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = "//evil.example/",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Texts_EveryKeyUsedInPagesExistsInBothLanguages()
    {
        var texts = new Texts();
        var pages = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Neraca.Web"), "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in pages)
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(file), "T(?:\\[|\\.Format\\()\"([a-z0-9.]+)\""))
            {
                if (!m.Groups[1].Value.EndsWith('.'))
                {
                    used.Add(m.Groups[1].Value); // keys built at run time ("outcome." + value) are checked below
                }
            }
        }

        Assert.NotEmpty(used);
        var known = texts.Keys.ToHashSet(StringComparer.Ordinal);
        var missing = used.Where(k => !known.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing in texts.tsv: " + string.Join(", ", missing));
        foreach (var key in known)
        {
            Assert.NotEqual($"[{key}]", texts.Get(key, Formatting.Indonesian));
            Assert.NotEqual($"[{key}]", texts.Get(key, Formatting.English));
        }
    }

    [Fact]
    public void Texts_DynamicKeysExistForEveryEnumValue()
    {
        var texts = new Texts();
        var keys = Enum.GetNames<Neraca.Imports.ImportOutcome>().Select(n => "outcome." + n)
            .Concat(Enum.GetNames<Neraca.Common.Flow>().Select(n => "flow." + n))
            .Concat(Enum.GetNames<Neraca.Common.Basis>().Select(n => "basis." + n))
            .Concat(Enum.GetNames<Neraca.Storage.BatchStatus>().Select(n => "batch.status." + n))
            .Concat(["import.invalid.files", "import.invalid.flow", "import.invalid.province", "error.400", "error.404", "error.413", "error.generic"]);

        Assert.All(keys, k => Assert.DoesNotContain("[", texts.Get(k, Formatting.English), StringComparison.Ordinal));
    }

    [Fact]
    public void Texts_RejectsMalformedLines() =>
        Assert.Throws<FormatException>(() => Texts.Parse("good\tbaik\tgood\nmissing.english\thanya satu"));
}
