using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Brands.Data;
using Showcase.Brands.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

public sealed class BrandMediaStoreTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    private static byte[] Encode(Action<Image<Rgba32>, Stream> save, int width = 1200, int height = 900)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(180, 20, 30));
        using var stream = new MemoryStream();
        save(image, stream);
        return stream.ToArray();
    }

    private Task<T> WithStoreAsync<T>(Func<BrandMediaStore, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<BrandMediaStore>()));

    private string MediaRoot => Path.Combine(host.Host.DataDir, "media", "brands");

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("webp")]
    public async Task Jpeg_png_and_webp_are_kept_as_server_made_large_and_thumbnail_copies(string format)
    {
        var bytes = format switch
        {
            "jpeg" => Encode((i, s) => i.SaveAsJpeg(s)),
            "png" => Encode((i, s) => i.SaveAsPng(s)),
            _ => Encode((i, s) => i.SaveAsWebp(s)),
        };

        var media = await WithStoreAsync(store => store.SaveAsync(new MemoryStream(bytes), "editor"));
        var (large, thumb) = await WithStoreAsync(store => Task.FromResult((store.PathOf(media.Id, MediaVariant.Large)!, store.PathOf(media.Id, MediaVariant.Thumb)!)));

        media.SourceFormat.ShouldBe(format);
        large.ShouldStartWith(MediaRoot);
        Path.GetFileName(large).ShouldBe("large.jpg");
        Image.Identify(thumb).Width.ShouldBe(640);
        Image.Identify(thumb).Height.ShouldBe(400);
        Image.Identify(large).Width.ShouldBe(1200, "a picture smaller than 1600 pixels keeps its size");
    }

    [Fact]
    public async Task A_large_picture_is_shrunk_to_1600_pixels_and_keeps_its_proportions()
    {
        var media = await WithStoreAsync(store => store.SaveAsync(new MemoryStream(Encode((i, s) => i.SaveAsPng(s), 3200, 2000)), "editor"));
        var large = await WithStoreAsync(store => Task.FromResult(store.PathOf(media.Id, MediaVariant.Large)!));

        var info = Image.Identify(large);
        (info.Width, info.Height).ShouldBe((1600, 1000));
    }

    [Fact]
    public async Task Content_that_is_not_an_image_is_refused_whatever_its_name_and_nothing_is_stored()
    {
        var before = await CountAsync();

        var svg = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream("<svg onload=alert(1)>"u8.ToArray()), "editor")));
        var gif = await Should.ThrowAsync<MediaRejectedException>(() => WithStoreAsync(store => store.SaveAsync(new MemoryStream(Encode((i, s) => i.SaveAsGif(s))), "editor")));
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
