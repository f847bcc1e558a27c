using System.Resources;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.DemoSites",
    Startup = typeof(Showcase.DemoSites.Startup),
    Name = "Demo sites",
    Description = "Pilot programmes and their demo sites: small sites inside Showcase, each with its own pages, editors and theme.",
    Category = "Content",
    Resources = typeof(Showcase.DemoSites.DemoSitesText),
    Dependencies = ["Showcase.Organizations", "Showcase.Brands"])]

[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Showcase.DemoSites")]
[assembly: NeutralResourcesLanguage("zh-CN")]
