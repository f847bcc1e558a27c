// The smallest ASP.NET Core app: the floor Showcase's cold start is measured against.
// With --StaticRoot=<folder> it is also the brand list benchmark's yardstick: a bare Kestrel serving files.
var app = WebApplication.CreateBuilder(args).Build();
if (app.Configuration["StaticRoot"] is { Length: > 0 } root)
{
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root) });
}

app.MapGet("/", () => "ok");
app.Run();
