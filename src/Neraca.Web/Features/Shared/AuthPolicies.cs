namespace Neraca.Web.Features.Shared;

/// <summary>
/// The one place authorization policies are named and defined. Every page and endpoint that changes data
/// already asks for a policy from here; for now the policies let everyone through, because accounts and
/// roles come with issue 4, which only needs to tighten <see cref="AddNeracaAuthorization"/>.
/// </summary>
public static class AuthPolicies
{
    /// <summary>Imports, trade figures, reports (role `analyst`).</summary>
    public const string Analyst = "analyst";

    /// <summary>Aggregate trade figures (open data): the dashboard and `/api/trade/*`. Public by design; issue 4 may tighten it.</summary>
    public const string PublicData = "public-data";

    public static IServiceCollection AddNeracaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // TEMPORARY, until accounts exist (issue 4): permissive. Replace with RequireRole("analyst", "admin").
            .AddPolicy(Analyst, p => p.RequireAssertion(_ => true))
            // Aggregate figures are open data: readable without an account.
            .AddPolicy(PublicData, p => p.RequireAssertion(_ => true));
        return services;
    }
}
