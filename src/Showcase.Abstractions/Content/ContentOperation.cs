using Microsoft.AspNetCore.Authorization;

namespace Showcase.Abstractions.Content;

/// <summary>
/// What a user asks to do with one content item, checked with ASP.NET Core's resource-based authorization:
/// <c>authorization.AuthorizeAsync(User, brand, ContentOperation.Edit)</c>. Each content type registers one
/// <c>AuthorizationHandler&lt;ContentOperation, TItem&gt;</c>: its access rule, the only one.
/// </summary>
public sealed class ContentOperation : IAuthorizationRequirement
{
    private ContentOperation(string name) => Name = name;

    /// <summary>See the working copy, its history and its diffs.</summary>
    public static ContentOperation View { get; } = new("view");

    /// <summary>Change the working copy, submit it, restore a version (and create the item).</summary>
    public static ContentOperation Edit { get; } = new("edit");

    /// <summary>Approve and publish (now or later), return with a comment, unpublish; choose what is featured.</summary>
    public static ContentOperation Publish { get; } = new("publish");

    public string Name { get; }

    public override string ToString() => Name;
}
