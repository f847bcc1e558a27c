using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Showcase.Evaluations.Notice;

public static class NoticeEndpoints
{
    /// <summary>
    /// <c>GET /rounds/{code}/results.json</c>: the results export the round published (SCORING.md; the same document
    /// <c>export results</c> writes), byte for byte, for anyone to recompute with <c>verify</c>. 404 before PUBLIC_NOTICE.
    /// </summary>
    public static IEndpointRouteBuilder MapPublishedResults(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rounds/{code}/results.json", async (string code, PublicNoticeReader reader, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await reader.ExportJsonAsync(code, cancellationToken) is not { } json)
            {
                return Results.NotFound();
            }

            http.Response.Headers.ContentDisposition = $"inline; filename=\"{code}-results.json\"";
            return Results.Text(json, "application/json; charset=utf-8");
        });
        return endpoints;
    }
}
