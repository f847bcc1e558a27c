namespace Showcase.Themes.Testing;

/// <summary>A page meant to be shown in another site's frame, as a big screen is: the framing policy's fixture.</summary>
internal static class FramedPage
{
    public const string Html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>framed</title></head><body><p>framed</p></body></html>";
}
