using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Registry;

/// <summary>Issue 12, Security 4: bounded decoding, and the photo caps held under concurrent uploads.</summary>
public class PhotoLimitTests
{
    private const string Businesses = "/api/registry/businesses";

    /// <summary>A real PNG of width × height grey pixels, all zero: a few hundred KB that unpack to width × height bytes.</summary>
    internal static byte[] BlankPng(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                z.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter, no interlace
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    [Fact]
    public void Reencode_PngOf6324Squared_RefusedBeforeDecodingAndQuickly()
    {
        var bomb = BlankPng(6324, 6324);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (photo, error) = ProductPhotos.Reencode(bomb);

        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
        Assert.Null(photo);
        Assert.Contains("6324×6324", error!.Reason, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 16 * 1024 * 1024, "no full-size pixel buffer is allocated");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void Reencode_LargeJpeg_DecodedScaledDown()
    {
        using var big = new SkiaSharp.SKBitmap(6000, 4500);
        using var canvas = new SkiaSharp.SKCanvas(big);
        canvas.Clear(SkiaSharp.SKColors.SaddleBrown);
        var jpeg = big.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80).ToArray();

        var (photo, error) = ProductPhotos.Reencode(jpeg);

        Assert.Null(error);
        Assert.Equal(ProductPhotos.MaxSide, Math.Max(photo!.Width, photo.Height));
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { content, "file", "foto.jpg" } };
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_SixteenAtOnce_SixStoredInDistinctSlots(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000099901"));
        using var added = await owner.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi bubuk", hsCode = "0901" });
        var product = (await RegistryApiTests.JsonAsync(added, HttpStatusCode.OK)).GetProperty("products")[0].GetProperty("id").GetInt32();
        var photo = ProductPhotoTests.JpegWithExif();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await owner.PostAsync($"{Businesses}/{id}/products/{product}/photos", Upload(photo));
            return response.StatusCode;
        }));

        Assert.Equal(ProductPhotos.MaxPerProduct, responses.Count(s => s == HttpStatusCode.Created));
        Assert.All(responses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        await using var db = factory.Database.NewContext();
        var slots = await db.ProductPhotos.Where(p => p.ProductId == product).Select(p => p.Slot).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, ProductPhotos.MaxPerProduct), slots);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Insert_SeventhSlotOrSameSlotTwice_RefusedByTheDatabase(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        int product;
        await using (var db = database.NewContext())
        {
            var business = new Business { Name = "Kopi", Nib = "8120000099902", ProvinceCode = 18, RegencyCode = 1801, CreatedAtUtc = DateTime.UtcNow };
            business.Products.Add(new Product { NameId = "Kopi", HsCode = "0901" });
            db.Businesses.Add(business);
            await db.SaveChangesAsync();
            product = business.Products[0].Id;
            db.ProductPhotos.Add(new ProductPhoto { ProductId = product, Slot = 1, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        foreach (var slot in new[] { 1, ProductPhotos.MaxPerProduct + 1 })
        {
            await using var db = database.NewContext();
            db.ProductPhotos.Add(new ProductPhoto { ProductId = product, Slot = slot, CreatedAtUtc = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Upload_BusinessAtItsPhotoCap_Refused()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var id = await RegistryApiTests.CreateAsync(owner, RegistryApiTests.NewBusiness("8120000099903"));
        int last;
        await using (var db = factory.Database.NewContext())
        {
            var products = Enumerable.Range(0, ProductPhotos.MaxPerBusiness / ProductPhotos.MaxPerProduct + 1).Select(i => new Product { BusinessId = id, NameId = $"Kopi {i}", HsCode = "0901" }).ToList();
            db.Products.AddRange(products);
            await db.SaveChangesAsync();
            db.ProductPhotos.AddRange(products.SkipLast(1).SelectMany(p => Enumerable.Range(1, ProductPhotos.MaxPerProduct)
                .Select(slot => new ProductPhoto { ProductId = p.Id, Slot = slot, CreatedAtUtc = DateTime.UtcNow })));
            await db.SaveChangesAsync();
            last = products[^1].Id;
        }

        using var response = await owner.PostAsync($"{Businesses}/{id}/products/{last}/photos", Upload(ProductPhotoTests.JpegWithExif()));

        var problem = await RegistryApiTests.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("a business has at most", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }
}
