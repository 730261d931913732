using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Neraca.Accounts;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// Accounts for the web app: Identity on the Neraca database, the session cookie, API tokens, lockout, rate
/// limits, TOTP for admins, and audit rows for denied access. Settings: <see cref="SecurityOptions"/>.
/// </summary>
public static class AccountsSetup
{
    public const string CookieName = "__Host-neraca";
    public const string SmartScheme = "neraca";
    public const string LoginPath = "/account/login";
    public const string TwoFactorSetupPath = "/account/2fa-setup";
    public const string ChangePasswordPath = "/account/password";
    private const string AuthTimeItem = "neraca.auth_time";
    private const string SessionItem = "neraca.session";

    public static IServiceCollection AddNeracaAccounts(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DeniedRequestCleanup>();
        services.AddHttpContextAccessor();
        services.AddIdentity<AppUser, IdentityRole>()
            .AddEntityFrameworkStores<NeracaDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeTotpProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<NeracaSignInManager>()
            .AddClaimsPrincipalFactory<NeracaClaimsFactory>()
            .AddPasswordValidator<NeracaPasswordValidator>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((o, s) => PasswordRules.Apply(o, s.Value.MaxFailedAccessAttempts));
        services.AddScoped<AccountService>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenHandler.HasBearer(context.Request) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((o, s) => ConfigureCookie(o, s.Value));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).Configure(o =>
        {
            o.Cookie.Name = "__Host-neraca-2fa";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme).Configure(o =>
        {
            o.Cookie.Name = "__Host-neraca-ext";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.Path = "/";
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((o, s) =>
        {
            o.ValidationInterval = TimeSpan.FromSeconds(s.Value.StampValidationSeconds);
            // The refreshed session keeps its original sign-in time: the absolute timeout is not reset.
            o.OnRefreshingPrincipal = context =>
            {
                var authTime = context.CurrentPrincipal?.FindFirst(NeracaClaimsFactory.AuthTimeClaim);
                if (authTime is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(authTime.Type, authTime.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddRateLimiter(ConfigureRateLimits);
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, SecurityOptions s)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.Path = "/";
        o.ExpireTimeSpan = TimeSpan.FromMinutes(s.IdleTimeoutMinutes);
        o.SlidingExpiration = true;
        o.LoginPath = LoginPath;
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/error";
        var absolute = TimeSpan.FromHours(s.AbsoluteTimeoutHours);
        o.Events.OnRedirectToLogin = context =>
        {
            if (ErrorHandling.IsApi(context.HttpContext))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }

            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = context =>
        {
            // The error page (or ProblemDetails for the API) explains the 403; no redirect.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        o.Events.OnSigningIn = async context =>
        {
            // A new sign-in starts a server-side session; a refresh (RefreshSignInAsync) keeps the properties and so the session.
            var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is not null && SessionId(context.Properties) is null)
            {
                var db = context.HttpContext.RequestServices.GetRequiredService<NeracaDb>();
                context.Properties.Items[SessionItem] = (await UserSessions.StartAsync(db, userId, context.HttpContext.RequestAborted)).ToString("N");
            }

            // Kept in the cookie's properties, so refreshing the session (e.g. after enrolling TOTP) keeps the time too.
            if (!context.Properties.Items.TryGetValue(AuthTimeItem, out var authTime) || authTime is null)
            {
                authTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                context.Properties.Items[AuthTimeItem] = authTime;
            }

            if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == NeracaClaimsFactory.AuthTimeClaim))
            {
                identity.AddClaim(new Claim(NeracaClaimsFactory.AuthTimeClaim, authTime));
            }
        };
        o.Events.OnValidatePrincipal = async context =>
        {
            var authTime = context.Principal?.FindFirst(NeracaClaimsFactory.AuthTimeClaim)?.Value;
            if (!long.TryParse(authTime, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds) > absolute
                || !await IsSessionActiveAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

    /// <summary>The server-side session id kept in the cookie's properties, if any.</summary>
    public static Guid? SessionId(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(SessionItem, out var value) == true && Guid.TryParseExact(value, "N", out var id) ? id : null;

    /// <summary>Checked on every request (one primary-key lookup): a signed-out session's cookie no longer works.</summary>
    private static async Task<bool> IsSessionActiveAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || SessionId(context.Properties) is not Guid id)
        {
            return false;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<NeracaDb>();
        return await UserSessions.IsActiveAsync(db, id, userId, context.HttpContext.RequestAborted);
    }

    /// <summary>Ends the session of this request's cookie (sign-out).</summary>
    public static async Task EndCurrentSessionAsync(HttpContext context)
    {
        var auth = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (SessionId(auth.Properties) is Guid id)
        {
            await UserSessions.EndAsync(context.RequestServices.GetRequiredService<NeracaDb>(), id, context.RequestAborted);
        }
    }

    private static void ConfigureRateLimits(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Rate limit reached for this address; try again in a minute.",
                },
            });
        };
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var settings = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/account/login"))
            {
                return RateLimitPartition.GetFixedWindowLimiter("login:" + ip, _ => PerMinute(settings.LoginPermitsPerMinute));
            }

            return ErrorHandling.IsApi(context)
                ? RateLimitPartition.GetFixedWindowLimiter("api:" + ip, _ => PerMinute(settings.ApiPermitsPerMinute))
                : RateLimitPartition.GetNoLimiter("none");
        });
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>
    /// An admin without TOTP goes to the enrolment page before anything else (an API call gets 403); a user whose
    /// password an admin reset goes to the password change page.
    /// </summary>
    public static WebApplication UseAdminTwoFactorRequirement(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin)
                && user.FindFirst(NeracaClaimsFactory.TwoFactorClaim)?.Value != "true"
                && !IsAllowedBeforeEnrolment(context.Request.Path))
            {
                if (ErrorHandling.IsApi(context))
                {
                    await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor authentication required",
                        detail: "Admins must enrol an authenticator app at " + TwoFactorSetupPath).ExecuteAsync(context);
                }
                else
                {
                    context.Response.Redirect(TwoFactorSetupPath);
                }

                return;
            }

            if (user.Identity?.IsAuthenticated == true && user.FindFirst(NeracaClaimsFactory.MustChangePasswordClaim)?.Value == "true"
                && !IsAllowedBeforeEnrolment(context.Request.Path) && !context.Request.Path.StartsWithSegments(ChangePasswordPath))
            {
                if (ErrorHandling.IsApi(context))
                {
                    await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Password change required",
                        detail: "Choose a new password at " + ChangePasswordPath).ExecuteAsync(context);
                }
                else
                {
                    context.Response.Redirect(ChangePasswordPath);
                }

                return;
            }

            await next(context);
        });
        return app;
    }

    private static bool IsAllowedBeforeEnrolment(PathString path) =>
        path.StartsWithSegments(TwoFactorSetupPath) || path.StartsWithSegments("/account/logout")
        || path.StartsWithSegments("/error") || path.StartsWithSegments("/culture");

    /// <summary>The actor name written to the audit trail for this request.</summary>
    public static string Actor(HttpContext? context) =>
        context is null ? "system" : "web:" + (context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous");
}

/// <summary>Every refused request of a signed-in user leaves one audit row; anonymous refusals are counted (<see cref="DeniedRequests"/>).</summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (context.GetEndpoint() is null)
        {
            // No page or endpoint matched (static files are served earlier): nothing to protect, so a plain 404
            // rather than the fallback policy's login redirect.
            await next(context);
            return;
        }

        if ((authorizeResult.Challenged || authorizeResult.Forbidden) && context.User.Identity?.IsAuthenticated != true)
        {
            // Anonymous: counted per address and minute (decision 0021), not one append-only row per request.
            var db = context.RequestServices.GetRequiredService<NeracaDb>();
            await DeniedRequests.RecordAsync(db, context.Connection.RemoteIpAddress?.ToString(), DateTime.UtcNow, context.RequestAborted);
        }
        else if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var db = context.RequestServices.GetRequiredService<NeracaDb>();
            var action = authorizeResult.Forbidden ? AuditActions.AccessDenied : AuditActions.AccessChallenged;
            await AuditLog.WriteAsync(db, AccountsSetup.Actor(context), action, "endpoint", $"{context.Request.Method} {context.Request.Path}",
                new { status = authorizeResult.Forbidden ? 403 : 401, ip = context.Connection.RemoteIpAddress?.ToString() }, context.RequestAborted);
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
