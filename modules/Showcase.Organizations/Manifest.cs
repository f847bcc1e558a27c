using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Organizations",
    Startup = typeof(Showcase.Organizations.Startup),
    Name = "Organisations",
    Description = "The organisation tree: city > district > street > community.",
    Category = "Content",
    Resources = typeof(Showcase.Organizations.OrganizationsText))]

// The module's .resx files live in Resources/, whatever resources path the host sets.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Showcase.Organizations")]
