namespace Showcase.Abstractions.Navigation;

/// <summary>Implemented by each module's <c>AdminMenu.cs</c>: adds its entries to the admin navigation.</summary>
public interface IAdminMenu
{
    void Build(AdminMenuBuilder menu);
}

/// <summary>One entry of the admin navigation. <paramref name="Permission"/> null means any signed-in staff user.</summary>
public sealed record AdminMenuItem(string Group, string Text, string Url, string? Permission = null, int Position = 0);

public sealed class AdminMenuBuilder
{
    private readonly List<AdminMenuItem> _items = [];

    public IReadOnlyList<AdminMenuItem> Items => _items;

    public AdminMenuBuilder Add(string group, string text, string url, string? permission = null, int position = 0)
    {
        _items.Add(new AdminMenuItem(group, text, url, permission, position));
        return this;
    }
}
