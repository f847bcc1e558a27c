using Showcase.Abstractions.Themes;

[assembly: Theme("Showcase.Themes.Admin", Name = "Admin", Description = "Admin and judging screens.", IsAdmin = true, Resources = typeof(Showcase.Themes.Admin.AdminText))]
