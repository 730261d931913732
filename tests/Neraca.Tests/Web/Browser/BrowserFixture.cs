using Microsoft.Playwright;

namespace Neraca.Tests.Web.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`: the browser comes from apt,
/// `apt-get install -y chromium`). One browser per test class; each test opens its own contexts.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go to `artifacts/screenshots` in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} not found: apt-get install -y chromium");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Args,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>Signs in through the login form (the session cookie is `__Host-` and Secure; Chromium accepts it on 127.0.0.1).</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(NeracaWebFactory.Password);
        await page.Locator("button[type=submit].button").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    public static readonly (string Name, int Width, int Height) Desktop = ("desktop", 1280, 900);
    public static readonly (string Name, int Width, int Height) Phone = ("phone", 390, 844);

    /// <summary>A fresh context (no cookies) at the given size; records console errors (CSP violations show there).</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> ConsoleErrors)> OpenAsync(Uri baseAddress, (string Name, int Width, int Height) size)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            // An English browser: the app must still open in Indonesian until the user switches.
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        return (context, page, errors);
    }
}
