namespace Showcase.Brands.Models;

/// <summary>
/// An uploaded image, re-encoded by the server. The files live under the data folder, named by
/// <see cref="Id"/>, never by the name the uploader gave.
/// </summary>
public sealed class BrandMedia
{
    /// <summary>A random id (32 hex digits); also the folder of the files.</summary>
    public string Id { get; set; } = "";

    /// <summary>The format the content was recognised as: jpeg, png or webp.</summary>
    public string SourceFormat { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public long SourceLength { get; set; }

    /// <summary>SHA-256 of the uploaded bytes, hex.</summary>
    public string Sha256 { get; set; } = "";

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedUtc { get; set; }
}
