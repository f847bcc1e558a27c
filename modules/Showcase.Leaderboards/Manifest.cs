using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Leaderboards",
    Name = "Leaderboards",
    Description = "Versioned in-memory leaderboards and the partner API's gRPC services (leaderboards, ratings, catalogue), with JSON transcoding.",
    Category = "Evaluation",
    Dependencies = ["Showcase.Organizations", "Showcase.Brands", "Showcase.Evaluations", "Showcase.DemoSites"])]
