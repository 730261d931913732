using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;
using SkiaSharp;

namespace Neraca.Tests.Registry;

/// <summary>Product photos: type by content, limits, re-encoding without metadata, access by owner/staff/catalog.</summary>
public class ProductPhotoTests
{
    private const string Businesses = "/api/registry/businesses";
    private const string SecretCamera = "NeracaSecretCam";

    /// <summary>A 40×20 JPEG, red left half and blue right half, with an EXIF block: camera make and orientation 6 (rotate 90° clockwise).</summary>
    internal static byte[] JpegWithExif()
    {
        using var bitmap = new SKBitmap(40, 20);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, 20, 20, new SKPaint { Color = SKColors.Red });
        }

        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
        var make = Encoding.ASCII.GetBytes(SecretCamera + "\0");
        byte[] tiff =
        [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF, first IFD at 8
            0x00, 0x02, // two entries
            0x01, 0x0F, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)make.Length, 0x00, 0x00, 0x00, 38, // Make: ASCII at offset 38
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, // Orientation = 6
            0x00, 0x00, 0x00, 0x00, // no next IFD
            .. make,
        ];
        var length = 2 + 6 + tiff.Length;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
        return [.. jpeg.Take(2), .. app1, .. jpeg.Skip(2)];
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [Fact]
    public void Reencode_JpegWithExif_UprightAndMetadataGone()
    {
        var original = JpegWithExif();
        using (var codec = SKCodec.Create(new SKMemoryStream(original)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin); // the fixture really carries EXIF
        }

        var (photo, error) = ProductPhotos.Reencode(original);

        Assert.Null(error);
        Assert.False(Contains(photo!.Jpeg, Encoding.ASCII.GetBytes(SecretCamera)));
        Assert.False(Contains(photo.Jpeg, "Exif\0\0"u8.ToArray()));
        Assert.False(Contains(photo.Thumbnail, "Exif\0\0"u8.ToArray()));
        Assert.Equal((20, 40), (photo.Width, photo.Height));
        using var decoded = SKBitmap.Decode(photo.Jpeg);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
        // Rotated clockwise: the red left half is now on top, the blue right half below.
        Assert.True(decoded.GetPixel(10, 5).Red > 200 && decoded.GetPixel(10, 5).Blue < 60, $"top {decoded.GetPixel(10, 5)}");
        Assert.True(decoded.GetPixel(10, 35).Blue > 200 && decoded.GetPixel(10, 35).Red < 60, $"bottom {decoded.GetPixel(10, 35)}");
    }

    [Fact]
    public void Reencode_TextRenamedJpgAndLargePng_RefusedOrScaled()
    {
        var (text, textError) = ProductPhotos.Reencode(Encoding.UTF8.GetBytes("<html>not a photo</html>"));
        using var big = new SKBitmap(3000, 1000);
        var (scaled, _) = ProductPhotos.Reencode(big.Encode(SKEncodedImageFormat.Png, 100).ToArray());

        Assert.Null(text);
        Assert.Contains("not an image", textError!.Reason, StringComparison.Ordinal);
        Assert.Equal((ProductPhotos.MaxSide, 533), (scaled!.Width, scaled.Height));
        using var thumb = SKBitmap.Decode(scaled.Thumbnail);
        Assert.Equal(ProductPhotos.ThumbnailSide, thumb.Width);
        Assert.Equal(0xFF, scaled.Jpeg[0]);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name = "foto.jpg")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task<(int Business, int Product)> ProductAsync(HttpClient client, string nib, bool consent)
    {
        var id = await RegistryApiTests.CreateAsync(client, RegistryApiTests.NewBusiness(nib, consent));
        using var response = await client.PostAsJsonAsync($"{Businesses}/{id}/products", new { nameId = "Kopi bubuk", hsCode = "0901" });
        var detail = await RegistryApiTests.JsonAsync(response, HttpStatusCode.OK);
        return (id, detail.GetProperty("products")[0].GetProperty("id").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UploadEndpoint_Rules_OversizeNotImageOtherOwnerAndCount(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (other, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (business, product) = await ProductAsync(owner, "8120000088801", consent: false);
        var url = $"{Businesses}/{business}/products/{product}/photos";

        using (var oversize = await owner.PostAsync(url, Upload(new byte[ProductPhotos.MaxBytes + 100_000])))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        }

        using (var text = await owner.PostAsync(url, Upload(Encoding.UTF8.GetBytes("plain text saved as .jpg"))))
        {
            var problem = await RegistryApiTests.JsonAsync(text, HttpStatusCode.BadRequest);
            Assert.Contains("not an image", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }

        using (var foreign = await other.PostAsync(url, Upload(JpegWithExif())))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        for (var i = 0; i < ProductPhotos.MaxPerProduct; i++)
        {
            using var ok = await owner.PostAsync(url, Upload(JpegWithExif()));
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        using (var seventh = await owner.PostAsync(url, Upload(JpegWithExif())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, seventh.StatusCode);
        }

        await using var db = factory.Database.NewContext();
        Assert.Equal(ProductPhotos.MaxPerProduct, await db.ProductPhotos.CountAsync());
        var audit = await db.AuditEntries.FirstAsync(a => a.Entity == "business_product_photo");
        Assert.Matches("\"Jpeg\":\"\\d+ bytes\"", audit.AfterJson!);
    }

    [Fact]
    public async Task PhotoAccess_PrivateOnlyToOwnerAndStaff_CatalogPublic_DeleteByOwner()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (officer, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (other, _, _) = await factory.TokenClientAsync(Roles.Business);
        using var anonymous = factory.CreateHttpsClient();
        var (privateBusiness, privateProduct) = await ProductAsync(owner, "8120000088802", consent: false);
        var (catalogBusiness, catalogProduct) = await ProductAsync(officer, "8120000088803", consent: true);

        async Task<string> UploadAsync(HttpClient client, int b, int p)
        {
            using var response = await client.PostAsync($"{Businesses}/{b}/products/{p}/photos", Upload(JpegWithExif()));
            return (await RegistryApiTests.JsonAsync(response, HttpStatusCode.Created)).GetProperty("thumbnailUrl").GetString()!;
        }

        var privateUrl = await UploadAsync(owner, privateBusiness, privateProduct);
        var catalogUrl = await UploadAsync(officer, catalogBusiness, catalogProduct);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(privateUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(privateUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(privateUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(privateUrl)).StatusCode);
        using var shown = await anonymous.GetAsync(catalogUrl);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/jpeg", shown.Content.Headers.ContentType!.MediaType);
        Assert.False(Contains(await shown.Content.ReadAsByteArrayAsync(), Encoding.ASCII.GetBytes(SecretCamera)));
        var catalog = await anonymous.GetStringAsync("/api/catalog");
        Assert.Contains(catalogUrl.Replace("?thumb=true", "", StringComparison.Ordinal), catalog, StringComparison.Ordinal);

        var photoId = privateUrl.Split('/')[^1].Split('?')[0];
        using var foreignDelete = await other.DeleteAsync($"{Businesses}/{privateBusiness}/products/{privateProduct}/photos/{photoId}");
        using var delete = await owner.DeleteAsync($"{Businesses}/{privateBusiness}/products/{privateProduct}/photos/{photoId}");
        Assert.Equal(HttpStatusCode.NotFound, foreignDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(privateUrl)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DeleteProduct_WithPhotos_PhotosGoWithIt(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (owner, _, _) = await factory.TokenClientAsync(Roles.Business);
        var (business, product) = await ProductAsync(owner, "8120000088805", consent: false);
        using (var upload = await owner.PostAsync($"{Businesses}/{business}/products/{product}/photos", Upload(JpegWithExif())))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        using var delete = await owner.DeleteAsync($"{Businesses}/{business}/products/{product}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var db = factory.Database.NewContext();
        Assert.Equal(0, await db.ProductPhotos.CountAsync());
    }

    [Fact]
    public async Task DetailPage_UploadPhotoForm_ThumbnailShownAndBadFileExplained()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (api, _, _) = await factory.TokenClientAsync(Roles.Officer, 18);
        var (business, product) = await ProductAsync(api, "8120000088804", consent: false);
        var (session, _) = await factory.SignInAsync(Roles.Officer, 18);
        var page = await session.GetStringAsync($"/registry/{business}");

        MultipartFormDataContent Form(byte[] bytes)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(product.ToString(System.Globalization.CultureInfo.InvariantCulture)), "productId" },
                { new StringContent(HttpHelpers.FormToken(page)), "__RequestVerificationToken" },
            };
            form.Add(new ByteArrayContent(bytes), "photo", "kopi.jpg");
            return form;
        }

        using (var bad = await session.PostAsync($"/registry/{business}?handler=Photo", Form("bukan gambar"u8.ToArray())))
        {
            Assert.Contains("berkas ini bukan gambar", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var ok = await session.PostAsync($"/registry/{business}?handler=Photo", Form(JpegWithExif())))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var detail = await session.GetStringAsync($"/registry/{business}");
        Assert.Matches("<img src=\"/api/registry/photos/\\d+\\?thumb=true\"", detail);
    }
}
