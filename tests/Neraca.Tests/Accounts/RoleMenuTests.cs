using System.Net;
using System.Text.RegularExpressions;
using Neraca.Accounts;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Each role's menu offers only pages it can open; a refused page says why and what to do.</summary>
public partial class RoleMenuTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Business)]
    [InlineData(Roles.Admin)]
    public async Task Menu_EveryEntry_OpensForTheRole(string? role)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var client = role is null ? factory.CreateHttpsClient() : (await factory.SignInAsync(role)).Client;
        using (client)
        {
            var links = MenuLinks(await client.GetStringAsync("/"));

            Assert.Contains("/", links);
            foreach (var link in links)
            {
                using var response = await client.GetAsync(link);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role ?? "anonymous"}: menu entry {link} answers {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Theory]
    [InlineData(Roles.Analyst, "/import", "/registry")]
    [InlineData(Roles.Officer, "/registry", "/import")]
    [InlineData(Roles.Business, "/registry", "/import")]
    public async Task Menu_Role_ShowsItsPagesNotOthers(string role, string shown, string hidden)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(role);
        using (client)
        {
            var links = MenuLinks(await client.GetStringAsync("/"));

            Assert.Contains(shown, links);
            Assert.DoesNotContain(hidden, links);
        }
    }

    [Theory]
    [InlineData(false, "peran: analis", "minta admin")]
    [InlineData(true, "role: analyst", "ask the office admin")]
    public async Task ForbiddenPage_SaysWhyAndWhatToDo_InThePageLanguage(bool english, string why, string todo)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using (client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
            if (english)
            {
                request.Headers.Add("Cookie", HttpHelpers.EnglishCookie);
            }

            using var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains(why, html, StringComparison.Ordinal);
            Assert.Contains(todo, html, StringComparison.Ordinal);
        }
    }

    private static List<string> MenuLinks(string html)
    {
        var nav = NavPattern().Match(html).Value;
        return [.. HrefPattern().Matches(nav).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<nav class=\"site-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
