using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// Adding, editing and deleting the records of a business the caller may change (an id of a business the caller
/// cannot see, or a record of another business, is "not found"). Used by the API and the business page.
/// </summary>
public static class RecordChanges
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static Task<RegistryResult<Business>> AddProductAsync(NeracaDb db, ClaimsPrincipal user, int id, ProductInput input, CancellationToken ct) =>
        ChangeAsync(db, user, id, ct, async b =>
        {
            var product = new Product();
            var errors = await ProductRules.ApplyAsync(db, product, input, ct);
            if (errors.Count == 0)
            {
                b.Products.Add(product);
            }

            return errors;
        });

    /// <summary>Edits a product in place (its photos stay); the same rules as adding one.</summary>
    public static async Task<RegistryResult<Business>> UpdateProductAsync(NeracaDb db, ClaimsPrincipal user, int id, int productId, ProductInput input, CancellationToken ct)
    {
        var found = true;
        var result = await ChangeAsync(db, user, id, ct, async b =>
        {
            if (b.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
            {
                found = false;
                return [new RegistryError("itemId", "item")];
            }

            return await ProductRules.ApplyAsync(db, product, input, ct);
        });
        return found ? result : RegistryResult<Business>.Missing();
    }

    public static Task<RegistryResult<Business>> AddCertificationAsync(NeracaDb db, ClaimsPrincipal user, int id, CertificationInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b => RecordRules.Certification(input), (b, r) => b.Certifications.Add(r));

    public static Task<RegistryResult<Business>> AddExportAsync(NeracaDb db, ClaimsPrincipal user, int id, ExportInput input, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b => RecordRules.Export(input, Today), (b, r) => b.Exports.Add(r));

    /// <summary>
    /// Staff only: attendance of a program is recorded by the office that ran it. The record becomes a closed one-session
    /// program the business completed at once (the programs module replaced the placeholder: decision 0022).
    /// </summary>
    public static async Task<RegistryResult<Business>> AddParticipationAsync(NeracaDb db, ClaimsPrincipal user, int id, ParticipationInput input, CancellationToken ct)
    {
        if (RegistryAccess.IsOwnerRole(user))
        {
            return RegistryResult<Business>.Missing();
        }

        var result = await AddAsync(db, user, id, ct, b => RecordRules.Participation(input), (b, r) => b.Participations.Add(r));
        if (result.Value is not null)
        {
            await Programs.PlaceholderMigration.RunAsync(db, ct);
        }

        return result;
    }

    public static Task<RegistryResult<Business>> AssessAsync(NeracaDb db, ClaimsPrincipal user, int id, AssessmentInput input, string actor, CancellationToken ct) =>
        AddAsync(db, user, id, ct, b => RecordRules.Assessment(b, input, !RegistryAccess.IsOwnerRole(user), actor, Today), (b, r) => b.Assessments.Add(r));

    public enum Kind
    {
        Product,
        Certification,
        Export,
        Participation,
    }

    /// <summary>Removes one record of a business the caller may change; false when there is no such record for the caller.</summary>
    public static async Task<bool> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, Kind kind, int itemId, CancellationToken ct)
    {
        var business = await RegistryAccess.FindAsync(db, user, id, ct);
        object? item = kind switch
        {
            Kind.Product => business?.Products.FirstOrDefault(x => x.Id == itemId),
            Kind.Certification => business?.Certifications.FirstOrDefault(x => x.Id == itemId),
            Kind.Export => business?.Exports.FirstOrDefault(x => x.Id == itemId),
            Kind.Participation when !RegistryAccess.IsOwnerRole(user) => business?.Participations.FirstOrDefault(x => x.Id == itemId),
            _ => null,
        };
        if (item is null)
        {
            return false;
        }

        db.Remove(item);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Task<RegistryResult<Business>> AddAsync<T>(
        NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct, Func<Business, (T? Record, List<RegistryError> Errors)> check, Action<Business, T> add)
        where T : class =>
        ChangeAsync(db, user, id, ct, b =>
        {
            var (record, errors) = check(b);
            if (record is not null)
            {
                add(b, record);
            }

            return Task.FromResult(errors);
        });

    private static async Task<RegistryResult<Business>> ChangeAsync(
        NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct, Func<Business, Task<List<RegistryError>>> change)
    {
        var business = await RegistryAccess.FindAsync(db, user, id, ct);
        if (business is null)
        {
            return RegistryResult<Business>.Missing();
        }

        var errors = await change(business);
        if (errors.Count > 0)
        {
            return RegistryResult<Business>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return RegistryResult<Business>.Ok(business);
    }
}
