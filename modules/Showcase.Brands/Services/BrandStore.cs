using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Brands.Data;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>
/// What brands add to the shared editorial workflow: their table, their rules (the organisation tree, the
/// uploaded images, only managers feature), their district, and the public copy with its events.
/// </summary>
internal sealed class BrandStore(
    BrandsDbContext db,
    IUnitOfWork unitOfWork,
    ICommunityDirectory directory,
    IAuthorizationService authorization,
    BrandMarkdown markdown,
    TimeProvider clock) : IContentStore<Brand, BrandContent>
{
    public string AuditName => "brands.brand";

    public Task<Brand?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Brands.FirstOrDefaultAsync(b => b.Code == code, cancellationToken);

    public Brand Add(string code) => db.Brands.Add(new Brand { Code = code }).Entity;

    public async Task<ContentCheck<BrandContent>> CheckAsync(ContentChange<Brand, BrandContent> change, CancellationToken cancellationToken)
    {
        var content = change.Content.Trimmed();
        if (!(await authorization.AuthorizeAsync(change.User, change.Existing ?? new Brand(), ContentOperation.Publish)).Succeeded)
        {
            // Only a manager chooses what the home page features; an editor's save keeps the manager's choice.
            content = content with { IsFeatured = change.Existing?.Content.IsFeatured ?? false };
        }

        var view = await directory.GetAsync(cancellationToken);
        var mediaIds = content.Gallery.Append(content.CoverMediaId).OfType<string>().Distinct().ToList();
        var known = mediaIds.Count == 0
            ? []
            : (await db.Media.Where(m => mediaIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var errors = BrandContentRules.Validate(content, code => view.Community(code) is not null, known.Contains, clock.GetUtcNow().Year);
        return new ContentCheck<BrandContent>(content, errors);
    }

    public async Task ApplyAsync(Brand item, BrandContent content, CancellationToken cancellationToken)
    {
        item.Content = content;
        item.DistrictCode = (await directory.GetAsync(cancellationToken)).Community(content.CommunityCode)?.DistrictCode ?? "";
    }

    public async Task PublishAsync(Brand item, CancellationToken cancellationToken)
    {
        var published = await db.Published.Include(p => p.TagRows).FirstOrDefaultAsync(p => p.Code == item.Code, cancellationToken);
        if (published is null)
        {
            published = db.Published.Add(new PublishedBrand { Code = item.Code }).Entity;
        }

        published.Content = item.Content;
        published.DistrictCode = item.DistrictCode;
        published.BodyHtml = markdown.ToHtml(item.Content.Body);
        published.VersionNumber = item.VersionNumber;
        published.PublishedUtc = clock.GetUtcNow();
        published.TagRows.Clear();
        published.TagRows.AddRange(item.Content.Tags.Select(t => new PublishedBrandTag { Tag = t }));
        unitOfWork.Raise(new BrandPublished(item.Code));
    }

    public async Task UnpublishAsync(Brand item, CancellationToken cancellationToken)
    {
        await db.Published.Where(p => p.Code == item.Code).ExecuteDeleteAsync(cancellationToken);
        unitOfWork.Raise(new BrandUnpublished(item.Code));
    }
}
