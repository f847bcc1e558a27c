// The floor of the stack Showcase is built on, for the cold start (coldstart --stack): what the design card's packages
// cost by themselves. A Razor page that reads a table with EF Core on SQLite, a gRPC service with JSON transcoding on
// its own HTTP/2 endpoint, and Quartz's scheduler; no modules, themes, identity, localization or search. It takes
// Showcase's settings for its data folder and endpoints, so the cold start starts both alike; the first start creates
// and fills the database in Showcase:DataDir, a restart finds it.
using Microsoft.EntityFrameworkCore;
using Quartz;
using Showcase.Benchmarks.StackApp;

var builder = WebApplication.CreateBuilder(args);
var dataDir = builder.Configuration["Showcase:DataDir"] ?? Path.Combine(AppContext.BaseDirectory, "App_Data");
Directory.CreateDirectory(dataDir);
builder.Services.AddDbContext<StackDbContext>(o => o.UseSqlite("Data Source=" + Path.Combine(dataDir, "stack.db")));
builder.Services.AddRazorPages();
builder.Services.AddGrpc().AddJsonTranscoding();
builder.Services.AddQuartz();
builder.Services.AddQuartzHostedService();

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<StackDbContext>();
    if (db.Database.EnsureCreated())
    {
        db.Things.AddRange(Enumerable.Range(1, 30).Select(i => new Thing { Name = "thing " + i }));
        db.SaveChanges();
    }
}

app.MapRazorPages();
app.MapGrpcService<ThingService>();
app.Run();
