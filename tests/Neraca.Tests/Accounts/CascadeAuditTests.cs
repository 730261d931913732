using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Accounts;

/// <summary>Photos the database deletes by cascade (with their product or business) each leave an audit row (issue 12, security 11).</summary>
public class CascadeAuditTests
{
    private static readonly ClaimsPrincipal Officer = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "officer-1"), new Claim(ClaimTypes.Role, Roles.Officer)], "test"));

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DeleteProduct_WithPhotos_WritesOneDeleteRowPerPhoto(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (business, products, photos) = await SeedAsync(database);
        await using var db = database.NewContext();
        db.AuditActor = () => "test:officer";
        var start = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;

        Assert.True(await RecordChanges.DeleteAsync(db, Officer, business, RecordChanges.Kind.Product, products[0], CancellationToken.None));

        var rows = await PhotoRowsAsync(db, start);
        Assert.Equal(photos[0], rows.Select(r => r.EntityId));
        Assert.All(rows, r => Assert.Equal(("test:officer", AuditActions.Delete, null), (r.Actor, r.Action, r.AfterJson)));
        Assert.Contains("\"Jpeg\":\"3 bytes\"", rows[0].BeforeJson!, StringComparison.Ordinal);
        Assert.Contains("\"Slot\":1", rows[0].BeforeJson!, StringComparison.Ordinal);
        Assert.Equal(photos[1].Count, await db.ProductPhotos.CountAsync()); // the other product keeps its photos
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DeleteBusiness_WithPhotos_WritesOneDeleteRowPerPhoto(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (business, _, photos) = await SeedAsync(database);
        await using var db = database.NewContext();
        var start = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;

        Assert.True(await BusinessChanges.DeleteAsync(db, Officer, business, CancellationToken.None));

        Assert.Equal(photos.SelectMany(p => p).Order(StringComparer.Ordinal), (await PhotoRowsAsync(db, start)).Select(r => r.EntityId).Order(StringComparer.Ordinal));
        Assert.Equal(0, await db.ProductPhotos.CountAsync());
    }

    [Fact]
    public async Task DeletePhotoAlone_WritesOneRow_NotTwo()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var (business, products, photos) = await SeedAsync(database);
        await using var db = database.NewContext();
        var start = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
        var photo = int.Parse(photos[0][0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(await PhotoChanges.DeleteAsync(db, Officer, business, products[0], photo, CancellationToken.None));

        Assert.Equal([photos[0][0]], (await PhotoRowsAsync(db, start)).Select(r => r.EntityId));
    }

    private static Task<List<AuditEntry>> PhotoRowsAsync(NeracaDb db, long start) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Id > start && a.Entity == "business_product_photo").OrderBy(a => a.Id).ToListAsync();

    /// <summary>A business with two products of two and one photos; returns their ids (photo ids as audit entity ids).</summary>
    private static async Task<(int Business, int[] Products, List<string>[] Photos)> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var business = new Business { Name = "Kopi", Nib = "8120000099911", ProvinceCode = 18, RegencyCode = 1801, CreatedAtUtc = DateTime.UtcNow };
        business.Products.Add(new Product { NameId = "Kopi", HsCode = "0901" });
        business.Products.Add(new Product { NameId = "Lada", HsCode = "0904" });
        db.Businesses.Add(business);
        await db.SaveChangesAsync();
        var photos = new[] { (business.Products[0].Id, 2), (business.Products[1].Id, 1) }
            .Select(x => Enumerable.Range(1, x.Item2).Select(slot => new ProductPhoto { ProductId = x.Id, Slot = slot, Jpeg = [1, 2, 3], Thumbnail = [1], CreatedAtUtc = DateTime.UtcNow, By = "seed" }).ToList())
            .ToArray();
        db.ProductPhotos.AddRange(photos.SelectMany(p => p));
        await db.SaveChangesAsync();
        return (business.Id, [.. business.Products.Select(p => p.Id)], [.. photos.Select(p => p.Select(x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())]);
    }
}
