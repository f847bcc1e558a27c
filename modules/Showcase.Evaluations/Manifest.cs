using System.Resources;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Evaluations",
    Startup = typeof(Showcase.Evaluations.Startup),
    Name = "Evaluations",
    Description = "Evaluation rounds: applications, panels, conflicts, scorecards, the score ledger, results and public notice.",
    Category = "Evaluation",
    Dependencies = ["Showcase.Organizations", "Showcase.Brands"],
    Resources = typeof(Showcase.Evaluations.EvaluationsText))]

// The module's texts live in Resources/ whatever resources path the host configures.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Showcase.Evaluations")]
[assembly: NeutralResourcesLanguage("zh-CN")]
