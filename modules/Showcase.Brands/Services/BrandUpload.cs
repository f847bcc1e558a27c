using Showcase.Brands.Media;

namespace Showcase.Brands.Services;

/// <summary>An image that passed the upload checks, waiting to be stored with the brand: the cover, or one more gallery picture.</summary>
public sealed record BrandUpload(AcceptedImage Image, bool IsCover);
