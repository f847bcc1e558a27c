using System.Globalization;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Recipes;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Recipes;

/// <summary>
/// The <c>brands</c> step: brands keyed by <c>code</c>, created or brought up to date, published when
/// <c>state</c> is <c>published</c> (the default) and left as a draft when it is <c>draft</c>.
/// Fields: code, title, slogan, community, summary, body (Markdown), practices, figures
/// ({ label, number, unit }), tags, contact, yearFounded, featured, illustrative, state.
/// </summary>
public sealed class BrandsRecipeStep(BrandService brands, IStringLocalizer<BrandsText> text)
    : RecipeStep<IReadOnlyList<BrandsRecipeStep.BrandDefinition>>
{
    public sealed record BrandDefinition(string Path, BrandInput Input, bool Publish);

    public override string Name => "brands";

    protected override IReadOnlyList<BrandDefinition> Read(RecipeObject step)
    {
        var definitions = step.RequiredArray("brands", ReadBrand);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!seen.Add(definition.Input.Code))
            {
                throw new RecipeException($"{definition.Path}.code", $"'{definition.Input.Code}' appears twice in this step");
            }
        }

        return definitions;
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<BrandDefinition> definitions, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var actor = BrandActor.System($"recipe:{context.RecipeName}");
        int added = 0, updated = 0, unchanged = 0;
        foreach (var definition in definitions)
        {
            try
            {
                var before = await brands.FindAsync(definition.Input.Code, cancellationToken);
                var versionBefore = before?.VersionNumber;
                var after = await brands.ImportAsync(actor, definition.Input, definition.Publish, cancellationToken);
                if (versionBefore is null)
                {
                    added++;
                }
                else if (after.VersionNumber == versionBefore)
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                }
            }
            catch (BrandValidationException e)
            {
                var error = e.Errors[0];
                throw new RecipeException($"{definition.Path}.{JsonName(error.Field)}", Describe(error));
            }
        }

        return $"{definitions.Count} brands: {added} added, {updated} updated, {unchanged} unchanged";
    }

    private static BrandDefinition ReadBrand(RecipeObject brand)
    {
        var state = brand.OptionalString("state") ?? "published";
        if (state is not ("published" or "draft"))
        {
            throw brand.Error("state", $"'{state}' is not a state a recipe can set: use published or draft");
        }

        var input = new BrandInput
        {
            Code = brand.RequiredString("code").Trim(),
            Title = brand.RequiredString("title").Trim(),
            Slogan = brand.OptionalString("slogan")?.Trim() ?? "",
            CommunityCode = brand.RequiredString("community").Trim(),
            Summary = brand.RequiredString("summary").Trim(),
            Body = brand.OptionalString("body") ?? "",
            Practices = brand.OptionalStrings("practices").Select(p => p.Trim()).ToList(),
            Figures = brand.OptionalArray("figures", f => new BrandFigure(f.RequiredString("label").Trim(), f.RequiredDecimal("number"), f.OptionalString("unit")?.Trim() ?? "")),
            Tags = brand.OptionalStrings("tags").Select(t => t.Trim()).ToList(),
            Contact = brand.OptionalString("contact")?.Trim() ?? "",
            YearFounded = brand.OptionalInt("yearFounded"),
            IsFeatured = brand.OptionalBool("featured") ?? false,
            IsIllustrative = brand.OptionalBool("illustrative") ?? false,
        };
        return new BrandDefinition(brand.Path, input, state == "published");
    }

    private string Describe(BrandInputError error)
    {
        // Recipe messages are for the person at the command line: English, like the rest of its output.
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

    private static string JsonName(string field) => field switch
    {
        nameof(BrandInput.CommunityCode) => "community",
        nameof(BrandInput.IsFeatured) => "featured",
        nameof(BrandInput.IsIllustrative) => "illustrative",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
