using System.Globalization;
using SkiaSharp;

namespace Neraca.Registry;

/// <summary>A photo after re-encoding: a JPEG of at most <see cref="ProductPhotos.MaxSide"/> pixels and its thumbnail.</summary>
public sealed record ReencodedPhoto(byte[] Jpeg, int Width, int Height, byte[] Thumbnail);

/// <summary>
/// Product photos (docs/decisions/0013-product-photos.md). The type is read from the bytes (JPEG, PNG or WebP; the
/// file name and the declared content type are ignored), the pixel count is checked before decoding (a small file
/// can unpack to gigabytes), and every photo is decoded and encoded again as a new JPEG: EXIF (GPS position, camera,
/// owner), XMP, ICC and comments are not carried over, and the EXIF orientation is applied to the pixels first so
/// phone photos stay upright. Decoding is bounded: a large JPEG or WebP is decoded already scaled down (the codec
/// skips the pixels), an image whose decoded size would still exceed <see cref="MaxDecodePixels"/> (a 6324×6324 PNG
/// of 132 KB) is refused before any pixel is decoded, and at most <see cref="ConcurrentWork"/> photos are decoded at
/// once (docs/decisions/0019-registry-rules-in-core.md).
/// </summary>
public static class ProductPhotos
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerProduct = 6;
    public const int MaxPerBusiness = 60;
    public const long MaxPixels = 40_000_000;

    /// <summary>Pixels actually decoded into memory (4 bytes each: 64 MB), after the codec's own downscaling.</summary>
    public const long MaxDecodePixels = 16_000_000;
    public const int ConcurrentWork = 2;

    private static readonly SemaphoreSlim Work = new(ConcurrentWork, ConcurrentWork);
    public const int MaxSide = 1600;
    public const int ThumbnailSide = 320;
    private const int Quality = 85;

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    /// <summary>
    /// <see cref="Reencode"/> with at most <see cref="ConcurrentWork"/> photos in work at once: twelve concurrent
    /// uploads wait their turn instead of holding twelve decoded images.
    /// </summary>
    public static async Task<(ReencodedPhoto? Photo, RegistryError? Error)> ReencodeAsync(byte[] data, CancellationToken ct)
    {
        await Work.WaitAsync(ct);
        try
        {
            return Reencode(data);
        }
        finally
        {
            Work.Release();
        }
    }

    /// <summary>The re-encoded photo, or the reason it is refused (in English, like the API's other messages).</summary>
    public static (ReencodedPhoto? Photo, RegistryError? Error) Reencode(byte[] data)
    {
        if (data.Length > MaxBytes)
        {
            return (null, Fail("photo.size", (MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
        }

        using var codec = SKCodec.Create(new SKMemoryStream(data));
        if (codec is null)
        {
            return (null, Fail("photo.notimage"));
        }

        if (!Accepted.Contains(codec.EncodedFormat))
        {
            return (null, Fail("photo.format", codec.EncodedFormat.ToString()));
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
        {
            return (null, Fail("photo.pixels", Size(info.Width, info.Height), (MaxPixels / 1_000_000).ToString(CultureInfo.InvariantCulture)));
        }

        // Ask the codec for the smallest size it can decode to that still covers MaxSide (JPEG: eighths, WebP: any);
        // PNG cannot scale while decoding, so its full size must fit the decode limit.
        var scaled = new SKSizeI(info.Width, info.Height);
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var candidate = codec.GetScaledDimensions(eighths / 8f);
            if (candidate.Width > 0 && candidate.Height > 0 && Math.Max(candidate.Width, candidate.Height) >= Math.Min(MaxSide, Math.Max(info.Width, info.Height)))
            {
                scaled = candidate;
                break;
            }
        }

        if ((long)scaled.Width * scaled.Height > MaxDecodePixels)
        {
            return (null, Fail("photo.decodelimit", Size(info.Width, info.Height), codec.EncodedFormat.ToString(), (MaxDecodePixels / 1_000_000).ToString(CultureInfo.InvariantCulture)));
        }

        using var bitmap = new SKBitmap(new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return (null, Fail("photo.decode", result.ToString()));
        }

        using var image = SKImage.FromBitmap(bitmap);
        var (jpeg, width, height) = Encode(image, codec.EncodedOrigin, MaxSide);
        var (thumbnail, _, _) = Encode(image, codec.EncodedOrigin, ThumbnailSide);
        return (new ReencodedPhoto(jpeg, width, height, thumbnail), null);
    }

    private static RegistryError Fail(string code, params string[] args) => new("file", code, args);

    private static string Size(int width, int height) => string.Create(CultureInfo.InvariantCulture, $"{width}×{height}");

    /// <summary>Draws the pixels upright, scaled down to fit <paramref name="side"/>, on white (JPEG has no transparency).</summary>
    private static (byte[] Jpeg, int Width, int Height) Encode(SKImage image, SKEncodedOrigin origin, int side)
    {
        var swapped = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swapped ? (image.Height, image.Width) : (image.Width, image.Height);
        var scale = Math.Min(1f, (float)side / Math.Max(w, h));
        var width = Math.Max(1, (int)Math.Round(w * scale));
        var height = Math.Max(1, (int)Math.Round(h * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.SetMatrix(SKMatrix.Concat(SKMatrix.CreateScale(scale, scale), Upright(origin, image.Width, image.Height)));
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return (encoded.ToArray(), width, height);
    }

    /// <summary>The transform from stored pixels to upright pixels for each EXIF orientation (w, h: stored size).</summary>
    internal static SKMatrix Upright(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
