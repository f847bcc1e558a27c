using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Brands.Data;
using Showcase.Brands.Media;
using Showcase.Testing;
using SkiaSharp;

namespace Showcase.Brands.Tests;

public sealed class BrandMediaStoreTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    private Task<T> WithStoreAsync<T>(Func<BrandMediaStore, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<BrandMediaStore>()));

    private string MediaRoot => Path.Combine(host.Host.DataDir, "media", "brands");

    private static (int Width, int Height) SizeOf(string path)
    {
        using var codec = SKCodec.Create(path);
        return (codec.Info.Width, codec.Info.Height);
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("webp")]
    public async Task Jpeg_png_and_webp_are_kept_as_server_made_large_and_thumbnail_copies(string format)
    {
        var bytes = CraftedImages.Encode(format switch
        {
            "jpeg" => SKEncodedImageFormat.Jpeg,
            "png" => SKEncodedImageFormat.Png,
            _ => SKEncodedImageFormat.Webp,
        });

        var media = await WithStoreAsync(store => store.SaveAsync(new MemoryStream(bytes), "editor"));
        var (large, thumb) = await WithStoreAsync(store => Task.FromResult((store.PathOf(media.Id, MediaVariant.Large)!, store.PathOf(media.Id, MediaVariant.Thumb)!)));

        media.SourceFormat.ShouldBe(format);
        large.ShouldStartWith(MediaRoot);
        Path.GetFileName(large).ShouldBe("large.jpg");
        SizeOf(thumb).ShouldBe((640, 400));
        SizeOf(large).ShouldBe((1200, 900), "a picture smaller than 1600 pixels keeps its size");
        using var codec = SKCodec.Create(large);
        codec.EncodedFormat.ShouldBe(SKEncodedImageFormat.Jpeg);
    }

    [Fact]
    public async Task A_large_picture_is_shrunk_to_1600_pixels_and_keeps_its_proportions()
    {
        var media = await WithStoreAsync(store => store.SaveAsync(new MemoryStream(CraftedImages.Encode(SKEncodedImageFormat.Png, 3200, 2000)), "editor"));
        var large = await WithStoreAsync(store => Task.FromResult(store.PathOf(media.Id, MediaVariant.Large)!));

        SizeOf(large).ShouldBe((1600, 1000));
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_stored_upright_and_its_exif_data_is_dropped()
    {
        var photo = CraftedImages.JpegWithOrientation(6, 1200, 900);

        var media = await WithStoreAsync(store => store.SaveAsync(new MemoryStream(photo), "editor"));
        var large = await WithStoreAsync(store => Task.FromResult(store.PathOf(media.Id, MediaVariant.Large)!));

        SizeOf(large).ShouldBe((900, 1200), "orientation 6 turns a 1200 × 900 photo into a 900 × 1200 picture");
        (media.Width, media.Height).ShouldBe((900, 1200));
        var stored = await File.ReadAllBytesAsync(large);
        stored.AsSpan().IndexOf("Exif"u8).ShouldBe(-1, "no EXIF block in the server-made copy");
        stored.AsSpan().IndexOf("GPS"u8).ShouldBe(-1);
        // The gold mark was in the stored picture's top-left corner; turned clockwise it is now top-right.
        using var bitmap = SKBitmap.Decode(large);
        bitmap.GetPixel(bitmap.Width - 20, 20).Green.ShouldBeGreaterThan((byte)150);
        bitmap.GetPixel(20, 20).Green.ShouldBeLessThan((byte)80);
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_and_nothing_is_stored()
    {
        var before = await CountAsync();
        // 7,000 × 7,000 pixels (49 million, over the 40 million allowed) in a file of a few hundred kilobytes.
        var bomb = CraftedImages.PngBomb(7000, 7000);
        bomb.Length.ShouldBeLessThan(1024 * 1024);

        var rejected = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream(bomb), "editor")));

        rejected.Key.ShouldBe("Upload.TooManyPixels");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_jpeg_header_declaring_a_huge_picture_is_refused()
    {
        var rejected = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream(CraftedImages.JpegDeclaringHugeSize()), "editor")));

        rejected.Key.ShouldBeOneOf("Upload.TooManyPixels", "Upload.NotAnImage");
    }

    [Fact]
    public async Task Truncated_and_disguised_files_are_refused_and_nothing_is_stored()
    {
        var before = await CountAsync();
        var png = CraftedImages.Encode(SKEncodedImageFormat.Png);
        var jpeg = CraftedImages.Encode(SKEncodedImageFormat.Jpeg);
        byte[] truncatedPng = png[..(png.Length / 2)];
        byte[] truncatedJpeg = jpeg[..(jpeg.Length / 3)];
        // First bytes of a PNG, the rest a JPEG: the format named by the first bytes must be the format decoded.
        byte[] pngSignatureOnJpeg = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. jpeg];
        var corruptHeader = (byte[])png.Clone();
        corruptHeader[20] ^= 0xFF; // inside IHDR: the chunk's CRC no longer matches

        foreach (var (name, bytes) in new[] { ("truncated png", truncatedPng), ("truncated jpeg", truncatedJpeg), ("png signature on a jpeg", pngSignatureOnJpeg), ("corrupt png header", corruptHeader) })
        {
            var rejected = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream(bytes), "editor")), name);
            rejected.Key.ShouldBe("Upload.NotAnImage", name);
        }

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_truncated_file_is_refused_already_when_a_form_checks_its_files()
    {
        var png = CraftedImages.Encode(SKEncodedImageFormat.Png);

        var rejected = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.AcceptAsync(new MemoryStream(png[..(png.Length / 2)]))));

        rejected.Key.ShouldBe("Upload.NotAnImage");
    }

    [Fact]
    public async Task Content_that_is_not_an_image_is_refused_whatever_its_name_and_nothing_is_stored()
    {
        var before = await CountAsync();

        var svg = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream("<svg onload=alert(1)>"u8.ToArray()), "editor")));
        var gif = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream("GIF89a\u0001\0\u0001\0\0\0\0;"u8.ToArray()), "editor")));
        var fake = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]), "editor")));

        svg.Key.ShouldBe("Upload.NotAnImage");
        gif.Key.ShouldBe("Upload.NotAnImage");
        fake.Key.ShouldBe("Upload.NotAnImage");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_stored()
    {
        var before = await CountAsync();
        var huge = new byte[6 * 1024 * 1024];
        huge[0] = 0xFF;
        huge[1] = 0xD8;
        huge[2] = 0xFF;

        var rejected = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream(huge), "editor")));

        rejected.Key.ShouldBe("Upload.TooLarge");
        (await CountAsync()).ShouldBe(before);
    }

    private async Task<(int Rows, int Folders)> CountAsync()
    {
        var rows = await host.InScopeAsync(sp => sp.GetRequiredService<BrandsDbContext>().Media.CountAsync());
        var folders = Directory.Exists(MediaRoot) ? Directory.GetDirectories(MediaRoot, "*", SearchOption.AllDirectories).Length : 0;
        return (rows, folders);
    }
}
