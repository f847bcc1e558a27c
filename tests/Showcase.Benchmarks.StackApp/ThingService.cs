using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Showcase.Benchmarks.StackApp.Api;

namespace Showcase.Benchmarks.StackApp;

public sealed class ThingService(StackDbContext db) : Api.ThingService.ThingServiceBase
{
    public override async Task<ListThingsResponse> ListThings(ListThingsRequest request, ServerCallContext context) =>
        new() { Names = { await db.Things.OrderBy(t => t.Id).Take(request.PageSize).Select(t => t.Name).ToListAsync(context.CancellationToken) } };
}
