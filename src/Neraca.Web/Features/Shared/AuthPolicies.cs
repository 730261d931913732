using Neraca.Accounts;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// The one place authorization policies are named and defined. Deny by default: the fallback policy requires a
/// signed-in user, so a page or endpoint without its own policy is closed. Public pages and endpoints say so
/// explicitly with <c>[AllowAnonymous]</c> / <c>.AllowAnonymous()</c> or the <see cref="PublicData"/> policy, and
/// are listed in the test that walks every endpoint (tests/Neraca.Tests/Accounts/EndpointAccessTests.cs).
/// </summary>
public static class AuthPolicies
{
    /// <summary>Users, settings, reference data (role `admin`).</summary>
    public const string Admin = "admin";

    /// <summary>Imports, trade figures, reports (role `analyst`, or `admin`).</summary>
    public const string Analyst = "analyst";

    /// <summary>Registry, programs, buyers (role `officer`, or `admin`).</summary>
    public const string Officer = "officer";

    /// <summary>A business owner (role `business`): only their own business.</summary>
    public const string Business = "business";

    /// <summary>The business registry: officers (and admins) within their province, business owners for their own business.</summary>
    public const string Registry = "registry";

    /// <summary>Any office staff: admin, analyst or officer (not a business account).</summary>
    public const string Staff = "staff";

    /// <summary>Open data anyone may read, signed in or not (the dashboard, `/api/trade/*`).</summary>
    public const string PublicData = "public-data";

    public static IServiceCollection AddNeracaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Analyst, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Officer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Officer, Roles.Admin))
            .AddPolicy(Business, p => p.RequireAuthenticatedUser().RequireRole(Roles.Business))
            .AddPolicy(Registry, p => p.RequireAuthenticatedUser().RequireRole(Roles.Officer, Roles.Admin, Roles.Business))
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Analyst, Roles.Officer))
            .AddPolicy(PublicData, p => p.RequireAssertion(_ => true));
        services.AddScoped<MenuAccess>();
        return services;
    }
}
