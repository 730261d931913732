using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Accounts;
using Neraca.Storage;
using QRCoder;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// `/account/2fa-setup`: enrol an authenticator app (TOTP, RFC 6238: 6 digits, 30 s). Optional for everyone,
/// required for admins, who are sent here before anything else. GET changes nothing: a new key is generated
/// for the page and travels in a protected hidden field; it is stored only when a code from the app proves it
/// was scanned. Once enrolled, the key is never shown again (a new enrolment starts with a POST).
/// </summary>
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IUserStore<AppUser> store, IDataProtectionProvider protection, NeracaDb db) : PageModel
{
    private static readonly TimeSpan EnrolmentLifetime = TimeSpan.FromMinutes(20);

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string PendingKey { get; set; } = "";

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public bool Enabled { get; private set; }
    public bool Enrolling { get; private set; }
    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            Show(user, users.GenerateNewAuthenticatorKey());
        }

        return Page();
    }

    /// <summary>An enrolled user asks for a new authenticator: shows a new key; the old one works until the new one is confirmed.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        Show(user, users.GenerateNewAuthenticatorKey());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        var key = Unprotect(user, PendingKey);
        if (key is null)
        {
            ErrorKey = "accounts.twofa.expired";
            Show(user, users.GenerateNewAuthenticatorKey());
            return Page();
        }

        if (TotpCodes.Match(key, Code, DateTime.UtcNow) is not long step || !await TotpCodes.TryUseAsync(db, user.Id, step, ct))
        {
            ErrorKey = "twofa.invalid";
            Show(user, key);
            return Page();
        }

        await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, ct);
        await users.SetTwoFactorEnabledAsync(user, true); // saves the key too, and changes the security stamp
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect("/");
    }

    private void Show(AppUser user, string key)
    {
        Enrolling = true;
        PendingKey = Protector().Protect($"{user.Id}|{key}", EnrolmentLifetime);
        SharedKey = string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/Neraca:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Neraca&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private string? Unprotect(AppUser user, string? protectedKey)
    {
        try
        {
            var parts = Protector().Unprotect(protectedKey ?? "").Split('|', 2);
            return parts.Length == 2 && parts[0] == user.Id ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Neraca.TotpEnrolment").ToTimeLimitedDataProtector();
}
