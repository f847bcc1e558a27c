using System.Text;
using Shouldly;
using Showcase.Brands.Media;

namespace Showcase.Brands.Tests;

public sealed class ImageFormatSnifferTests
{
    [Fact]
    public void Jpeg_png_and_webp_are_recognised_by_their_first_bytes()
    {
        ImageFormatSniffer.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).ShouldBe("jpeg");
        ImageFormatSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).ShouldBe("png");
        ImageFormatSniffer.Sniff("RIFF\x10\0\0\0WEBPVP8 "u8).ShouldBe("webp");
    }

    [Fact]
    public void Other_content_is_not_an_image_whatever_it_is_called()
    {
        ImageFormatSniffer.Sniff("GIF89a......"u8).ShouldBeNull();
        ImageFormatSniffer.Sniff(Encoding.ASCII.GetBytes("<svg xmlns=")).ShouldBeNull();
        ImageFormatSniffer.Sniff("%PDF-1.7\n...."u8).ShouldBeNull();
        ImageFormatSniffer.Sniff("RIFF\x10\0\0\0WAVEfmt "u8).ShouldBeNull();
        ImageFormatSniffer.Sniff([0xFF, 0xD8]).ShouldBeNull();
        ImageFormatSniffer.Sniff([]).ShouldBeNull();
    }
}
