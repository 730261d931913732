using System.Text.RegularExpressions;
using Neraca.Accounts;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public partial class FormTests
{
    /// <summary>Antiforgery on every form: each POST form on every page a signed-in admin sees carries the token.</summary>
    [Fact]
    public async Task EveryPostForm_CarriesAnAntiforgeryToken()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Admin);
        using (client)
        {
            var forms = 0;
            foreach (var path in new[] { "/", "/import", "/account/login", "/account/logout", "/account/tokens", "/account/2fa-setup", "/admin/users", "/admin/audit" })
            {
                var html = await client.GetStringAsync(path);
                foreach (Match form in PostForm().Matches(html))
                {
                    forms++;
                    Assert.True(form.Value.Contains("__RequestVerificationToken", StringComparison.Ordinal), $"{path}: form without antiforgery token: {form.Value[..Math.Min(120, form.Value.Length)]}");
                }
            }

            Assert.True(forms >= 8, $"{forms} forms checked");
        }
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();
}
