namespace Showcase.Brands.Media;

/// <summary>Recognises an image by its first bytes, whatever its file name or declared type says.</summary>
public static class ImageFormatSniffer
{
    public const int HeaderLength = 12;

    /// <returns><c>jpeg</c>, <c>png</c>, <c>webp</c>, or null for anything else.</returns>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return "jpeg";
        }

        if (header.Length >= 8 && header[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }

        return null;
    }
}
