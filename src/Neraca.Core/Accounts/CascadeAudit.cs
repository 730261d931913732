using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>
/// Audit rows for rows the database deletes by cascade without EF seeing them (issue 12, security 11; decision 0033).
/// Registry deletes load a business with its products, certificates and so on, so those are tracked and audited by
/// <see cref="AuditTrail"/>; product photos are not loaded (their images would be read only to be thrown away), and
/// `ON DELETE CASCADE` removed them with no trace. Their rows are read (without the images) in the deleting
/// transaction, before the delete, and written with the other audit rows, in the same shape as a photo deleted by itself.
/// </summary>
internal static class CascadeAudit
{
    public sealed record Row(string Entity, string EntityId, string Before)
    {
        public AuditEntry ToEntry(string actor, DateTime now) => new()
        {
            AtUtc = now,
            Actor = actor.Length <= 200 ? actor : actor[..200],
            Action = AuditActions.Delete,
            Entity = Entity,
            EntityId = EntityId,
            BeforeJson = Before,
        };
    }

    public static List<Row> Photos(NeracaDb db) => Query(db) is { } q ? ToRows(db, q.ToList()) : [];

    public static async Task<List<Row>> PhotosAsync(NeracaDb db, CancellationToken ct) => Query(db) is { } q ? ToRows(db, await q.ToListAsync(ct)) : [];

    private sealed record PhotoRow(int Id, int ProductId, int Slot, int Width, int Height, int Jpeg, int Thumbnail, DateTime CreatedAtUtc, string By);

    /// <summary>Untracked photos of products or businesses being deleted; null (no query) when nothing of the kind is deleted.</summary>
    private static IQueryable<PhotoRow>? Query(NeracaDb db)
    {
        var products = Deleted<Product>(db.ChangeTracker).Select(p => p.Id).ToList();
        var businesses = Deleted<Business>(db.ChangeTracker).Select(b => b.Id).ToList();
        if (products.Count == 0 && businesses.Count == 0)
        {
            return null;
        }

        // Photos EF tracks are deleted and audited by AuditTrail already (the cascade reaches tracked rows first).
        var tracked = db.ChangeTracker.Entries<ProductPhoto>().Select(e => e.Entity.Id).ToList();
        return db.ProductPhotos.AsNoTracking()
            .Where(p => (products.Contains(p.ProductId) || db.Products.Any(x => x.Id == p.ProductId && businesses.Contains(x.BusinessId))) && !tracked.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => new PhotoRow(p.Id, p.ProductId, p.Slot, p.Width, p.Height, p.Jpeg.Length, p.Thumbnail.Length, p.CreatedAtUtc, p.By));
    }

    private static IEnumerable<T> Deleted<T>(ChangeTracker tracker)
        where T : class =>
        tracker.Entries<T>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity);

    private static List<Row> ToRows(NeracaDb db, List<PhotoRow> photos)
    {
        var table = db.Model.FindEntityType(typeof(ProductPhoto))?.GetTableName() ?? nameof(ProductPhoto);
        return [.. photos.Select(p => new Row(table, p.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ProductPhoto.By)] = p.By,
            [nameof(ProductPhoto.CreatedAtUtc)] = p.CreatedAtUtc,
            [nameof(ProductPhoto.Height)] = p.Height,
            [nameof(ProductPhoto.Id)] = p.Id,
            [nameof(ProductPhoto.Jpeg)] = $"{p.Jpeg} bytes",
            [nameof(ProductPhoto.ProductId)] = p.ProductId,
            [nameof(ProductPhoto.Slot)] = p.Slot,
            [nameof(ProductPhoto.Thumbnail)] = $"{p.Thumbnail} bytes",
            [nameof(ProductPhoto.Width)] = p.Width,
        })))];
    }
}
