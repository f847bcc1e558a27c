using System.Security.Claims;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Brands.Media;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>
/// A save from the edit form: the checked uploads are stored and the brand saved in one command, so that a
/// refused save (a rule, the workflow, the access rule) keeps neither the brand's change nor the images.
/// </summary>
public sealed class BrandEditor(IContentWorkflow<Brand, BrandContent> workflow, IUnitOfWork unitOfWork, BrandMediaStore media)
{
    public Task<Brand> SaveAsync(ClaimsPrincipal user, ContentEdit<BrandContent> edit, IReadOnlyList<BrandUpload> uploads, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var stored = new List<string>();
            try
            {
                var content = edit.Content;
                // With problems already found the save is refused anyway: nothing to store.
                foreach (var upload in edit.Problems.Count == 0 ? uploads : [])
                {
                    var image = await media.SaveAsync(upload.Image, user.Identity?.Name ?? "", ct);
                    stored.Add(image.Id);
                    content = upload.IsCover ? content with { CoverMediaId = image.Id } : content with { Gallery = [.. content.Gallery, image.Id] };
                }

                return await workflow.SaveAsync(user, edit with { Content = content }, ct);
            }
            catch
            {
                stored.ForEach(media.Discard);
                throw;
            }
        }, cancellationToken);
}
