using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Showcase.Brands.Media;

public static class BrandMediaEndpoints
{
    /// <summary><c>GET /brands/media/{id}/{variant}</c>: a stored image, as the server re-encoded it.</summary>
    public static IEndpointRouteBuilder MapBrandMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/brands/media/{id}/{variant}", (string id, string variant, BrandMediaStore store, HttpContext http) =>
        {
            MediaVariant? which = variant switch
            {
                "thumb.jpg" or "thumb" => MediaVariant.Thumb,
                "large.jpg" or "large" => MediaVariant.Large,
                _ => null,
            };
            if (which is null || store.PathOf(id, which.Value) is not { } path)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Ids are never reused: a new upload gets a new id.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(path, "image/jpeg");
        });
        return endpoints;
    }
}
