using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace Showcase.Brands.Tests;

/// <summary>Pictures made for the tests: ordinary ones from Skia, and files built byte by byte to mislead a decoder.</summary>
internal static class CraftedImages
{
    public static byte[] Encode(SKEncodedImageFormat format, int width = 1200, int height = 900)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(180, 20, 30));
            using var paint = new SKPaint { Color = new SKColor(240, 190, 80) };
            // A mark in the top-left corner, so that orientation can be checked.
            canvas.DrawRect(0, 0, width / 4f, height / 4f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A valid PNG that declares <paramref name="width"/> × <paramref name="height"/> pixels: its rows are all zero,
    /// so the file is small while the picture would need gigabytes (a decompression bomb).
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var raw = new MemoryStream();
        using (var deflate = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var y = 0; y < height; y++)
            {
                deflate.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A JPEG header (SOI, a quantisation table, SOF0) declaring a picture of 65,000 × 65,000 pixels, and nothing more.</summary>
    public static byte[] JpegDeclaringHugeSize()
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        jpeg.Write([0xFF, 0xDB, 0x00, 0x43, 0x00]);
        jpeg.Write(Enumerable.Repeat((byte)1, 64).ToArray());
        jpeg.Write([0xFF, 0xC0, 0x00, 0x0B, 0x08, 0xFD, 0xE8, 0xFD, 0xE8, 0x01, 0x01, 0x11, 0x00]);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>A JPEG carrying an EXIF block that says "rotate 90° clockwise to view" (orientation 6) and a GPS-like comment.</summary>
    public static byte[] JpegWithOrientation(int orientation, int width, int height)
    {
        var plain = Encode(SKEncodedImageFormat.Jpeg, width, height);
        using var exif = new MemoryStream();
        exif.Write("Exif\0\0"u8);
        exif.Write("MM\0*"u8);
        exif.Write([0, 0, 0, 8]);        // first IFD at offset 8
        exif.Write([0, 1]);              // one entry
        exif.Write([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0]); // Orientation, SHORT, 1
        exif.Write([0, 0, 0, 0]);        // no next IFD
        exif.Write("GPS 30.66N 117.49E"u8);
        var body = exif.ToArray();
        using var jpeg = new MemoryStream();
        jpeg.Write(plain.AsSpan(0, 2));  // SOI
        jpeg.Write([0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)((body.Length + 2) & 0xFF)]);
        jpeg.Write(body);
        jpeg.Write(plain.AsSpan(2));
        return jpeg.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        png.Write(sum);
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309), bit by bit: small files, no table needed.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
