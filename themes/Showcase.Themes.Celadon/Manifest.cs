using Showcase.Abstractions.Themes;

// Celadon builds on Red: what it does not restyle (the home page, account pages) falls back to Red's views.
[assembly: Theme("Showcase.Themes.Celadon",
    Name = "Celadon",
    Description = "A third public theme in the colours of celadon ware: glaze green, white porcelain and a deep teal bar.",
    BaseTheme = "Showcase.Themes.Red",
    Resources = typeof(Showcase.Themes.Celadon.CeladonText))]
