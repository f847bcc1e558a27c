using System.Globalization;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Brands.Models;

namespace Showcase.Brands.Recipes;

/// <summary>
/// The <c>brands</c> step: brands keyed by <c>code</c>, created or brought up to date, published when
/// <c>state</c> is <c>published</c> (the default) and left as a draft when it is <c>draft</c>.
/// Fields: code, title, slogan, community, summary, body (Markdown), practices, figures
/// ({ label, number, unit }), tags, contact, yearFounded, featured, illustrative, state.
/// </summary>
public sealed class BrandsRecipeStep(IContentWorkflow<Brand, BrandContent> workflow, IStringLocalizer<BrandsText> text, IStringLocalizer<SharedText> shared)
    : RecipeStep<IReadOnlyList<BrandsRecipeStep.BrandDefinition>>
{
    public sealed record BrandDefinition(string Path, string Code, BrandContent Content, bool Publish);

    public override string Name => "brands";

    protected override IReadOnlyList<BrandDefinition> Read(RecipeObject step)
    {
        var definitions = step.RequiredArray("brands", ReadBrand);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!seen.Add(definition.Code))
            {
                throw new RecipeException($"{definition.Path}.code", $"'{definition.Code}' appears twice in this step");
            }
        }

        return definitions;
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<BrandDefinition> definitions, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var user = SystemUser.Create($"recipe:{context.RecipeName}");
        int added = 0, updated = 0, unchanged = 0;
        foreach (var definition in definitions)
        {
            try
            {
                switch (await workflow.ImportAsync(user, definition.Code, definition.Content, definition.Publish, cancellationToken))
                {
                    case ContentImportOutcome.Added:
                        added++;
                        break;
                    case ContentImportOutcome.Updated:
                        updated++;
                        break;
                    default:
                        unchanged++;
                        break;
                }
            }
            catch (ContentValidationException e)
            {
                var error = e.Errors[0];
                throw new RecipeException(error.Field.Length == 0 ? definition.Path : $"{definition.Path}.{JsonName(error.Field)}", Describe(error));
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

        var code = brand.RequiredString("code").Trim();
        var content = new BrandContent
        {
            Title = brand.RequiredString("title").Trim(),
            Slogan = brand.OptionalString("slogan")?.Trim() ?? "",
            CommunityCode = brand.RequiredString("community").Trim(),
            Summary = brand.RequiredString("summary").Trim(),
            Body = brand.OptionalString("body") ?? "",
            Practices = brand.OptionalStrings("practices").Select(p => p.Trim()).ToList(),
            Figures = brand.OptionalArray("figures", f => new BrandFigure(f.RequiredString("label").Trim(), f.RequiredDecimal("number"), f.OptionalString("unit")?.Trim() ?? "")).ToList(),
            Tags = brand.OptionalStrings("tags").Select(t => t.Trim()).ToList(),
            Contact = brand.OptionalString("contact")?.Trim() ?? "",
            YearFounded = brand.OptionalInt("yearFounded"),
            IsFeatured = brand.OptionalBool("featured") ?? false,
            IsIllustrative = brand.OptionalBool("illustrative") ?? false,
        };
        return new BrandDefinition(brand.Path, code, content, state == "published");
    }

    private string Describe(ContentError error)
    {
        // Recipe messages are for the person at the command line: English, like the rest of its output.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var message = text[error.Key, error.Arguments];
            return message.ResourceNotFound ? shared[error.Key, error.Arguments] : message;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string JsonName(string field) => field switch
    {
        nameof(BrandContent.CommunityCode) => "community",
        nameof(BrandContent.IsFeatured) => "featured",
        nameof(BrandContent.IsIllustrative) => "illustrative",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
