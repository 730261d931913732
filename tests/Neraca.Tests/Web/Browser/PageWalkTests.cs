using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Neraca.Accounts;

namespace Neraca.Tests.Web.Browser;

/// <summary>
/// A new user's walk over the demo (issue 13): every page of each role — the pages its menu offers and the ones the
/// tasks lead to — in Bahasa Indonesia and then English, on a phone and a desktop. A page fails on a refused or failed
/// request, a console error, a serious or critical axe-core violation, or a phrase of the other language. Screenshots
/// land in artifacts/screenshots.
/// </summary>
public sealed class PageWalkTests(WalkFixture walk) : IClassFixture<WalkFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { "anonymous", Roles.Analyst, Roles.Officer, Roles.Business, Roles.Admin })
        {
            data.Add(role, BrowserFixture.Phone.Name);
            data.Add(role, BrowserFixture.Desktop.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Walk_EveryPageOfTheRole_NoErrorNoSeriousAxeViolationNoOtherLanguage(string role, string size)
    {
        var viewport = size == BrowserFixture.Phone.Name ? BrowserFixture.Phone : BrowserFixture.Desktop;
        var (context, page, consoleErrors) = await walk.Browser.OpenAsync(walk.Address, viewport);
        await using var _ = context;
        await SignInAsync(page, role);
        var problems = new List<string>();
        var pages = await PagesAsync(page, role);
        foreach (var language in new[] { "id", "en" })
        {
            if (language == "en")
            {
                await page.GotoAsync(pages[0]);
                await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            }

            foreach (var path in pages)
            {
                consoleErrors.Clear();
                await VisitAsync(page, path, language, problems);
                problems.AddRange(consoleErrors.Where(e => !BlockedScalarFont(path, e)).Select(e => $"{language} {path}: console/request: {e}"));
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"walk-{role}-{size}-{language}{path.Replace('/', '_')}.png"),
                    FullPage = true,
                });
            }
        }

        Assert.True(problems.Count == 0, $"{role} at {size}:\n" + string.Join("\n", problems));
    }

    /// <summary>The pages of the role: every menu entry, plus the pages its tasks open that no menu lists.</summary>
    private async Task<List<string>> PagesAsync(IPage page, string role)
    {
        await page.GotoAsync("/");
        var menu = await page.Locator("nav.site-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var id = walk.BusinessId.ToString(CultureInfo.InvariantCulture);
        var program = walk.ProgramId.ToString(CultureInfo.InvariantCulture);
        var inquiry = walk.InquiryId.ToString(CultureInfo.InvariantCulture);
        string[] catalog = walk.CatalogBusinessId is int c ? ["/catalog", string.Create(CultureInfo.InvariantCulture, $"/catalog/{c}")] : ["/catalog"];
        string[] tasks = role switch
        {
            "anonymous" => ["/", "/commodities", "/reports", "/programs/open", .. catalog, "/inquiry", "/inquiry/sent", "/account/login"],
            Roles.Analyst => ["/", "/commodities", "/reports", "/import", "/account/password", "/account/tokens"],
            Roles.Officer => ["/markets?hs=2701&year=2019", "/programs/new", $"/programs/{program}", "/registry", "/registry/new", $"/registry/{id}", $"/registry/{id}/edit", $"/registry/{id}/assess", "/registry/import", "/inquiries?followup=true", $"/inquiries/{inquiry}", "/account/password"],
            Roles.Business => [$"/registry/{id}", $"/registry/{id}/assess", "/account/password"],
            _ => ["/admin/users", "/admin/audit", "/account/2fa-setup", "/account/password"],
        };
        return [.. menu.Concat(tasks).Distinct(StringComparer.Ordinal)];
    }

    private const string ApiDocsPath = "/api/docs";

    /// <summary>
    /// Scalar's bundled stylesheet still names its web fonts on fonts.scalar.com although the page asks for system
    /// fonts; the CSP blocks them (nothing leaves the server, the page renders in system fonts). Known and left open
    /// in issue 13 (item 8); any other console error or failed request on the page still fails the walk.
    /// </summary>
    private static bool BlockedScalarFont(string path, string error) =>
        path == ApiDocsPath && error.Contains("https://fonts.scalar.com/", StringComparison.Ordinal) && error.Contains("Content Security Policy", StringComparison.Ordinal);

    private async Task VisitAsync(IPage page, string path, string language, List<string> problems)
    {
        var response = await page.GotoAsync(path);
        if (response is null || response.Status >= 400)
        {
            problems.Add($"{language} {path}: HTTP {response?.Status}");
            return;
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (path == ApiDocsPath)
        {
            // The API reference is Scalar's own interface over the English OpenAPI document (a developer tool): its
            // requests and console are checked (no outside calls, no CSP errors), not its markup or language.
            return;
        }

        var axe = await page.RunAxe();
        problems.AddRange(axe.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{language} {path}: axe {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})"));
        var text = await page.Locator("body").InnerTextAsync();
        problems.AddRange(walk.ForeignPhrases[language]
            .Where(p => text.Contains(p, StringComparison.Ordinal))
            .Select(p => $"{language} {path}: text of the other language: \"{p}\""));
    }

    private async Task SignInAsync(IPage page, string role)
    {
        if (role == "anonymous")
        {
            return;
        }

        var user = await walk.Factory.CreateUserAsync(role, role is Roles.Analyst or Roles.Officer ? (short)18 : null);
        if (role == Roles.Business)
        {
            await using var db = walk.Factory.Database.NewContext();
            var business = await db.Businesses.FindAsync(walk.BusinessId);
            business!.OwnerUserId = user.Id;
            await db.SaveChangesAsync();
        }

        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(user.Email!);
        await page.Locator("#password").FillAsync(NeracaWebFactory.Password);
        await page.Locator("button[type=submit].button").ClickAsync();
        if (role == Roles.Admin)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login-2fa"));
            var key = await walk.Factory.AuthenticatorKeyAsync(user);
            await page.Locator("#code").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp());
            await page.Locator("button[type=submit]").Last.ClickAsync();
        }

        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
