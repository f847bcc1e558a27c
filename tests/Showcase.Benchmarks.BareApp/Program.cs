// The smallest ASP.NET Core app: the floor Showcase's cold start is measured against.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "ok");
app.Run();
