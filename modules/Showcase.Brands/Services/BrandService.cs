using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Jobs;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>The brand was not found (or the actor may not know it exists). Mapped to 404 at the edge.</summary>
public sealed class BrandNotFoundException(string code) : Exception($"Brand '{code}' was not found.")
{
    public string Code { get; } = code;
}

/// <summary>
/// Editing and the editorial workflow of brand entries. Every change is one command of the unit of work:
/// checked against the access rule and the state machine, stored with a new version in the core's history
/// and a line in the audit log; publishing and unpublishing raise events, and publish-later asks for a job,
/// both carried out after the command commits.
/// </summary>
public sealed class BrandService(
    BrandsDbContext db,
    IUnitOfWork unitOfWork,
    ICommunityDirectory directory,
    IContentVersioning versions,
    IAuditLog audit,
    BrandMarkdown markdown,
    TimeProvider clock)
{
    public async Task<Brand?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Brands.FirstOrDefaultAsync(b => b.Code == code, cancellationToken);

    /// <summary>Creates a brand (when <paramref name="code"/> is null) or changes its working copy.</summary>
    /// <exception cref="BrandValidationException">the input breaks the rules; nothing was stored.</exception>
    public Task<Brand> SaveDraftAsync(BrandActor actor, string? code, BrandInput input, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = code is null ? null : await FindAsync(code, ct) ?? throw new BrandNotFoundException(code);
            var (saved, isNew, wasScheduled) = await ApplyInputAsync(actor, brand, input, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Save), ct);
            await RecordAsync(saved, actor, isNew ? "brand.create" : "brand.edit", comment, ct);
            if (wasScheduled)
            {
                unitOfWork.Cancel<PublishBrandJob>(PublishBrandJob.Key(saved.Code));
            }

            return saved;
        }, cancellationToken);

    /// <summary>Checks the input and puts it into the working copy (a new one when <paramref name="brand"/> is null), not yet stored.</summary>
    private async Task<(Brand Brand, bool IsNew, bool WasScheduled)> ApplyInputAsync(BrandActor actor, Brand? brand, BrandInput input, BrandStatus status, CancellationToken cancellationToken)
    {
        if (brand is not null)
        {
            BrandAccessRule.EnsureCanEdit(actor, brand);
            // The code is the entry's identity in URLs, recipes and history; it does not change.
            input = input with { Code = brand.Code };
        }

        BrandAccessRule.EnsureCanEdit(actor, input.CommunityCode);
        await ValidateAsync(input, isNew: brand is null, cancellationToken);

        var now = clock.GetUtcNow();
        var isNew = brand is null;
        brand ??= new Brand { Code = input.Code, CreatedUtc = now };
        var wasScheduled = brand.PublishAtUtc is not null;
        var wasFeatured = brand.IsFeatured;
        var place = (await directory.GetAsync(cancellationToken)).Community(input.CommunityCode)!;
        Apply(brand, input, place.DistrictCode);
        if (!actor.CanPublish)
        {
            // Only a manager chooses what the home page features.
            brand.IsFeatured = wasFeatured;
        }

        SetStatus(brand, status);
        brand.PublishAtUtc = null;
        brand.UpdatedUtc = now;
        brand.UpdatedBy = actor.Name;
        if (isNew)
        {
            db.Brands.Add(brand);
        }

        return (brand, isNew, wasScheduled);
    }

    public Task<Brand> SubmitAsync(BrandActor actor, string code, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = await FindAsync(code, ct) ?? throw new BrandNotFoundException(code);
            BrandAccessRule.EnsureCanEdit(actor, brand);
            SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Submit));
            brand.ReviewComment = "";
            await RecordAsync(brand, actor, "brand.submit", comment, ct);
            return brand;
        }, cancellationToken);

    /// <summary>Approves the version in review: publishes it now, or at <paramref name="publishAtUtc"/> if that is later.</summary>
    public Task<Brand> ApproveAsync(BrandActor actor, string code, DateTimeOffset? publishAtUtc = null, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = await FindAsync(code, ct) ?? throw new BrandNotFoundException(code);
            BrandAccessRule.EnsureCanPublish(actor);
            var now = clock.GetUtcNow();
            if (publishAtUtc is { } at && at > now)
            {
                SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Schedule));
                brand.PublishAtUtc = at.ToUniversalTime();
                await RecordAsync(brand, actor, "brand.schedule", Join(comment, $"publish at {at:O}"), ct);
                unitOfWork.Schedule<PublishBrandJob>(PublishBrandJob.Key(brand.Code), at, PublishBrandJob.Data(brand.Code));
                return brand;
            }

            SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Approve));
            await PublishAsync(brand, actor, "brand.publish", comment, ct);
            return brand;
        }, cancellationToken);

    /// <summary>Publishes a version approved for later, if it is still waiting and its time has come.</summary>
    /// <returns>false when there was nothing to do (edited, returned or already published meanwhile).</returns>
    public Task<bool> PublishScheduledAsync(string code, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = await FindAsync(code, ct);
            if (brand?.PublishAtUtc is not { } at || at > clock.GetUtcNow() || !BrandWorkflow.Allows(StatusOf(brand), BrandAction.PublishScheduled))
            {
                return false;
            }

            SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.PublishScheduled));
            await PublishAsync(brand, BrandActor.System("scheduler"), "brand.publish", $"scheduled for {at:O}", ct);
            return true;
        }, cancellationToken);

    /// <summary>Sends the version in review back to its editor with the manager's comment.</summary>
    public Task<Brand> ReturnAsync(BrandActor actor, string code, string comment, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = await FindAsync(code, ct) ?? throw new BrandNotFoundException(code);
            BrandAccessRule.EnsureCanPublish(actor);
            if (string.IsNullOrWhiteSpace(comment))
            {
                throw new BrandValidationException([new BrandInputError("Comment", "Error.ReturnNeedsComment")]);
            }

            var wasScheduled = brand.PublishAtUtc is not null;
            SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Return));
            brand.ReviewComment = comment.Trim();
            await RecordAsync(brand, actor, "brand.return", comment, ct);
            if (wasScheduled)
            {
                unitOfWork.Cancel<PublishBrandJob>(PublishBrandJob.Key(brand.Code));
            }

            return brand;
        }, cancellationToken);

    public Task<Brand> UnpublishAsync(BrandActor actor, string code, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var brand = await FindAsync(code, ct) ?? throw new BrandNotFoundException(code);
            BrandAccessRule.EnsureCanPublish(actor);
            SetStatus(brand, BrandWorkflow.Apply(StatusOf(brand), BrandAction.Unpublish));
            await db.Published.Where(p => p.Code == code).ExecuteDeleteAsync(ct);
            await RecordAsync(brand, actor, "brand.unpublish", comment, ct);
            unitOfWork.Raise(new BrandUnpublished(code));
            return brand;
        }, cancellationToken);

    /// <summary>Makes an old version the working copy again, as a new draft version.</summary>
    public async Task<Brand> RestoreAsync(BrandActor actor, string code, int versionNumber, CancellationToken cancellationToken = default)
    {
        var brand = await FindAsync(code, cancellationToken) ?? throw new BrandNotFoundException(code);
        var version = await versions.GetAsync(brand.Ref, versionNumber, cancellationToken)
            ?? throw new BrandValidationException([new BrandInputError("Version", "Error.UnknownVersion", versionNumber)]);
        var snapshot = version.ReadSnapshot<BrandSnapshot>();
        var input = new BrandInput
        {
            Code = brand.Code,
            Title = snapshot.Title,
            Slogan = snapshot.Slogan,
            CommunityCode = snapshot.CommunityCode,
            Summary = snapshot.Summary,
            Body = snapshot.Body,
            Practices = snapshot.Practices,
            Figures = snapshot.Figures,
            Tags = snapshot.Tags,
            CoverMediaId = snapshot.CoverMediaId,
            Gallery = snapshot.Gallery,
            Contact = snapshot.Contact,
            YearFounded = snapshot.YearFounded,
            IsFeatured = snapshot.IsFeatured,
            IsIllustrative = snapshot.IsIllustrative,
        };
        return await SaveDraftAsync(actor, code, input, $"restored from version {versionNumber}", cancellationToken);
    }

    /// <summary>
    /// Brings a brand to the given fields, and publishes it when <paramref name="publish"/>, as a recipe
    /// does with a manager's authority: the steps of the workflow are taken at once and recorded as one
    /// version. Idempotent: a run that changes nothing records nothing. Runs inside the recipe's transaction.
    /// </summary>
    public Task<Brand> ImportAsync(BrandActor actor, BrandInput input, bool publish, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(ct => ImportInCommandAsync(actor, input, publish, ct), cancellationToken);

    private async Task<Brand> ImportInCommandAsync(BrandActor actor, BrandInput input, bool publish, CancellationToken cancellationToken)
    {
        BrandAccessRule.EnsureCanPublish(actor);
        var brand = await FindAsync(input.Code, cancellationToken);
        if (brand is not null && SameFields(BrandInput.From(brand), input)
            && (publish ? brand is { IsLive: true, State: ContentState.Published } : brand.State != ContentState.InReview))
        {
            return brand;
        }

        var status = StatusOf(brand);
        if (status.State == ContentState.InReview)
        {
            status = BrandWorkflow.Apply(status, BrandAction.Return);
        }

        status = BrandWorkflow.Apply(status, BrandAction.Save);
        if (publish)
        {
            status = BrandWorkflow.Apply(BrandWorkflow.Apply(status, BrandAction.Submit), BrandAction.Approve);
        }

        var (saved, _, wasScheduled) = await ApplyInputAsync(actor, brand, input, status, cancellationToken);
        if (wasScheduled)
        {
            unitOfWork.Cancel<PublishBrandJob>(PublishBrandJob.Key(saved.Code));
        }

        if (publish)
        {
            await PublishAsync(saved, actor, "brand.import", "recipe", cancellationToken);
        }
        else
        {
            saved.ReviewComment = "";
            await RecordAsync(saved, actor, "brand.import", "recipe", cancellationToken);
        }

        // A recipe imports thousands of brands in one scope: what is stored need not stay tracked.
        db.ChangeTracker.Clear();
        return saved;
    }

    private static bool SameFields(BrandInput a, BrandInput b) =>
        JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web);

    private async Task PublishAsync(Brand brand, BrandActor actor, string action, string comment, CancellationToken cancellationToken)
    {
        brand.PublishAtUtc = null;
        brand.ReviewComment = "";
        var now = clock.GetUtcNow();
        var published = await db.Published.Include(p => p.TagRows).FirstOrDefaultAsync(p => p.Code == brand.Code, cancellationToken);
        if (published is null)
        {
            published = new PublishedBrand { Code = brand.Code };
            db.Published.Add(published);
        }

        CopyToPublic(brand, published, now);
        await RecordAsync(brand, actor, action, comment, cancellationToken);
        published.VersionNumber = brand.VersionNumber;
        await db.SaveChangesAsync(cancellationToken);
        unitOfWork.Raise(new BrandPublished(brand.Code));
    }

    private void CopyToPublic(Brand brand, PublishedBrand published, DateTimeOffset now)
    {
        published.Title = brand.Title;
        published.Slogan = brand.Slogan;
        published.CommunityCode = brand.CommunityCode;
        published.DistrictCode = brand.DistrictCode;
        published.Summary = brand.Summary;
        published.BodyHtml = markdown.ToHtml(brand.Body);
        published.Practices = [.. brand.Practices];
        published.Figures = [.. brand.Figures];
        published.Tags = [.. brand.Tags];
        published.CoverMediaId = brand.CoverMediaId;
        published.Gallery = [.. brand.Gallery];
        published.Contact = brand.Contact;
        published.YearFounded = brand.YearFounded;
        published.IsFeatured = brand.IsFeatured;
        published.IsIllustrative = brand.IsIllustrative;
        published.PublishedUtc = now;
        published.TagRows.Clear();
        published.TagRows.AddRange(brand.Tags.Select(t => new PublishedBrandTag { Tag = t }));
    }

    /// <summary>Stores the row and its new version, and writes the audit line.</summary>
    private async Task RecordAsync(Brand brand, BrandActor actor, string action, string comment, CancellationToken cancellationToken)
    {
        var version = await versions.RecordAsync(brand.Ref, brand.State, BrandSnapshot.Of(brand), actor.Name, Join(action, comment), cancellationToken);
        brand.VersionNumber = version.Number;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor.Name, action, brand.Ref.ToString(), $"version {version.Number}; {brand.State}{(string.IsNullOrWhiteSpace(comment) ? "" : "; " + comment)}", cancellationToken);
    }

    private async Task ValidateAsync(BrandInput input, bool isNew, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(input, isNew, cancellationToken);
        if (errors.Count > 0)
        {
            throw new BrandValidationException(errors);
        }
    }

    /// <summary>The rules' verdict on <paramref name="input"/>, without storing anything.</summary>
    public async Task<IReadOnlyList<BrandInputError>> CheckAsync(BrandInput input, bool isNew, CancellationToken cancellationToken = default)
    {
        var view = await directory.GetAsync(cancellationToken);
        var mediaIds = input.Gallery.Append(input.CoverMediaId).OfType<string>().Distinct().ToList();
        var known = mediaIds.Count == 0
            ? []
            : (await db.Media.Where(m => mediaIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var errors = BrandInputRules.Validate(input, code => view.Community(code) is not null, known.Contains, clock.GetUtcNow().Year).ToList();
        if (isNew && errors.All(e => e.Field != nameof(input.Code)) && await db.Brands.AnyAsync(b => b.Code == input.Code, cancellationToken))
        {
            errors.Add(new BrandInputError(nameof(input.Code), "Error.CodeTaken", input.Code));
        }

        return errors;
    }

    private static void Apply(Brand brand, BrandInput input, string districtCode)
    {
        brand.Title = input.Title.Trim();
        brand.Slogan = input.Slogan.Trim();
        brand.CommunityCode = input.CommunityCode;
        brand.DistrictCode = districtCode;
        brand.Summary = input.Summary.Trim();
        brand.Body = input.Body;
        brand.Practices = input.Practices.Select(p => p.Trim()).ToList();
        brand.Figures = input.Figures.Select(f => f with { Label = f.Label.Trim(), Unit = f.Unit.Trim() }).ToList();
        brand.Tags = input.Tags.Select(t => t.Trim()).ToList();
        brand.CoverMediaId = input.CoverMediaId;
        brand.Gallery = input.Gallery.ToList();
        brand.Contact = input.Contact.Trim();
        brand.YearFounded = input.YearFounded;
        brand.IsFeatured = input.IsFeatured;
        brand.IsIllustrative = input.IsIllustrative;
    }

    public static BrandStatus StatusOf(Brand? brand) =>
        brand is null ? new BrandStatus(ContentState.Draft, false, false) : new BrandStatus(brand.State, brand.IsLive, brand.PublishAtUtc is not null);

    private static void SetStatus(Brand brand, BrandStatus status)
    {
        brand.State = status.State;
        brand.IsLive = status.IsLive;
    }

    private static string Join(string a, string b) =>
        string.IsNullOrWhiteSpace(b) ? a : string.IsNullOrWhiteSpace(a) ? b : $"{a}: {b}";
}
