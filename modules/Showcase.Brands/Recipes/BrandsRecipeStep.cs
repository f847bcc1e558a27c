using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Recipes;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Recipes;

/// <summary>
/// The <c>brands</c> step: brands keyed by <c>code</c>, created or brought up to date, published when
/// <c>state</c> is <c>published</c> (the default) and left as a draft when it is <c>draft</c>.
/// </summary>
public sealed class BrandsRecipeStep(BrandService brands, ICommunityDirectory directory, IStringLocalizer<BrandsText> text) : IRecipeStep
{
    private static readonly HashSet<string> StepFields = ["step", "brands"];

    private static readonly HashSet<string> BrandFields =
    [
        "code", "title", "slogan", "community", "summary", "body", "practices", "figures", "tags",
        "contact", "yearFounded", "featured", "illustrative", "state",
    ];

    private static readonly HashSet<string> FigureFields = ["label", "number", "unit"];

    public string Name => "brands";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Data;
        OnlyKnown(step, StepFields, context.Path);
        if (!step.TryGetProperty("brands", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"{context.Path}.brands", "an array of brands is required");
        }

        // The tree may have changed earlier in this recipe.
        directory.Invalidate();
        var actor = BrandActor.System($"recipe:{context.RecipeName}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{context.Path}.brands[{index++}]";
            var (input, publish) = Read(item, path);
            if (!seen.Add(input.Code))
            {
                throw new RecipeException($"{path}.code", $"'{input.Code}' appears twice in this step");
            }

            try
            {
                await brands.ImportAsync(actor, input, publish, cancellationToken);
            }
            catch (BrandValidationException e)
            {
                var error = e.Errors[0];
                throw new RecipeException($"{path}.{JsonName(error.Field)}", Describe(error));
            }
        }
    }

    private string Describe(BrandInputError error)
    {
        // Recipe messages are for the person running the command line: English, like the rest of its output.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            return text[error.Key, error.Arguments];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static (BrandInput Input, bool Publish) Read(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException(path, "a brand must be an object");
        }

        OnlyKnown(item, BrandFields, path);
        var state = String(item, "state", path) ?? "published";
        if (state is not ("published" or "draft"))
        {
            throw new RecipeException($"{path}.state", $"'{state}' is not a state a recipe can set: use published or draft");
        }

        var input = new BrandInput
        {
            Code = Required(item, "code", path),
            Title = Required(item, "title", path),
            Slogan = String(item, "slogan", path) ?? "",
            CommunityCode = Required(item, "community", path),
            Summary = Required(item, "summary", path),
            Body = String(item, "body", path) ?? "",
            Practices = Strings(item, "practices", path),
            Figures = Figures(item, path),
            Tags = Strings(item, "tags", path),
            Contact = String(item, "contact", path) ?? "",
            YearFounded = Int(item, "yearFounded", path),
            IsFeatured = Bool(item, "featured", path),
            IsIllustrative = Bool(item, "illustrative", path),
        };
        return (input, state == "published");
    }

    private static List<BrandFigure> Figures(JsonElement item, string path)
    {
        if (!item.TryGetProperty("figures", out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"{path}.figures", "must be an array of { label, number, unit }");
        }

        var figures = new List<BrandFigure>();
        var i = 0;
        foreach (var figure in value.EnumerateArray())
        {
            var figurePath = $"{path}.figures[{i++}]";
            if (figure.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException(figurePath, "must be an object { label, number, unit }");
            }

            OnlyKnown(figure, FigureFields, figurePath);
            if (!figure.TryGetProperty("number", out var number) || number.ValueKind != JsonValueKind.Number || !number.TryGetDecimal(out var n))
            {
                throw new RecipeException($"{figurePath}.number", "a number is required");
            }

            figures.Add(new BrandFigure(Required(figure, "label", figurePath), n, String(figure, "unit", figurePath) ?? ""));
        }

        return figures;
    }

    private static void OnlyKnown(JsonElement element, HashSet<string> known, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new RecipeException($"{path}.{property.Name}", $"unknown field (known: {string.Join(", ", known)})");
            }
        }
    }

    private static string Required(JsonElement element, string name, string path) =>
        String(element, name, path) is { Length: > 0 } value ? value : throw new RecipeException($"{path}.{name}", "is required");

    private static string? String(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw new RecipeException($"{path}.{name}", $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
    }

    private static List<string> Strings(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"{path}.{name}", "must be an array of strings");
        }

        var strings = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            strings.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!.Trim()
                : throw new RecipeException($"{path}.{name}[{strings.Count}]", "must be a string"));
        }

        return strings;
    }

    private static int? Int(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw new RecipeException($"{path}.{name}", "must be a whole number");
    }

    private static bool Bool(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RecipeException($"{path}.{name}", "must be true or false"),
        };
    }

    private static string JsonName(string field) => field switch
    {
        nameof(BrandInput.CommunityCode) => "community",
        nameof(BrandInput.YearFounded) => "yearFounded",
        nameof(BrandInput.IsFeatured) => "featured",
        nameof(BrandInput.IsIllustrative) => "illustrative",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
