// The smallest ASP.NET Core app: the floor Showcase's cold start is measured against.
// With --StaticRoot=<folder> it is also the brand list benchmark's yardstick: a bare Kestrel serving files.
// With --GrpcPage=<file> it is the leaderboard benchmark's: a bare gRPC server answering the same bytes (RawPageHosting).
using Showcase.Benchmarks.BareApp;

var builder = WebApplication.CreateBuilder(args);
var grpcPage = builder.Configuration["GrpcPage"];
if (grpcPage is { Length: > 0 })
{
    RawPageHosting.AddRawPage(builder, grpcPage);
}

var app = builder.Build();
if (app.Configuration["StaticRoot"] is { Length: > 0 } root)
{
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root) });
}

if (grpcPage is { Length: > 0 })
{
    RawPageHosting.MapRawPage(app);
}

app.MapGet("/", () => "ok");
app.Run();
