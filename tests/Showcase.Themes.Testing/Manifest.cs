using Showcase.Abstractions.Themes;

[assembly: Theme(Showcase.Themes.Testing.TestingTheme.Id, Name = "Testing", Description = "Test fixture: overrides _Home and _Layout, inherits the rest from Red.", BaseTheme = "Showcase.Themes.Red", Startup = typeof(Showcase.Themes.Testing.Startup))]

namespace Showcase.Themes.Testing;

/// <summary>The test theme's id, for the tests to refer to.</summary>
public static class TestingTheme
{
    public const string Id = "Showcase.Themes.Testing";

    /// <summary>Requests under this path get the testing theme from <c>TestingThemeSelector</c>.</summary>
    public const string SelectorPath = "/theme-test";
}
