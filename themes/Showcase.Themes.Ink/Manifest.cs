using Showcase.Abstractions.Themes;

// Ink builds on Red: what Ink does not restyle (footer, account pages) falls back to Red's views.
[assembly: Theme("Showcase.Themes.Ink",
    Name = "Ink",
    Description = "A second public theme in the manner of ink-wash painting: paper, ink and a red seal.",
    BaseTheme = "Showcase.Themes.Red",
    Resources = typeof(Showcase.Themes.Ink.InkText))]
