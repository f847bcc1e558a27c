using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Showcase.DemoSites.Services;

/// <summary>The values a template's placeholders take.</summary>
public sealed record SiteTemplateValues(string Slug, string Title, string Programme, string Unit, string Theme);

/// <summary>
/// The site templates the module ships (<c>Recipes/Templates/*.recipe.json</c>, embedded): a pilot park, street,
/// point and guidance station, each a recipe of one <c>programmes</c> step with the site and its starter pages.
/// </summary>
public sealed class SiteTemplates
{
    private const string Prefix = "Showcase.DemoSites.Templates.";
    private const string Suffix = ".recipe.json";

    public SiteTemplates()
    {
        var assembly = typeof(SiteTemplates).Assembly;
        All = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load(assembly, n))
            .ToList();
    }

    public IReadOnlyList<SiteTemplate> All { get; }

    public SiteTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>The template's recipe with the new site's values in place of its placeholders, as UTF-8 JSON.</summary>
    public static byte[] Instantiate(SiteTemplate template, SiteTemplateValues values)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{slug}}"] = values.Slug,
            ["{{title}}"] = values.Title,
            ["{{programme}}"] = values.Programme,
            ["{{unit}}"] = values.Unit,
            ["{{theme}}"] = values.Theme,
        };
        var root = JsonNode.Parse(template.Json) ?? throw new InvalidOperationException($"Template {template.Id} is empty.");
        var filled = Fill(root, replacements);
        return Encoding.UTF8.GetBytes(filled.ToJsonString());
    }

    private static JsonNode Fill(JsonNode node, IReadOnlyDictionary<string, string> replacements)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        obj[name] = Fill(child.DeepClone(), replacements);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = Fill(item.DeepClone(), replacements);
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                foreach (var (placeholder, replacement) in replacements)
                {
                    text = text.Replace(placeholder, replacement, StringComparison.Ordinal);
                }

                return JsonValue.Create(text);
            default:
                return node;
        }
    }

    private static SiteTemplate Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var json = reader.ReadToEnd();
        var id = resource[Prefix.Length..^Suffix.Length];
        return new SiteTemplate(id, id, json);
    }
}
