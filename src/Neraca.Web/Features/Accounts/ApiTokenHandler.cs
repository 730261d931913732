using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>`Authorization: Bearer nrc_...`: a per-user API token, looked up by its SHA-256; revoked tokens and disabled users fail.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    NeracaDb db,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How precisely "last used" is kept (the tokens page shows it to the minute).</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("invalid token");
        }

        var hash = AccountService.HashToken(secret);
        // One query per request decides: the token exists and is not revoked, its user exists and is not disabled.
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAtUtc == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Id, t.UserId, t.LastUsedAtUtc, u.IsDisabled, u.ConcurrencyStamp })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("invalid or revoked token");
        }

        if (token.IsDisabled)
        {
            return AuthenticateResult.Fail("account disabled");
        }

        // Bookkeeping only: not a data change, so it bypasses SaveChanges (and the audit trail) on purpose. At most once a
        // minute per token: a write per request serialised every API call on SQLite's single writer (bench/README.md).
        var now = DateTime.UtcNow;
        if (token.LastUsedAtUtc is not DateTime used || now - used >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
        }

        var claims = await TokenClaims.GetOrCreateAsync(token.Id, token.ConcurrencyStamp, async () =>
        {
            var user = await users.FindByIdAsync(token.UserId);
            if (user is null)
            {
                return null;
            }

            var principal = await claimsFactory.CreateAsync(user);
            return [.. principal.Claims, new Claim(NeracaClaimsFactory.TokenClaim, token.Id.ToString())];
        });
        if (claims is null)
        {
            return AuthenticateResult.Fail("account disabled");
        }

        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
