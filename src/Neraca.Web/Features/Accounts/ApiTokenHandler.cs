using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// `Authorization: Bearer nrc_...`: a per-user API token, looked up by its SHA-256; revoked tokens and disabled users
/// fail. What a token may do comes from <see cref="TokenStateCache"/>: no query per request, and a revoke, disable or
/// role change is seen at the next request (this process) or within 500 ms (another process).
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    NeracaDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

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
        var database = db.Database.GetConnectionString() ?? "";
        if (!TokenStateCache.TryGetRecent(database, hash, out var state))
        {
            state = await TokenStateCache.GetOrLoadAsync(db, database, hash, () => LoadAsync(hash), Context.RequestAborted);
        }

        if (state?.Claims is not Claim[] claims)
        {
            return AuthenticateResult.Fail("invalid, revoked or disabled token");
        }

        // Bookkeeping only: not a data change, so it bypasses SaveChanges (no audit row, no security version change) on
        // purpose. At most once a minute per token and process: a write per request serialised every call on SQLite.
        var now = DateTime.UtcNow;
        if (state.ClaimLastUsedWrite(now))
        {
            await db.ApiTokens.Where(t => t.Id == state.TokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The token's state from the database: null for an unknown secret; refused (no claims) when revoked or disabled.</summary>
    private async Task<TokenState?> LoadAsync(string hash)
    {
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new { t.Id, t.UserId, t.LastUsedAtUtc, t.RevokedAtUtc })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return null;
        }

        var users = Context.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var user = token.RevokedAtUtc is null ? await users.FindByIdAsync(token.UserId) : null;
        if (user is null || user.IsDisabled)
        {
            return new TokenState(token.Id, token.UserId, null, token.LastUsedAtUtc);
        }

        var principal = await Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return new TokenState(token.Id, token.UserId, [.. principal.Claims, new Claim(NeracaClaimsFactory.TokenClaim, token.Id.ToString())], token.LastUsedAtUtc);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
