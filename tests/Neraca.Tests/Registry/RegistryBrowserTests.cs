using System.Globalization;
using Microsoft.Playwright;
using Neraca.Accounts;
using Neraca.Reference;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using Neraca.Tests.Web.Browser;

namespace Neraca.Tests.Registry;

/// <summary>
/// The registry in Debian's Chromium, in Indonesian: an officer registers a business with a product (HS code picked
/// from the htmx suggestions, a photo) and a certificate, the owner fills in the self-assessment, the score, gaps and funnel
/// stage appear. Run at desktop and phone width; every page must fit the screen.
/// </summary>
public class RegistryBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Sizes => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task RegistryFlow_OfficerRegistersOwnerAssesses_ScoreGapsAndStageShown(string size)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        await using (var db = factory.Database.NewContext())
        {
            Assert.True((await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("hs", "hs2022_headings_id.csv"), "test")).Loaded);
        }

        var officer = await factory.CreateUserAsync(Roles.Officer, 18);
        var owner = await factory.CreateUserAsync(Roles.Business);
        var viewport = size == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop;
        var (context, page, consoleErrors) = await browser.OpenAsync(address, viewport);
        await using var _ = context;

        await BrowserFixture.SignInAsync(page, officer.Email!);
        await page.GotoAsync("/registry");
        await FitsAsync(page, viewport, "registry-list");
        await page.Locator("#new-business").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Daftarkan usaha");
        await page.Locator("#name").FillAsync("Kopi Robusta Way Tenong");
        await page.Locator("#nib").FillAsync("8120 0077 00011");
        await page.Locator("#kind").SelectOptionAsync("ikm");
        await page.Locator("#regency").SelectOptionAsync("1801");
        await page.Locator("#capital").FillAsync("400000000");
        await page.Locator("#sales").FillAsync("2500000000");
        await page.Locator("#owner").FillAsync("Siti Rahmawati");
        await page.Locator("#gender").SelectOptionAsync("F");
        await page.Locator("#owner-email").FillAsync(owner.Email!);
        await page.Locator("#consent").CheckAsync();
        await FitsAsync(page, viewport, "registry-new");
        await page.Locator("#business-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#business-name")).ToHaveTextAsync("Kopi Robusta Way Tenong");
        await Assertions.Expect(page.Locator("#scale")).ToHaveTextAsync("Kecil (menurut hasil penjualan tahunan)");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Terdaftar");
        var detailUrl = page.Url;

        await page.Locator("#product-name-id").FillAsync("Kopi bubuk robusta");
        await page.Locator("#product-name-en").FillAsync("Ground robusta coffee");
        await page.Locator("#hs-query").FillAsync("kopi");
        var suggestion = page.Locator("#hs-suggestions button[data-hs='0901']");
        await Assertions.Expect(suggestion).ToContainTextAsync("Kopi, digongseng");
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator("#product-hs")).ToHaveValueAsync("0901");
        await page.Locator("#product-capacity").FillAsync("500");
        await page.Locator("#product-unit").FillAsync("kg");
        await page.Locator("#product-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#products")).ToContainTextAsync("Kopi bubuk robusta — HS 0901");

        var photo = Path.Combine(Path.GetTempPath(), $"kopi-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, ProductPhotoTests.JpegWithExif());
        try
        {
            await page.Locator("#products form.photo-form input[type=file]").First.SetInputFilesAsync(photo);
            await page.Locator("#products form.photo-form button[type=submit]").First.ClickAsync();
            var thumbnail = page.Locator("#products .photos img").First;
            await Assertions.Expect(thumbnail).ToBeVisibleAsync();
            // Loaded under the CSP and decoded: the re-encoded thumbnail is upright (taller than wide).
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('#products .photos img'); return i && i.complete && i.naturalWidth > 0; }");
            Assert.True(await thumbnail.EvaluateAsync<bool>("i => i.naturalHeight > i.naturalWidth"));
        }
        finally
        {
            File.Delete(photo);
        }

        await page.Locator("#cert-type").SelectOptionAsync("halal");
        await page.Locator("#cert-number").FillAsync("ID18110000123");
        await page.Locator("#cert-issuer").FillAsync("BPJPH");
        await page.Locator("#cert-expires").FillAsync(DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#certification-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#certifications")).ToContainTextAsync("HALAL ID18110000123 — berlaku");
        await FitsAsync(page, viewport, "registry-detail-officer");
        await page.GotoAsync("/registry/import");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Impor daftar usaha");
        await FitsAsync(page, viewport, "registry-import");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();

        await BrowserFixture.SignInAsync(page, owner.Email!);
        await page.GotoAsync(detailUrl);
        await page.Locator("#assess-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Isi penilaian kesiapan ekspor");
        foreach (var question in Neraca.Registry.Readiness.Questions.Where(q => q.Area is "legality" or "quality" or "capacity" or "packaging"))
        {
            await page.Locator($"input[name=Yes][value='{question.Id}']").CheckAsync();
        }

        await page.Locator("input[name=Markets][value='us']").CheckAsync();
        await FitsAsync(page, viewport, "registry-assess");
        await page.Locator("#assess-form button[type=submit]").ClickAsync();

        // legality 10 + quality 15 + capacity 15 + packaging 10 = 50 of 100: "potensial".
        await Assertions.Expect(page.Locator("#assessments tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#assessments tbody tr")).ToContainTextAsync("50,0");
        await Assertions.Expect(page.Locator("#assessments tbody tr")).ToContainTextAsync("Potensial");
        await Assertions.Expect(page.Locator("#assessments tbody tr")).ToContainTextAsync("Penilaian mandiri");
        await Assertions.Expect(page.Locator("#gaps li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#gaps")).ToContainTextAsync("FDA");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Sudah dinilai");
        await Assertions.Expect(page.Locator("#funnel li.reached")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator("#delete-business").CountAsync());
        await FitsAsync(page, viewport, "registry-detail-owner");
        Assert.Empty(consoleErrors);
    }

    /// <summary>The page has no horizontal scroll at this width; a full-page screenshot is kept for review.</summary>
    private static async Task FitsAsync(IPage page, (string Name, int Width, int Height) viewport, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= viewport.Width, string.Create(CultureInfo.InvariantCulture, $"{name}: no horizontal page scroll ({scrollWidth} <= {viewport.Width})"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-id-{viewport.Name}.png"), FullPage = true });
    }
}
