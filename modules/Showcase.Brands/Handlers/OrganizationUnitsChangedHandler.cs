using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;
using Showcase.Organizations.Models;

namespace Showcase.Brands.Handlers;

/// <summary>
/// Brings the brands' copies of the organisation tree up to date when units are renamed or moved: each brand's
/// district (working copy and published row), once, on the node that committed the change; units only added change
/// no brand's copy. Its command raises <see cref="BrandPlacesChanged"/>, through which every node refreshes its public
/// pages' caches and its search documents, which carry the place's names (the cached tree is dropped by
/// <see cref="CommunityDirectoryInvalidator"/>).
/// </summary>
internal sealed class OrganizationUnitsChangedHandler(
    BrandsDbContext db,
    IUnitOfWork unitOfWork,
    ICommunityDirectory directory) : IDomainEventHandler<OrganizationUnitsChanged>
{
    public async Task HandleAsync(OrganizationUnitsChanged domainEvent, CancellationToken cancellationToken)
    {
        directory.Invalidate();
        await unitOfWork.ExecuteAsync(async ct =>
        {
            var view = await directory.GetAsync(ct);
            // A unit the command added has no brand that copied it before: a brand saved under it later in the same
            // command (a first start's recipe adds the tree, then the brands) copied it as it is now.
            var changed = domainEvent.Codes.Except(domainEvent.Added ?? [], StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            // A community is affected when it, or a unit above it, changed.
            var communities = view.Communities.Values
                .Where(c => changed.Contains(c.CommunityCode) || changed.Contains(c.DistrictCode) || changed.Contains(c.StreetCode))
                .ToDictionary(c => c.CommunityCode, StringComparer.Ordinal);
            if (communities.Count == 0)
            {
                // Names of districts may still show on the public pages.
                unitOfWork.Raise(new BrandPlacesChanged([]));
                return;
            }

            var codes = communities.Keys.ToList();
            foreach (var brand in await db.Brands.Where(b => codes.Contains(b.Content.CommunityCode)).ToListAsync(ct))
            {
                brand.DistrictCode = communities[brand.Content.CommunityCode].DistrictCode;
            }

            var published = await db.Published.Where(b => codes.Contains(b.Content.CommunityCode)).ToListAsync(ct);
            foreach (var brand in published)
            {
                brand.DistrictCode = communities[brand.Content.CommunityCode].DistrictCode;
            }

            unitOfWork.Raise(new BrandPlacesChanged([.. published.Select(b => b.Code)]));
        }, cancellationToken);
    }
}
