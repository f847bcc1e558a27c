using Showcase.Abstractions.Modules;

[assembly: Module("Showcase.Organizations",
    Name = "Organisations",
    Description = "The organisation tree: city > district > street > community.",
    Category = "Content")]
