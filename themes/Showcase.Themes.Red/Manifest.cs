using Showcase.Abstractions.Themes;

[assembly: Theme("Showcase.Themes.Red", Name = "Red", Description = "The default public theme.", Resources = typeof(Showcase.Themes.Red.RedText))]
