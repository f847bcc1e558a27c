using System.Resources;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Leaderboards",
    Startup = typeof(Showcase.Leaderboards.Startup),
    Name = "Leaderboards",
    Description = "Versioned in-memory leaderboards and the partner API's gRPC services (leaderboards, ratings, catalogue), with JSON transcoding.",
    Category = "Evaluation",
    Dependencies = ["Showcase.Organizations", "Showcase.Brands", "Showcase.Evaluations", "Showcase.DemoSites"],
    Resources = typeof(Showcase.Leaderboards.LeaderboardsText))]

// The module's texts live in Resources/ whatever resources path the host configures.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Showcase.Leaderboards")]
[assembly: NeutralResourcesLanguage("zh-CN")]
