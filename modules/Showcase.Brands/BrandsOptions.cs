namespace Showcase.Brands;

/// <summary>The <c>Showcase:Brands</c> configuration section.</summary>
public sealed class BrandsOptions
{
    public const string Section = "Showcase:Brands";

    /// <summary>The largest image upload accepted, in bytes. Default 5 MiB.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest image accepted, in pixels (width × height), against decompression bombs.</summary>
    public long MaxUploadPixels { get; set; } = 40_000_000;

    /// <summary>Brands per page of the public list.</summary>
    public int PageSize { get; set; } = 12;
}
