using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using SkiaSharp;

namespace Showcase.Brands.Media;

/// <summary>An upload that is not accepted. <see cref="Key"/> names the message; nothing was stored.</summary>
public sealed class MediaRejectedException(string key, params object[] arguments) : Exception(key)
{
    public string Key { get; } = key;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>An upload that passed the checks: its bytes and the format recognised from them.</summary>
public sealed record AcceptedImage(byte[] Bytes, string Format);

/// <summary>The sizes an uploaded image is kept in.</summary>
public enum MediaVariant
{
    /// <summary>Up to 1600 pixels wide: the brand page and its gallery.</summary>
    Large,
    /// <summary>640 × 400, cropped: cards and lists.</summary>
    Thumb,
}

/// <summary>
/// Takes image uploads: recognises JPEG, PNG and WebP by their content, refuses anything else, too
/// large files and oversized pictures, and keeps server-made JPEG copies (metadata dropped) under the
/// data folder, named by a random id. Nothing is written unless the whole upload is accepted.
/// </summary>
public sealed class BrandMediaStore(BrandsDbContext db, IOptions<ShowcaseOptions> showcase, IOptions<BrandsOptions> options, TimeProvider clock)
{
    private const int LargeEdge = 1600;

    private const int JpegQuality = 82;

    private string Root => Path.Combine(Path.GetFullPath(showcase.Value.DataDir), "media", "brands");

    /// <exception cref="MediaRejectedException">not an accepted image, or too large.</exception>
    public async Task<BrandMedia> SaveAsync(Stream upload, string uploadedBy, CancellationToken cancellationToken = default) =>
        await SaveAsync(await AcceptAsync(upload, cancellationToken), uploadedBy, cancellationToken);

    /// <summary>Reads an upload and checks it without storing anything, so that a form can check all its files first.</summary>
    /// <exception cref="MediaRejectedException">not an accepted image, or too large.</exception>
    public async Task<AcceptedImage> AcceptAsync(Stream upload, CancellationToken cancellationToken = default)
    {
        var bytes = await ReadLimitedAsync(upload, options.Value.MaxUploadBytes, cancellationToken);
        var format = ImageFormatSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormatSniffer.HeaderLength)))
            ?? throw new MediaRejectedException("Upload.NotAnImage");
        // The header must say what the first bytes said (no PNG that is really something else), and the size it
        // declares must fit before anything is decoded.
        if (SkiaImage.Identify(bytes) is not { } info || !SameFormat(format, info.Format))
        {
            throw new MediaRejectedException("Upload.NotAnImage");
        }

        if ((long)info.Width * info.Height > options.Value.MaxUploadPixels || info.Width > SkiaImage.MaxEdge || info.Height > SkiaImage.MaxEdge)
        {
            throw new MediaRejectedException("Upload.TooManyPixels", options.Value.MaxUploadPixels / 1_000_000);
        }

        // Decoded once here as well, so that a damaged or truncated file is refused before any file of the form is kept.
        using (var decoded = SkiaImage.DecodeUpright(bytes, options.Value.MaxUploadPixels))
        {
            if (decoded is null)
            {
                throw new MediaRejectedException("Upload.NotAnImage");
            }
        }

        return new AcceptedImage(bytes, format);
    }

    /// <summary>Stores an accepted image: re-encoded copies on disk, then its row.</summary>
    public async Task<BrandMedia> SaveAsync(AcceptedImage accepted, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var (bytes, format) = accepted;

        using var image = SkiaImage.DecodeUpright(bytes, options.Value.MaxUploadPixels)
            ?? throw new MediaRejectedException("Upload.NotAnImage");
        var media = new BrandMedia
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            SourceFormat = format,
            Width = image.Width,
            Height = image.Height,
            SourceLength = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedBy = uploadedBy,
            UploadedUtc = clock.GetUtcNow(),
        };

        var folder = FolderOf(media.Id);
        var staging = folder + ".tmp";
        Directory.CreateDirectory(staging);
        try
        {
            // Large pictures shrink to 1600 pixels at most; smaller ones keep their size.
            await File.WriteAllBytesAsync(Path.Combine(staging, FileName(MediaVariant.Large)), SkiaImage.FitJpeg(image, LargeEdge, JpegQuality), cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(staging, FileName(MediaVariant.Thumb)), SkiaImage.CoverJpeg(image, 640, 400, JpegQuality), cancellationToken);
            Directory.Move(staging, folder);
            db.Media.Add(media);
            await db.SaveChangesAsync(cancellationToken);
            return media;
        }
        catch
        {
            db.ChangeTracker.Clear();
            TryDelete(staging);
            TryDelete(folder);
            throw;
        }
    }

    private static bool SameFormat(string sniffed, SKEncodedImageFormat decoded) => (sniffed, decoded) switch
    {
        ("jpeg", SKEncodedImageFormat.Jpeg) or ("png", SKEncodedImageFormat.Png) or ("webp", SKEncodedImageFormat.Webp) => true,
        _ => false,
    };

    /// <summary>Deletes the files of an image whose row was not kept (the command that stored it was refused).</summary>
    public void Discard(string id) => TryDelete(FolderOf(id));

    /// <summary>The file of one variant, or null when the id is unknown.</summary>
    public string? PathOf(string id, MediaVariant variant)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = Path.Combine(FolderOf(id), FileName(variant));
        return File.Exists(path) ? path : null;
    }

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken = default) =>
        db.Media.AnyAsync(m => m.Id == id, cancellationToken);

    private string FolderOf(string id) => Path.Combine(Root, id[..2], id);

    private static string FileName(MediaVariant variant) => variant == MediaVariant.Thumb ? "thumb.jpg" : "large.jpg";

    private static async Task<byte[]> ReadLimitedAsync(Stream upload, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new MediaRejectedException("Upload.TooLarge", limit / 1024 / 1024);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new MediaRejectedException("Upload.Empty");
        }

        return buffer.ToArray();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
