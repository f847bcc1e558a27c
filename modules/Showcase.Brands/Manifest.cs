using System.Resources;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Brands",
    Startup = typeof(Showcase.Brands.Startup),
    Name = "Brands",
    Description = "One community, one brand: brand entries, their editorial workflow and the public showcase.",
    Category = "Content",
    Resources = typeof(Showcase.Brands.BrandsText),
    Dependencies = ["Showcase.Organizations"])]

// The module's texts live in Resources/ whatever resources path the host configures.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Showcase.Brands")]
[assembly: NeutralResourcesLanguage("zh-CN")]
