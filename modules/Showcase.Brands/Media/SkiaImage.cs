using SkiaSharp;

namespace Showcase.Brands.Media;

/// <summary>
/// Image decoding and the server-made copies, with SkiaSharp (Google's Skia, the decoder of Chromium and Android,
/// fuzzed continuously upstream). The size a file declares is read from its header before any pixel is decoded,
/// so a small file that would unpack to a huge picture (a decompression bomb) is refused without allocating it.
/// </summary>
internal static class SkiaImage
{
    /// <summary>No side may be longer than this, whatever the pixel budget allows.</summary>
    public const int MaxEdge = 16_384;

    /// <returns>the picture's size and format as its header declares them, or null when Skia cannot read the header.</returns>
    public static (int Width, int Height, SKEncodedImageFormat Format)? Identify(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    /// <summary>Decodes the whole picture, upright (EXIF orientation applied), or null when it is damaged or larger than allowed.</summary>
    public static SKImage? DecodeUpright(byte[] bytes, long maxPixels)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || width > MaxEdge || height > MaxEdge || (long)width * height > maxPixels)
        {
            return null;
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // A truncated file decodes partly (the rest left blank): such an upload is refused, not stored half grey.
        if (result != SKCodecResult.Success)
        {
            return null;
        }

        bitmap.SetImmutable();
        var decoded = SKImage.FromBitmap(bitmap);
        if (codec.EncodedOrigin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return decoded;
        }

        using (decoded)
        {
            return Orient(decoded, codec.EncodedOrigin);
        }
    }

    /// <summary>Scales <paramref name="image"/> to fit in a box of <paramref name="edge"/> pixels; smaller pictures keep their size.</summary>
    public static byte[] FitJpeg(SKImage image, int edge, int quality)
    {
        var scale = Math.Min(1.0, Math.Min((double)edge / image.Width, (double)edge / image.Height));
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        return Jpeg(image, width, height, SKRect.Create(image.Width, image.Height), quality);
    }

    /// <summary>Fills a <paramref name="width"/> × <paramref name="height"/> frame, cropping the middle of the picture.</summary>
    public static byte[] CoverJpeg(SKImage image, int width, int height, int quality)
    {
        var scale = Math.Max((double)width / image.Width, (double)height / image.Height);
        var sourceWidth = (float)(width / scale);
        var sourceHeight = (float)(height / scale);
        var source = SKRect.Create((image.Width - sourceWidth) / 2, (image.Height - sourceHeight) / 2, sourceWidth, sourceHeight);
        return Jpeg(image, width, height, source, quality);
    }

    private static byte[] Jpeg(SKImage image, int width, int height, SKRect source, int quality)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not make a {width}×{height} surface.");
        // JPEG has no transparency: transparent parts become white, not black.
        surface.Canvas.Clear(SKColors.White);
        using (var paint = new SKPaint())
        {
            surface.Canvas.DrawImage(image, source, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        }

        using var snapshot = surface.Snapshot();
        // Re-encoding from pixels keeps no metadata: EXIF (location, camera), XMP and IPTC are dropped.
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality)
            ?? throw new InvalidOperationException("Skia could not encode a JPEG.");
        return encoded.ToArray();
    }

    private static SKImage Orient(SKImage image, SKEncodedOrigin origin)
    {
        var (w, h) = (image.Width, image.Height);
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        using var surface = SKSurface.Create(new SKImageInfo(swaps ? h : w, swaps ? w : h, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        // The canvas applies the last transform first: each case maps the stored picture onto the upright one.
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(h, w);
                canvas.Scale(1, -1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, w);
                canvas.RotateDegrees(-90);
                break;
        }

        using var paint = new SKPaint();
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        return surface.Snapshot();
    }
}
