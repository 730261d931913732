using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Accounts;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Inquiries;

/// <summary>One inquiry for officers' scripts: the fields, the ranked matches and the history.</summary>
public sealed record InquiryDetail(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("idle_days")] int IdleDays,
    [property: JsonPropertyName("needs_follow_up")] bool NeedsFollowUp,
    [property: JsonPropertyName("product")] string Product,
    [property: JsonPropertyName("hs")] string Hs,
    [property: JsonPropertyName("quantity")] decimal? Quantity,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("country")] string Country,
    [property: JsonPropertyName("certifications")] string Certifications,
    [property: JsonPropertyName("incoterm")] string Incoterm,
    [property: JsonPropertyName("timeline")] string Timeline,
    [property: JsonPropertyName("contact_name")] string ContactName,
    [property: JsonPropertyName("contact_email")] string ContactEmail,
    [property: JsonPropertyName("company")] string Company,
    [property: JsonPropertyName("close_reason")] string? CloseReason,
    [property: JsonPropertyName("export_record_id")] int? ExportRecordId,
    [property: JsonPropertyName("matches")] IReadOnlyList<InquiryMatch> Matches,
    [property: JsonPropertyName("history")] IReadOnlyList<InquiryStep> History);

public sealed record InquiryStep(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("note")] string Note,
    [property: JsonPropertyName("actor")] string Actor);

/// <summary>A move as posted to `/api/inquiries/{id}/moves`.</summary>
public sealed record InquiryMoveRequest(
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("close_reason")] string? CloseReason,
    [property: JsonPropertyName("business_id")] int? BusinessId,
    [property: JsonPropertyName("value_usd")] decimal? ValueUsd,
    [property: JsonPropertyName("volume")] string? Volume);

/// <summary>`/api/inquiries`: the officer workflow over HTTP (officers and admins, their province; docs/decisions/0030).</summary>
public static class InquiryEndpoints
{
    public static IEndpointRouteBuilder MapInquiries(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inquiries").WithTags("Buyer inquiries").RequireAuthorization(AuthPolicies.Officer);
        group.MapGet("/", ListAsync).WithName("InquiriesList")
            .WithSummary("Confirmed buyer inquiries with status and idle days; follow_up=true: open ones idle 14 days or more");
        group.MapGet("/{id}", DetailAsync).WithName("InquiriesDetail")
            .WithSummary("One inquiry with the businesses that can serve it (ranked, with reasons) and its history");
        group.MapPost("/{id}/moves", MoveAsync).WithName("InquiriesMove")
            .WithSummary("Moves an inquiry: forwarded, samples, negotiation, deal, shipped (business_id and value_usd; makes an export record) or closed (close_reason)")
            .DisableAntiforgery().AddEndpointFilter(Accounts.CookieAntiforgery.Filter);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<InquiryRow>>> ListAsync(NeracaDb db, HttpContext http, bool? follow_up, CancellationToken ct) =>
        TypedResults.Ok(await InquiryWorkflow.ListAsync(db, ProvinceScope.Of(http.User), DateTime.UtcNow, follow_up == true, ct));

    internal static async Task<Results<Ok<InquiryDetail>, NotFound>> DetailAsync(NeracaDb db, HttpContext http, int id, CancellationToken ct)
    {
        if (await InquiryWorkflow.FindAsync(db, ProvinceScope.Of(http.User), id, ct) is not { } i)
        {
            return TypedResults.NotFound();
        }

        var now = DateTime.UtcNow;
        var matches = await InquiryMatching.RankAsync(db, InquiryWorkflow.Need(i, DateOnly.FromDateTime(now)), i.ProvinceCode, ct);
        return TypedResults.Ok(new InquiryDetail(i.Id, Name(i.Status), InquiryWorkflow.IdleDays(i, now), InquiryWorkflow.NeedsFollowUp(i, now),
            i.ProductText, i.Hs, i.Quantity, i.Unit, i.Country, i.Certifications, i.Incoterm, i.Timeline, i.ContactName, i.ContactEmail, i.Company,
            i.CloseReason, i.ExportRecordId, matches, [.. i.Events.Select(e => new InquiryStep(e.Date, Name(e.From), Name(e.To), e.Note, e.Actor))]));
    }

    internal static async Task<Results<NoContent, NotFound, ValidationProblem>> MoveAsync(NeracaDb db, HttpContext http, int id, InquiryMoveRequest move, CancellationToken ct)
    {
        var errors = await InquiryWorkflow.MoveAsync(db, ProvinceScope.Of(http.User), id,
            new InquiryMove(move.To, move.Date, move.Note, move.CloseReason, move.BusinessId, move.ValueUsd, move.Volume), Accounts.AccountsSetup.Actor(http), DateTime.UtcNow, ct);
        return errors switch
        {
            null => TypedResults.NotFound(),
            [] => TypedResults.NoContent(),
            _ => TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.En).ToArray())),
        };
    }

    private static string Name(InquiryStatus s) => s.ToString().ToLowerInvariant();
}
