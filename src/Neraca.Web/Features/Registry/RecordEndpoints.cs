using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/api/registry/businesses/{id}/...`: products, certificates, export records, program participation and assessments.</summary>
public static class RecordEndpoints
{
    public static void MapRegistryRecords(this RouteGroupBuilder group, Func<RouteHandlerBuilder, RouteHandlerBuilder> changing)
    {
        changing(group.MapPost("/businesses/{id}/products", AddProductAsync)).WithName("RegistryAddProduct");
        changing(group.MapPut("/businesses/{id}/products/{itemId}", UpdateProductAsync)).WithName("RegistryUpdateProduct");
        changing(group.MapPost("/businesses/{id}/certifications", AddCertificationAsync)).WithName("RegistryAddCertification");
        changing(group.MapPost("/businesses/{id}/exports", AddExportAsync)).WithName("RegistryAddExport");
        changing(group.MapPost("/businesses/{id}/participations", AddParticipationAsync)).WithName("RegistryAddParticipation").RequireAuthorization(AuthPolicies.Officer);
        changing(group.MapPost("/businesses/{id}/assessments", AssessAsync)).WithName("RegistryAssess")
            .WithSummary("Score the readiness questionnaire: a self-assessment by the owner, a verified one by an officer");
        changing(group.MapDelete("/businesses/{id}/products/{itemId}", (NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
            DeleteAsync(db, user, id, RecordChanges.Kind.Product, itemId, ct))).WithName("RegistryDeleteProduct");
        changing(group.MapDelete("/businesses/{id}/certifications/{itemId}", (NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
            DeleteAsync(db, user, id, RecordChanges.Kind.Certification, itemId, ct))).WithName("RegistryDeleteCertification");
        changing(group.MapDelete("/businesses/{id}/exports/{itemId}", (NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
            DeleteAsync(db, user, id, RecordChanges.Kind.Export, itemId, ct))).WithName("RegistryDeleteExport");
        changing(group.MapDelete("/businesses/{id}/participations/{itemId}", (NeracaDb db, ClaimsPrincipal user, int id, int itemId, CancellationToken ct) =>
            DeleteAsync(db, user, id, RecordChanges.Kind.Participation, itemId, ct))).WithName("RegistryDeleteParticipation").RequireAuthorization(AuthPolicies.Officer);
    }

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddProductAsync(NeracaDb db, ClaimsPrincipal user, int id, ProductInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.AddProductAsync(db, user, id, input, ct), ct);

    /// <summary>Edits a product in place (its photos stay); same rules as adding one. Another business's product is 404.</summary>
    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> UpdateProductAsync(NeracaDb db, ClaimsPrincipal user, int id, int itemId, ProductInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.UpdateProductAsync(db, user, id, itemId, input, ct), ct);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddCertificationAsync(NeracaDb db, ClaimsPrincipal user, int id, CertificationInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.AddCertificationAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddExportAsync(NeracaDb db, ClaimsPrincipal user, int id, ExportInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.AddExportAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AddParticipationAsync(NeracaDb db, ClaimsPrincipal user, int id, ParticipationInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.AddParticipationAsync(db, user, id, input, ct), ct);

    private static async Task<Results<Ok<BusinessDetail>, NotFound, ValidationProblem>> AssessAsync(
        NeracaDb db, ClaimsPrincipal user, HttpContext context, int id, AssessmentInput input, CancellationToken ct) =>
        await BusinessEndpoints.Answer(db, await RecordChanges.AssessAsync(db, user, id, input, Accounts.AccountsSetup.Actor(context), ct), ct);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, RecordChanges.Kind kind, int itemId, CancellationToken ct) =>
        await RecordChanges.DeleteAsync(db, user, id, kind, itemId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
